import type { TopLevelSpec } from 'vega-lite';
import { catalogueDescribeMetric } from './catalogueDescribeMetric.js';
import { chartConfig } from './chartConfig.js';
import type { SweepWeeklyRow, WeeklyRow } from './chartInputs.js';
import { chartDescription } from './chartMetadata.js';
import type { ChartOptions } from './chartOptions.js';
import { metricTitle } from './describeMetric.js';
import { okabeIto } from './okabeIto.js';
import { groupLabel, weeklyMeans } from './weeklyMeans.js';

export interface TimeseriesOptions extends ChartOptions {
  /** The metric column to plot. */
  metric: string;
  /**
   * The column whose levels get one line each: a factor (`manpower`), `scenario` or
   * `point`. Default: `point` when the rows come from several design points, else one
   * line for all runs.
   */
  groupBy?: string;
  /** Legend title of the groups (default: `groupBy`). */
  groupTitle?: string;
  /**
   * Timeline events to mark: a vertical rule at each event's week, labelled at the top
   * (events outside the plotted weeks are left out).
   */
  events?: readonly ChartEvent[];
}

/** A timeline event marked on a time series: its week and label. */
export interface ChartEvent {
  week: number;
  label: string;
}

/**
 * A line chart of a metric per week. With one run it draws the run's values; with
 * several runs it draws, per level of `groupBy`, the mean over runs and its 95%
 * Student-t interval as a shaded band. It aggregates first (`weeklyMeans`:
 * deterministic means and intervals per group and week), then builds the spec. Values that are not finite numbers (a rate undefined in a quiet week)
 * are left out of that week's mean. Numeric levels are coloured along viridis (ordered),
 * named levels with Okabe–Ito.
 *
 * The band is clamped to the metric's range when `describeMetric` gives one (a rate's band
 * stops at 0 and 1 rather than promising values the metric cannot take).
 *
 * Data columns of the spec: `group`, `week`, `mean`, `low`, `high`, `n` (runs averaged).
 *
 * @example
 * const spec = timeseriesChart(weeklyRows, { metric: 'successRate', groupBy: 'manpower' });
 * await renderSvg(spec); // one line and band per manpower level
 */
export function timeseriesChart(
  rows: ReadonlyArray<WeeklyRow | SweepWeeklyRow>,
  options: TimeseriesOptions,
): TopLevelSpec {
  const { metric, metadata = {}, describeMetric = catalogueDescribeMetric } = options;
  if (rows.length === 0) throw new Error('timeseriesChart requires at least one row');
  const points = new Set(rows.map((r) => r.point));
  const groupBy = options.groupBy ?? (points.size > 1 ? 'point' : undefined);

  const { groups, values: unclamped, runCounts } = weeklyMeans(rows, metric, groupBy);
  const range = describeMetric(metric).range;
  const values = range === undefined ? unclamped : unclamped.map((v) => ({ ...v, low: clamp(v.low, range), high: clamp(v.high, range) }));
  const numericGroups = groups.every((g) => typeof g === 'number');
  const labelOf = groupLabel(groupBy);
  const maxRuns = Math.max(...runCounts);
  const minRuns = Math.min(...runCounts);
  const several = maxRuns > 1;
  const { label } = describeMetric(metric);
  const yTitle = metricTitle(metric, describeMetric, several ? 'Mean' : undefined);
  const groupWord = groupBy === undefined ? '' : groupBy === 'point' ? ' per design point' : ` per ${groupBy} level`;
  const runsText = minRuns === maxRuns ? `${maxRuns}` : `${minRuns}–${maxRuns}`;
  const subtitle = several ? `mean and 95% interval over ${runsText} runs${groupWord}` : undefined;
  const domain = groups.map(labelOf);
  const color =
    groups.length > 1
      ? {
          field: 'group',
          type: numericGroups ? ('ordinal' as const) : ('nominal' as const),
          title: options.groupTitle ?? groupBy,
          sort: domain,
          legend: { symbolType: 'stroke', symbolStrokeWidth: 3, symbolOpacity: 1 },
          scale: numericGroups
            ? { domain, scheme: { name: 'viridis' as const, extent: [0, 0.85] } }
            : { domain, range: [...okabeIto] },
        }
      : { value: okabeIto[0] };

  const x = {
    field: 'week',
    type: 'quantitative' as const,
    title: 'Week',
    scale: { nice: false, zero: false },
    axis: { tickMinStep: 1, format: 'd' },
  };
  const tooltip = [
    { field: 'group', type: 'nominal' as const, title: groupBy ?? 'runs' },
    { field: 'week', type: 'quantitative' as const, title: 'week' },
    { field: 'mean', type: 'quantitative' as const, title: several ? 'mean' : label, format: '.4~g' },
    ...(several
      ? [
          { field: 'low', type: 'quantitative' as const, title: '95% low', format: '.4~g' },
          { field: 'high', type: 'quantitative' as const, title: '95% high', format: '.4~g' },
          { field: 'n', type: 'quantitative' as const, title: 'runs' },
        ]
      : []),
  ];

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(`${label} per week${subtitle ? `: ${subtitle}` : ''}`, metadata),
    title: { text: metadata.title ?? `${label} per week`, ...(subtitle ? { subtitle } : {}) },
    width: options.width ?? 560,
    height: options.height ?? 300,
    config: chartConfig,
    data: { values },
    encoding: { x },
    layer: [
      ...(several
        ? [
            {
              mark: { type: 'area' as const, opacity: 0.2 },
              encoding: {
                y: { field: 'low', type: 'quantitative' as const, title: yTitle },
                y2: { field: 'high' },
                color,
              },
            },
          ]
        : []),
      {
        mark: { type: 'line' as const, strokeWidth: 2 },
        encoding: { y: { field: 'mean', type: 'quantitative' as const, title: yTitle }, color, tooltip },
      },
      ...eventLayers(options.events ?? [], values),
    ],
  };
}

/**
 * The rules and labels of the events within the plotted weeks: a dashed grey rule at each
 * event's week and its label at the top of the plot, one per week (labels of events in the
 * same week are joined with "; ").
 */
function eventLayers(events: readonly ChartEvent[], values: ReadonlyArray<{ week: number }>) {
  if (values.length === 0) return [];
  const first = Math.min(...values.map((v) => v.week));
  const last = Math.max(...values.map((v) => v.week));
  const byWeek = new Map<number, string[]>();
  for (const e of events) {
    if (e.week < first || e.week > last) continue;
    byWeek.set(e.week, [...(byWeek.get(e.week) ?? []), e.label]);
  }
  if (byWeek.size === 0) return [];
  const marks = [...byWeek.entries()].sort((a, b) => a[0] - b[0]).map(([week, labels]) => ({ week, event: labels.join('; ') }));
  const x = { field: 'week', type: 'quantitative' as const };
  return [
    {
      data: { values: marks },
      mark: { type: 'rule' as const, color: '#666666', strokeDash: [4, 3], strokeWidth: 1 },
      encoding: { x, tooltip: [{ field: 'event', type: 'nominal' as const, title: 'event' }, { field: 'week', type: 'quantitative' as const, title: 'week' }] },
    },
    {
      data: { values: marks },
      mark: { type: 'text' as const, align: 'left' as const, baseline: 'top' as const, dx: 3, dy: 2, y: 0, fontSize: 10, color: '#444444' },
      encoding: { x, text: { field: 'event', type: 'nominal' as const } },
    },
  ];
}

/** `value` within `[lowest, highest]`; NaN stays NaN. */
function clamp(value: number, [lowest, highest]: readonly [number, number]): number {
  return value < lowest ? lowest : value > highest ? highest : value;
}
