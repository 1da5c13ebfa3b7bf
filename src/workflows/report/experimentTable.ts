import { levelLabel } from '../../charts/levels.js';
import type { ReportTable } from '../../charts/renderHtmlReport.js';
import { describeDesign } from './describeDesign.js';
import type { SweepFolder } from '../../results/ResultsFolder.js';
import { describeEventConflict } from '../../experiment/findEventConflicts.js';
import type { NormalizedVariant } from '../../experiment/types.js';

/**
 * The metadata of a sweep as a two-column table (`field`, `value`) for a report: what was
 * run (scenario or model, horizon), the design, replications, runs and failures, the root
 * seed and seed rule, the collabsim version that made the results and the metrics kept.
 * Everything comes from `experiment.json` and `runs.csv`; nothing from the clock, so the
 * same folder gives the same table.
 *
 * @example
 * experimentTable(sweep).rows[0]; // { field: 'experiment', value: 'trust-sweep' }
 */
export function experimentTable(sweep: SweepFolder): ReportTable {
  const { experiment, design, seeds, collabsim } = sweep.record;
  const { source } = experiment;
  const failed = sweep.runs.filter((r) => r.status !== 'ok').length;
  const rows: Array<{ field: string; value: string }> = [{ field: 'experiment', value: experiment.name }];
  if (experiment.description !== '') rows.push({ field: 'description', value: experiment.description });
  if (source.kind === 'scenario') rows.push({ field: 'scenario', value: source.scenario });
  else if (source.kind === 'model') rows.push({ field: 'model', value: `${source.model} (built in)${constants(source.constants)}` });
  else rows.push({ field: 'model', value: `${source.export} from ${source.module}${constants(source.constants)}` });
  if (experiment.weeks !== null) rows.push({ field: 'weeks per run', value: String(experiment.weeks) });
  const fixed = Object.entries(experiment.fixed);
  if (fixed.length > 0) rows.push({ field: 'fixed parameters', value: fixed.map(([k, v]) => `${k} = ${levelLabel(v)}`).join(', ') });
  for (const variant of experiment.variants ?? []) {
    const events = variant.events.map((e) => `${e.label ?? 'event'} at week ${e.week}`).join(', ');
    const reference = variant.name === experiment.reference ? ' (reference)' : '';
    rows.push({ field: `variant ${variant.name}${reference}`, value: `${variant.scenario ?? 'the scenario'}${describePatch(variant)}; events: ${events || 'none'}` });
  }
  for (const conflict of experiment.eventConflicts ?? []) rows.push({ field: 'event conflict', value: describeEventConflict(conflict) });
  rows.push(
    { field: 'design', value: describeDesign(design) },
    { field: 'replications', value: `${experiment.replications} per design point` },
    { field: 'runs', value: `${sweep.runs.length} (${failed} failed)` },
    { field: 'root seed', value: String(seeds.root) },
    {
      field: 'seeds',
      value: `${seeds.rule}${seeds.commonRandomNumbers ? ' (common random numbers: every point sees the same streams per replicate)' : ''}`,
    },
    { field: 'metrics', value: experiment.metrics.join(', ') },
    {
      field: 'weekly rows',
      value: experiment.weeklyEvery === 0 ? 'not kept' : `every ${experiment.weeklyEvery === 1 ? '' : `${experiment.weeklyEvery}th `}week: ${experiment.weeklyMetrics.join(', ')}`,
    },
    { field: 'collabsim version', value: collabsim },
  );
  return { columns: ['field', 'value'], rows };
}

function describePatch(variant: NormalizedVariant): string {
  const parts: string[] = [];
  if (variant.removeEvents.length > 0) parts.push(`without ${variant.removeEvents.join(', ')}`);
  if (variant.addEvents.length > 0) parts.push(`with ${variant.addEvents.map((e) => e.label ?? `an event at week ${e.week}`).join(', ')}`);
  const set = Object.entries(variant.set);
  if (set.length > 0) parts.push(set.map(([k, v]) => `${k} = ${v}`).join(', '));
  return parts.length > 0 ? `, ${parts.join('; ')}` : '';
}

function constants(values: Record<string, number | number[]>): string {
  const entries = Object.entries(values);
  if (entries.length === 0) return '';
  return `, constants ${entries.map(([k, v]) => `${k} = ${Array.isArray(v) ? `[${v.join(', ')}]` : v}`).join(', ')}`;
}
