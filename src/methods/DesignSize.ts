/**
 * How big a design will be, worked out from its spec and factors alone (nothing is drawn), so
 * a design that would exhaust memory or time is refused before any work starts
 * (`checkDesignSize`). Each method's room declares its formula (`DesignMethodRoom.size`).
 *
 * @example
 * DESIGN_METHODS.grid.size({ method: 'grid', levels: 3 }, twoFactors);
 * // { points: 9, formula: '3 × 3 levels', advice: 'use fewer levels or fewer factors', work: 18 }
 */
export interface DesignSize {
  /** Design points the design will have. */
  points: number;
  /** How `points` follows from the spec, in words with the numbers ("1024 samples × (14 factors + 2)"). */
  formula: string;
  /** What to change in the design to make it smaller ("use fewer samples"). */
  advice: string;
  /**
   * Elementary steps of drawing the design (one step ≈ one factor value written or one
   * coordinate compared). For most designs points × factors; Morris' selection of spread-out
   * trajectories compares every pair of candidates and costs far more.
   */
  work: number;
  /** Set when `work` is not simply points × factors: what it counts and how to lower it. */
  workFormula?: string;
  workAdvice?: string;
}
