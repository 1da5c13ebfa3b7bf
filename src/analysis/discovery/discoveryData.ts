import type { FactorType } from './primTable.js';

/**
 * The cases scenario discovery works on, wherever they came from (a sweep's results folder
 * or any CSV table): per case its factors and the values of the metrics the condition is on.
 */
export interface DiscoveryData {
  /** Where the cases came from (a results folder or a CSV file), for messages and reports. */
  source: string;
  /** Factor name → value per case (numbers, or labels for categorical factors). */
  factors: Record<string, (number | string)[]>;
  /** How PRIM treats each factor. */
  types: Record<string, FactorType>;
  /** The metrics read, in order. */
  metrics: string[];
  /** Per metric, its value per case; every value finite. */
  values: Record<string, Float64Array>;
  /** `separate`: one case per run (replications kept apart); `averaged`: one per design point, the mean over its runs; `rows`: one per table row. */
  cases: 'separate' | 'averaged' | 'rows';
  /** Runs (or rows) read, failed runs left out, and runs left out because the metric had no finite value. */
  runs: number;
  failed: number;
  missing: number;
}
