import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartEvent } from '../charts/timeseriesChart.js';
import type { ResultsFolder } from './ResultsFolder.js';

/**
 * The scenario's timeline events recorded in a results folder, for marking on time series:
 * a run's from `scenario.normalized.json`, a sweep's from the scenario stored in
 * `experiment.json`, and, when the experiment has scenario variants with events of their own,
 * those too, labelled `label (variant)`. An event without a label is named by what it sets
 * (`set informationSharing`). Sorted by week, each event once. A folder without a scenario
 * (a model sweep) or whose files hold no events gives none.
 *
 * @example
 * readFolderEvents(await readResultsFolder('results/run1')); // [{ week: 104, label: 'covenant' }]
 */
export function readFolderEvents(folder: ResultsFolder): ChartEvent[] {
  const events: ChartEvent[] = [];
  if (folder.kind === 'run') {
    const file = join(folder.dir, 'scenario.normalized.json');
    if (existsSync(file)) events.push(...eventsOf(parse(readFileSync(file, 'utf8')), ''));
  } else {
    const experiment = folder.record.experiment as unknown as Record<string, unknown>;
    const source = experiment.source as { kind?: string; content?: unknown } | undefined;
    if (source?.kind === 'scenario') events.push(...eventsOf(source.content, ''));
    for (const [name, variant] of variantsOf(experiment.variants)) events.push(...eventsOf(variant, ` (${name})`));
  }
  const seen = new Set<string>();
  return events
    .filter((e) => !seen.has(`${e.week}\u0000${e.label}`) && seen.add(`${e.week}\u0000${e.label}`))
    .sort((a, b) => a.week - b.week);
}

/** The events of a scenario-like object, with a suffix on each label. */
function eventsOf(scenario: unknown, suffix: string): ChartEvent[] {
  const list = (scenario as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) return [];
  return list.flatMap((e: { week?: unknown; label?: unknown; set?: unknown }) => {
    if (typeof e?.week !== 'number') return [];
    const label = typeof e.label === 'string' && e.label !== '' ? e.label : `set ${Object.keys((e.set as object) ?? {}).join(', ')}`;
    return [{ week: e.week, label: `${label}${suffix}` }];
  });
}

/** Named variants, whether recorded as `{ name: { events } }` or `[{ name, events }]`. */
function variantsOf(variants: unknown): [string, unknown][] {
  if (Array.isArray(variants)) return variants.flatMap((v: { name?: unknown }) => (typeof v?.name === 'string' ? [[v.name, v] as [string, unknown]] : []));
  if (typeof variants === 'object' && variants !== null) return Object.entries(variants);
  return [];
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
