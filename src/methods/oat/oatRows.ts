import type { Design } from '../../experiment/designs/types.js';
import { oatEffects, type EffectRow, type FactorEffect } from './oatEffects.js';
import { AnalysisError } from '../../analysis/results/AnalysisError.js';
import { analysisMessages } from '../../errors/messages.js';
import type { ResultsData } from '../../results/readResults.js';

/** One row of `oat.csv`: the effect of one factor on one metric, the row of a tornado chart. */
export interface OatTableRow extends Omit<FactorEffect, 'pairs'> {
  metric: string;
}

/**
 * The `oat` table of one metric from an oat or grid design: `oatEffects` over the
 * successful runs with a value (paired by replicate, so common seeds cancel; a run whose value
 * is missing drops its pair and is counted in the analysis's `missing`), sorted by rank.
 * Cost O(runs).
 *
 * @example
 * oatRows(data, 'y'); // [{ metric: 'y', factor: 'x3', low: 0, high: 1, effect: 3, …, rank: 1 }, …]
 */
export function oatRows(data: ResultsData, metric: string, confidence = 0.95): OatTableRow[] {
  const values = data.values[metric];
  const rows: EffectRow[] = [];
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) rows.push({ point: data.point[i], replicate: data.replicate[i], value: values[i] });
  }
  const design: Design = data.design;
  let effects;
  try {
    effects = oatEffects(design, rows, confidence);
  } catch (error) {
    const unpaired = /^oatEffects has no paired runs for factor (.+)$/.exec((error as Error).message);
    if (!unpaired) throw error;
    throw new AnalysisError(analysisMessages.unpaired(metric, unpaired[1]));
  }
  return effects
    .sort((a, b) => a.rank - b.rank)
    .map((e) => ({
      metric,
      factor: e.factor,
      low: e.low,
      high: e.high,
      effect: e.effect,
      effectLow: e.effectLow,
      effectHigh: e.effectHigh,
      standardized: e.standardized,
      rank: e.rank,
    }));
}
