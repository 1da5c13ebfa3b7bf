import { analysisMethod, ANALYSIS_METHODS, type AnalysisMethod } from '../../methods/registry.js';

/**
 * The charts `chartFromResults` (and `collabsim plot --chart`) can draw from a results folder:
 * the weekly time series, the effects chart of every analysis method that ranks factors (from
 * its room: `effects` for oat, `sobol`, `morris`), the heat map and distributions of design
 * points, a single run's trust matrix, and its trust between partners over time
 * (`trust-pairs`, from the snapshots of `run --trust-snapshots`).
 */
export const CHART_KINDS: readonly string[] = [
  'timeseries',
  ...(Object.keys(ANALYSIS_METHODS) as AnalysisMethod[]).flatMap((m) => analysisMethod(m).effects?.chart ?? []),
  'heatmap',
  'distribution',
  'trust',
  'trust-pairs',
];

/** One of `CHART_KINDS`. */
export type ChartKind = string;
