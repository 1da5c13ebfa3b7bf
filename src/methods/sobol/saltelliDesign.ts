import type { Rng } from '../../random/rng.js';
import type { Design, DesignPoint, Factor, RangeFactor } from '../../experiment/designs/types.js';
import { requireRangeFactors } from '../validateFactors.js';
import { scaleToFactor } from '../scaleToFactor.js';
import { sobolMaxDimensions, sobolSequence } from './sobolSequence.js';

/** One slot of a Saltelli block: which matrix the row comes from and which column was swapped. */
export interface SaltelliSlot {
  /** `A`, `B`, `AB` (A with column `factor` from B) or `BA` (B with column `factor` from A) */
  matrix: 'A' | 'B' | 'AB' | 'BA';
  /** the swapped factor for `AB`/`BA`, null for `A`/`B` */
  factor: string | null;
}

/** Layout of a Saltelli design, read back by `sobolIndices`. */
export interface SaltelliLayout {
  /** base sample size N (rows of A and of B) */
  samples: number;
  secondOrder: boolean;
  scramble: boolean;
  /** points per base row: k + 2, or 2k + 2 with second order */
  blockSize: number;
  /** factor names in column order */
  factorNames: string[];
  /** what each offset inside a block holds; point `j · blockSize + o` is row j of `block[o]` */
  block: SaltelliSlot[];
  /** the name of the dummy factor (the last of `factorNames`) when drawn with `dummy: true` (`withDummyFactor`) */
  dummy?: string;
}

/**
 * Saltelli cross-sampling design for variance-based (Sobol') indices (Saltelli 2002, CPC
 * 145; Saltelli et al. 2010, CPC 181). A 2k-dimensional Sobol' sequence of N points (N a
 * power of two) gives two independent N × k matrices, A (first k columns) and B (last k).
 * AB_i is A with column i taken from B; BA_i (second order only) is B with column i from A.
 *
 * Points are grouped by base row j: A_j, AB_1j … AB_kj, [BA_1j … BA_kj,] B_j — a block of
 * k + 2 (or 2k + 2) points, so N · (k + 2) (or N · (2k + 2)) in all. Grouping by row keeps
 * every finished block usable when a sweep is cut short.
 *
 * Layout: a {@link SaltelliLayout}.
 *
 * @example
 * saltelliDesign(factors, 1024, { rng: createRng(7) }).points.length; // 1024 · (k + 2)
 */
export function saltelliDesign(
  factors: Factor[],
  samples: number,
  options: { secondOrder?: boolean; rng?: Rng } = {},
): Design {
  const ranges = checkSaltelliDesign(factors, samples);
  const k = ranges.length;
  const secondOrder = options.secondOrder ?? false;
  const columns = sobolSequence(samples, 2 * k, options.rng ? { scramble: options.rng } : {});
  const block: SaltelliSlot[] = [{ matrix: 'A', factor: null }];
  for (const f of ranges) block.push({ matrix: 'AB', factor: f.name });
  if (secondOrder) for (const f of ranges) block.push({ matrix: 'BA', factor: f.name });
  block.push({ matrix: 'B', factor: null });

  const points: DesignPoint[] = [];
  for (let j = 0; j < samples; j++) {
    const a = ranges.map((f, i) => scaleToFactor(f, columns[i][j]));
    const b = ranges.map((f, i) => scaleToFactor(f, columns[k + i][j]));
    for (const slot of block) {
      const swapped = slot.factor === null ? -1 : ranges.findIndex((f) => f.name === slot.factor);
      const point: DesignPoint = {};
      ranges.forEach((f, i) => {
        const fromA = slot.matrix === 'A' || slot.matrix === 'AB';
        const useA = i === swapped ? !fromA : fromA;
        point[f.name] = useA ? a[i] : b[i];
      });
      points.push(point);
    }
  }
  const layout: SaltelliLayout = {
    samples,
    secondOrder,
    scramble: options.rng !== undefined,
    blockSize: block.length,
    factorNames: ranges.map((f) => f.name),
    block,
  };
  return { method: 'sobol', factors, points, layout: { ...layout } };
}

/**
 * What `saltelliDesign` requires, checked without drawing: range factors only, at most
 * `sobolMaxDimensions / 2` of them, and N a power of two from 2 to 2^30. Returns the range
 * factors; throws naming the problem.
 *
 * @example
 * checkSaltelliDesign(factors, 1000); // throws "sobol design requires samples to be a power of two, got 1000"
 */
export function checkSaltelliDesign(factors: Factor[], samples: number): RangeFactor[] {
  const ranges = requireRangeFactors('sobol', factors);
  if (
    typeof samples !== 'number' ||
    !Number.isInteger(samples) ||
    samples < 2 ||
    (samples & (samples - 1)) !== 0 ||
    samples > 2 ** 30
  ) {
    throw new Error(`sobol design requires samples to be a power of two, got ${samples}`);
  }
  if (2 * ranges.length > sobolMaxDimensions) {
    throw new Error(`sobol design supports at most ${sobolMaxDimensions / 2} factors, got ${ranges.length}`);
  }
  return ranges;
}
