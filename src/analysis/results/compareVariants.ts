import { toCsv } from '../../results/toCsv.js';
import { toJson } from '../../results/toJson.js';
import type { ResultsData } from '../../results/readResults.js';
import { variantLayout } from '../../results/variantLayout.js';
import { COMPARISON_COLUMNS } from './comparisonFiles.js';
import { compareResults, type CompareOptions, type ComparisonRow } from './compareResults.js';
import { variantBlocks } from './variantBlocks.js';

/** One row of `variants.csv`: a variant against the reference on one metric. */
export type VariantComparisonRow = { variant: string; reference: string } & ComparisonRow;

/** The result of `compareVariants`. */
export interface VariantComparison {
  results: string;
  reference: string;
  pairing: 'point and replicate';
  confidence: number;
  /** The half-widths asked for (`CompareOptions.width`), or null. */
  width: number | Readonly<Record<string, number>> | null;
  /** The relative half-width asked for (`CompareOptions.relativeWidth`), or null. */
  relativeWidth: number | null;
  rows: VariantComparisonRow[];
}

/** The columns of `variants.csv`. */
export const VARIANT_COMPARISON_COLUMNS = ['variant', 'reference', ...COMPARISON_COLUMNS] as const;

/**
 * Paired differences of each variant against the reference variant of one results folder:
 * `variant − reference` per metric, the runs paired by design point and replicate (they
 * share a seed: common random numbers across variants), the per-replicate differences
 * averaged over points and a paired Student-t interval over replicates, with Cohen's d_z —
 * `compareResults` on each variant's block (`variantBlocks`). Returns null for results
 * without variants. Cost O(runs · metrics).
 *
 * @example
 * compareVariants(await readResults('results/covenant'))?.rows[0];
 * // { variant: 'covenant', reference: 'baseline', metric: 'successRate', difference: 0.012, ciLow: …, … }
 */
export function compareVariants(data: ResultsData, options: Pick<CompareOptions, 'width' | 'relativeWidth' | 'confidence'> = {}): VariantComparison | null {
  const layout = variantLayout(data.design);
  if (!layout) return null;
  const blocks = variantBlocks(data);
  const reference = blocks.find((b) => b.variant === layout.reference) ?? blocks[0];
  const rows = blocks
    .filter((b) => b !== reference)
    .flatMap((b) => compareResults(b.data, reference.data, options).rows.map((row) => ({ variant: b.variant, reference: reference.variant, ...row })));
  return { results: data.dir, reference: reference.variant, pairing: 'point and replicate', confidence: options.confidence ?? 0.95, width: options.width ?? null, relativeWidth: options.relativeWidth ?? null, rows };
}

/**
 * The files a variant comparison is saved as: `variants.csv` and `variants.json` (NaN is null).
 *
 * @example
 * Object.keys(variantComparisonFiles(comparison)); // ['variants.csv', 'variants.json']
 */
export function variantComparisonFiles(comparison: VariantComparison): Record<string, string> {
  return { 'variants.csv': toCsv(comparison.rows, VARIANT_COMPARISON_COLUMNS), 'variants.json': toJson(comparison) };
}
