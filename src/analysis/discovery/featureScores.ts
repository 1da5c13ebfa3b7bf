import { deriveSeed } from '../../random/deriveSeed.js';
import { createRng } from '../../random/rng.js';
import { extraTree } from './extraTree.js';
import { primTable, type FactorColumns, type FactorRows, type FactorType } from './primTable.js';

/** One factor's share of the separating power. */
export interface FeatureScore {
  factor: string;
  /** Mean decrease in Gini impurity, normalised so the factors' scores sum to 1. */
  score: number;
}

/** Options of `featureScores`. */
export interface FeatureScoreOptions {
  /** Trees in the forest (default 100). */
  trees?: number;
  /** Share of the factors tried at each split (default 0.6, as EMA Workbench's feature scoring). */
  maxFeatures?: number;
  /** Fewest cases in a leaf (default 1). */
  minLeaf?: number;
  /** Root seed; tree t uses `deriveSeed(seed, t)` (default 0). */
  seed?: number;
  types?: Record<string, FactorType>;
}

/**
 * Which factors best separate the cases of interest from the others: the impurity-based
 * importance of an extra-trees forest (Geurts, Ernst & Wehenkel 2006), as EMA Workbench's
 * `feature_scoring.get_ex_feature_scores` (which calls scikit-learn's
 * `ExtraTreesClassifier`): per factor, the Gini decrease of its splits summed over each
 * tree, averaged over the trees, normalised to sum to 1. Unlike PRIM it looks at all factors
 * at once and at interactions anywhere in the space, not only in one box, so it is a check on
 * which factors PRIM should restrict. Categorical factors are split by category code, an
 * arbitrary order: read their scores with care. Seeded: the same seed gives the same scores.
 * Cost O(trees · n log n · maxFeatures · factors).
 *
 * @example
 * featureScores({ x1, x2, noise }, y, { seed: 1 });
 * // [{ factor: 'x1', score: 0.52 }, { factor: 'x2', score: 0.41 }, { factor: 'noise', score: 0.07 }]
 */
export function featureScores(x: FactorColumns | FactorRows, y: ArrayLike<number | boolean>, options: FeatureScoreOptions = {}): FeatureScore[] {
  const table = primTable(x, y, options.types);
  const columns = table.columns.map((c) => c.values);
  const trees = options.trees ?? 100;
  const maxFeatures = Math.max(1, Math.floor((options.maxFeatures ?? 0.6) * columns.length));
  const total = new Float64Array(columns.length);
  for (let t = 0; t < trees; t++) {
    const rng = createRng(deriveSeed(options.seed ?? 0, t));
    const decrease = extraTree(columns, table.y, rng, { maxFeatures, minLeaf: options.minLeaf ?? 1 });
    const sum = decrease.reduce((a, b) => a + b, 0);
    if (sum > 0) decrease.forEach((d, f) => (total[f] += d / sum));
  }
  const sum = total.reduce((a, b) => a + b, 0);
  return table.columns
    .map((column, f) => ({ factor: column.name, score: sum > 0 ? total[f] / sum : 0 }))
    .sort((a, b) => b.score - a.score);
}
