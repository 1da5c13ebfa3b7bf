import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { DiscoveryCondition, MetricCondition } from '../discovery/casesOfInterest.js';
import { AnalysisError } from './AnalysisError.js';

/**
 * Reads a condition file for scenario discovery (YAML or JSON): one metric condition, or
 * several under `all` (every one holds) or `any` (at least one holds). Each names a `metric`
 * and a threshold it must be strictly `below` or `above`:
 *
 * ```yaml
 * # networks that fail on both counts
 * all:
 *   - { metric: successRate, below: 0.3 }
 *   - { metric: meanOrgTrust, below: 0.4 }
 * ```
 *
 * A mistake throws `AnalysisError` naming the file, the path (`all[1].below`), what was
 * expected and what was found. Cost O(size of the file).
 *
 * @example
 * readConditionFile('fail.yaml'); // { all: [{ metric: 'successRate', below: 0.3 }, …] }
 */
export function readConditionFile(file: string): DiscoveryCondition {
  if (!existsSync(file)) throw new AnalysisError(`condition file ${file} not found`);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AnalysisError(`${file}: expected YAML or JSON; ${(error as Error).message.split('\n')[0]}`);
  }
  const fail = (path: string, expected: string, found: unknown): never => {
    throw new AnalysisError(`${file}${path ? `, ${path}` : ''}: expected ${expected}; found ${JSON.stringify(found ?? null)}`);
  };
  const record = (value: unknown, path: string): Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(path, 'a mapping', value);
  const one = (value: unknown, path: string): MetricCondition => {
    const c = record(value, path);
    for (const key of Object.keys(c)) if (!['metric', 'below', 'above'].includes(key)) fail(`${path ? `${path}.` : ''}${key}`, 'no other keys than metric, below, above', c[key]);
    if (typeof c.metric !== 'string' || c.metric === '') fail(`${path ? `${path}.` : ''}metric`, 'a metric name', c.metric);
    if (('below' in c) === ('above' in c)) fail(path, 'exactly one of below and above', c);
    const side = 'below' in c ? 'below' : 'above';
    if (typeof c[side] !== 'number' || !Number.isFinite(c[side])) fail(`${path ? `${path}.` : ''}${side}`, 'a number', c[side]);
    return side === 'below' ? { metric: c.metric as string, below: c.below as number } : { metric: c.metric as string, above: c.above as number };
  };
  const top = record(data, '');
  for (const join of ['all', 'any'] as const) {
    if (!(join in top)) continue;
    if (Object.keys(top).length > 1) fail('', `only "${join}" at the top level`, Object.keys(top));
    const list = top[join];
    if (!Array.isArray(list) || list.length === 0) fail(join, 'a list of at least one condition', list);
    const conditions = (list as unknown[]).map((c, i) => one(c, `${join}[${i}]`));
    return join === 'all' ? { all: conditions } : { any: conditions };
  }
  return one(top, '');
}
