/**
 * Shared types of experimental designs. A design turns factor definitions into an ordered
 * list of design points; a point's index in `points` is its `point` number in results.
 */

/** A factor's value at one design point: a number for ranges, a number or label for lists. */
export type FactorValue = number | string;

/** A continuous factor sampled between `low` and `high` (inclusive), in the factor's unit. */
export interface RangeFactor {
  kind: 'range';
  /** Precondition name (`staffStability`) or scenario path (`organisations[police].staff`). */
  name: string;
  low: number;
  high: number;
  /** Round sampled values to whole numbers (counts such as staff). Default false. */
  integer?: boolean;
}

/** A categorical (or explicitly levelled) factor that takes one of the listed values. */
export interface ValuesFactor {
  kind: 'values';
  name: string;
  values: FactorValue[];
}

export type Factor = RangeFactor | ValuesFactor;

/** One design point: factor name → value. */
export type DesignPoint = Record<string, FactorValue>;

/** How to generate a design; the `method` decides which other fields apply. */
export type DesignSpec =
  | { method: 'grid'; /** levels per range factor (default 3) */ levels?: number }
  | {
      method: 'oat';
      /** the baseline value of each factor (default: the middle of its range, or its first value) */
      baseline?: DesignPoint;
    }
  | { method: 'lhs'; samples: number }
  | {
      method: 'sobol';
      /** base sample size N, a power of two */
      samples: number;
      /** add the BA_i blocks needed for second-order indices (default false) */
      secondOrder?: boolean;
      /** scramble the sequence (linear matrix scramble + digital shift, seeded); default true */
      scramble?: boolean;
      /**
       * add a factor `dummy` on [0, 1] that the model never reads: a column of the design
       * whose index is the noise floor (`distinguishable` in the analysis); default false
       */
      dummy?: boolean;
    }
  | {
      method: 'morris';
      trajectories: number;
      /** grid levels p, even (default 4) */
      levels?: number;
      /**
       * draw this many candidate trajectories and keep the `trajectories` most spread out
       * (Campolongo, Cariboni & Saltelli 2007, greedy selection); default: no selection
       */
      candidates?: number;
      /**
       * add a factor `dummy` on [0, 1] that the model never reads: a column of the design
       * whose μ* is the noise floor (`distinguishable` in the analysis); default false
       */
      dummy?: boolean;
    }
  | { method: 'list'; points: DesignPoint[] };

export type DesignMethod = DesignSpec['method'];

/** A generated design: the ordered points plus what its analysis needs to read them back. */
export interface Design {
  method: DesignMethod;
  factors: Factor[];
  points: DesignPoint[];
  /**
   * Method-specific layout, plain JSON (it is stored in `experiment.json`), e.g. for Sobol'
   * `{ samples, secondOrder, blockSize }`, for Morris `{ trajectories, levels, delta }`, for
   * OAT which factor and side (low/high/baseline) each point varies.
   */
  layout: Record<string, unknown>;
}
