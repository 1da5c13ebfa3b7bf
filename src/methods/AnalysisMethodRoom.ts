import type { TopLevelSpec } from 'vega-lite';
import type { PointGroups } from '../analysis/results/groupByPoint.js';
import type { ChartMetadata } from '../charts/chartMetadata.js';
import type { DescribeMetric } from '../charts/describeMetric.js';
import type { ReportTable } from '../charts/renderHtmlReport.js';
import type { DesignMethod } from '../experiment/designs/types.js';
import type { ResultsData } from '../results/readResults.js';

/** What an analysis reads: the runs, grouped by design point per metric, and its settings. */
export interface AnalysisInput {
  data: ResultsData;
  /** Per metric: the successful runs' values grouped by design point. */
  groups: Map<string, PointGroups>;
  /** Interval coverage. */
  confidence: number;
  /** Bootstrap resamples (0: none) and seed, for the methods that resample. */
  bootstrap: number;
  seed: number;
}

/** An extra table an analysis writes and prints besides `<method>.csv` (Sobol' second-order indices). */
export interface ExtraTable {
  file: string;
  columns: readonly string[];
  rows: readonly object[];
}

/** How an analysis that ranks factors shows its effects: a chart, a table and a reading guide for a report. */
export interface EffectsView<Row> {
  /** The chart kind (`collabsim plot --chart`) that draws these effects. */
  chart: string;
  /** The chart of one metric's rows. */
  draw(rows: Row[], options: { metadata?: ChartMetadata; describeMetric?: DescribeMetric; metric: string }): TopLevelSpec;
  /** How much a factor matters by this row (ranks factors; larger is more). */
  importance(row: Row): number;
  /** How to read the chart and table, for a report (said once per report). */
  guide: string;
  /** The ranked table of a report. */
  table(rows: readonly Row[]): ReportTable;
  /** Whether its intervals are bootstrapped (then a report names the resamples and seed). */
  bootstrap: boolean;
}

/**
 * Everything collabsim knows about one analysis method, in its room (`src/methods/<name>/`):
 * which designs it reads, its table's columns, the estimation, and how its effects are drawn
 * and read. Listed once in `ANALYSIS_METHODS` (src/methods/registry.ts); nothing else switches
 * on an analysis' name.
 */
export interface AnalysisMethodRoom<Result extends { method: string; rows: object[] }> {
  /** The designs it can read, or `any`. */
  designs: readonly DesignMethod[] | 'any';
  /** The columns of `<method>.csv`, in order (documented in docs/analysis.md). */
  columns: readonly string[];
  /** Estimates every metric of `input.data`: `method`, `rows` (of `<method>.csv`) and what else the method reports. */
  analyze(input: AnalysisInput): Result;
  /** Tables besides `<method>.csv` that the result holds. */
  extraTables?(result: Result): ExtraTable[];
  /** For methods that rank factors: their chart, table and reading guide. */
  effects?: EffectsView<Result['rows'][number]>;
}
