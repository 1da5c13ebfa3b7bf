import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ownMetricMessages, quote } from '../errors/messages.js';
import { METRIC_NAMES } from '../model/metrics/catalogue.js';
import type { OwnMetric } from '../model/metrics/OwnMetric.js';
import { OwnMetricsError } from './OwnMetricsError.js';

/** A stable column name: a letter, then letters, digits or `_`. */
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Columns of `runs.csv` that are not metrics. */
const RESERVED = ['run', 'point', 'replicate', 'seed', 'status', 'error', 'week', 'variant'];

/**
 * Loads a researcher's metrics module (an ES module, JavaScript or, where collabsim runs from
 * its TypeScript sources through tsx, TypeScript) by absolute path and checks it: its default
 * export is an own metric (`defineMetric`) or an array of them, each with a column-safe name,
 * a unit, a description and an `observer` function; no name is listed twice, or is a built-in
 * metric's, a results column's or one of `taken` (the experiment's factor names). Throws an
 * `OwnMetricsError` (exit 2) naming the module and what is wrong.
 *
 * @example
 * const metrics = await loadMetricsModule('/home/me/study/my-metrics.ts');
 * metrics.map((m) => m.name); // ['peakBacklog']
 */
export async function loadMetricsModule(path: string, taken: readonly string[] = []): Promise<OwnMetric[]> {
  if (!existsSync(path)) throw new OwnMetricsError(ownMetricMessages.notFound(path), { file: path });
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new OwnMetricsError(ownMetricMessages.cannotLoad(path, error instanceof Error ? error.message : String(error)), { file: path });
  }
  if (loaded.default === undefined) throw new OwnMetricsError(ownMetricMessages.noDefault(path), { file: path });
  const list = Array.isArray(loaded.default) ? (loaded.default as unknown[]) : [loaded.default];
  const seen = new Set<string>();
  return list.map((value, i) => {
    const at = Array.isArray(loaded.default) ? `default[${i}]` : 'default';
    const metric = checkShape(path, at, value);
    if (METRIC_NAMES.includes(metric.name)) throw new OwnMetricsError(ownMetricMessages.clash(path, metric.name, 'a built-in metric'), { file: path, path: at });
    if (RESERVED.includes(metric.name)) throw new OwnMetricsError(ownMetricMessages.clash(path, metric.name, 'a results column'), { file: path, path: at });
    if (taken.includes(metric.name)) throw new OwnMetricsError(ownMetricMessages.clash(path, metric.name, 'a factor'), { file: path, path: at });
    if (seen.has(metric.name)) throw new OwnMetricsError(ownMetricMessages.clash(path, metric.name, 'another metric of the module'), { file: path, path: at });
    seen.add(metric.name);
    return metric;
  });
}

function checkShape(path: string, at: string, value: unknown): OwnMetric {
  const fail = (detail: string): never => {
    throw new OwnMetricsError(ownMetricMessages.badShape(path, at, detail), { file: path, path: at });
  };
  if (typeof value !== 'object' || value === null) return fail(`expected a metric { name, unit, description, observer }, found ${describe(value)}`);
  const m = value as Record<string, unknown>;
  if (typeof m.name !== 'string' || !NAME.test(m.name)) {
    return fail(`expected name to be a letter then letters, digits or _, found ${typeof m.name === 'string' ? quote(m.name) : describe(m.name)}`);
  }
  for (const key of ['unit', 'description'] as const) {
    if (typeof m[key] !== 'string') fail(`expected ${key} to be text, found ${describe(m[key])}`);
  }
  if (typeof m.observer !== 'function') fail(`expected observer to be a function that starts a run's observer, found ${describe(m.observer)}`);
  // a trial observer, thrown away: its shape is checked before any run
  let observer: Record<string, unknown>;
  try {
    observer = (m.observer as () => Record<string, unknown>)();
  } catch (error) {
    return fail(`observer() threw: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof observer !== 'object' || observer === null || typeof observer.finish !== 'function') {
    fail(`expected observer() to return { observeWeek?(state), finish(state) }, found ${typeof observer === 'object' && observer !== null ? 'no finish function' : describe(observer)}`);
  }
  if (observer.observeWeek !== undefined && typeof observer.observeWeek !== 'function') {
    fail(`expected observer().observeWeek to be a function, found ${describe(observer.observeWeek)}`);
  }
  return value as OwnMetric;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? quote(value) : typeof value;
}
