import type { Design } from '../../experiment/designs/types.js';
import type { ResultsData } from '../../results/readResults.js';
import { variantLayout } from '../../results/variantLayout.js';

/** One variant's runs, read as a sweep of the design without variants. */
export interface VariantBlock {
  variant: string;
  data: ResultsData;
}

/**
 * Splits the results of an experiment with variants into one block per variant, in the
 * variants' order. A block holds the variant's runs with points renumbered
 * `0 … basePoints − 1` (its point minus `variant index × basePoints`) and the design
 * without variants (base factors, base layout), so every analysis that reads a design reads
 * it unchanged, and runs of the same base point and replicate pair across blocks (they share
 * a seed). Returns an empty list for results without variants. Cost O(runs · metrics).
 *
 * @example
 * variantBlocks(await readResults('results/covenant')).map((b) => b.variant); // ['baseline', 'covenant']
 */
export function variantBlocks(data: ResultsData): VariantBlock[] {
  const layout = variantLayout(data.design);
  if (!layout) return [];
  const { variants: _, ...baseLayout } = data.design.layout;
  const P = layout.basePoints;
  const design: Design = {
    method: data.design.method,
    factors: data.design.factors.filter((f) => f.name !== 'variant'),
    get points() {
      return data.design.points.slice(0, P).map(({ variant: _v, ...rest }) => rest);
    },
    layout: baseLayout,
  };
  const factors = data.experiment.factors.filter((f) => f.name !== 'variant');
  const experiment = { ...data.experiment, factors };
  delete experiment.variants;
  delete experiment.reference;
  return layout.names.map((variant, v) => {
    const rows: number[] = [];
    for (let i = 0; i < data.point.length; i++) if (Math.floor(data.point[i] / P) === v) rows.push(i);
    const pick = <T extends Int32Array | Float64Array>(column: T): T => {
      const out = new (column.constructor as new (n: number) => T)(rows.length);
      rows.forEach((r, j) => (out[j] = column[r]));
      return out;
    };
    const point = pick(data.point).map((p) => p - v * P) as Int32Array;
    return {
      variant,
      data: {
        ...data,
        experiment,
        design,
        runs: data.runs / layout.names.length,
        failed: data.runs / layout.names.length - rows.length,
        point,
        replicate: pick(data.replicate),
        seed: pick(data.seed),
        values: Object.fromEntries(Object.entries(data.values).map(([m, column]) => [m, pick(column)])),
      },
    };
  });
}
