import type { DesignSpec, Factor } from '../experiment/designs/types.js';
import { DESIGN_LIMITS } from './designLimits.js';
import { groupDigits } from './groupDigits.js';
import type { DesignSize } from './DesignSize.js';
import { designMethod, DESIGN_METHODS } from './registry.js';

/** Runs above this count cannot be numbered (run numbers are 32-bit). */
export const MAX_RUNS = 2 ** 31 - 1;

/**
 * The size of the design a spec asks for, from its room's formula (`DesignMethodRoom.size`),
 * without drawing it; undefined for an unknown method (which `generateDesign` reports).
 *
 * @example
 * estimateDesign({ method: 'sobol', samples: 1024 }, threeFactors)?.points; // 5120 = 1024 × (3 + 2)
 */
export function estimateDesign(spec: DesignSpec, factors: Factor[]): DesignSize | undefined {
  if (!Object.hasOwn(DESIGN_METHODS, spec.method)) return undefined;
  return designMethod(spec.method).size(spec, factors);
}

/**
 * Why a design (and, with `replications`, its sweep) is too large to start, or null when it
 * fits `DESIGN_LIMITS` and `MAX_RUNS`. Checked from the spec before anything is drawn; the
 * message gives the estimate, the limit and how to split or shrink the work.
 *
 * @example
 * checkDesignSize({ method: 'grid', levels: 1e9 }, [x]);
 * // 'the grid design would have 1,000,000,000 design points (1,000,000,000 levels), more than the limit of 1,000,000; use fewer levels or fewer factors, ...'
 */
export function checkDesignSize(spec: DesignSpec, factors: Factor[], replications = 1): string | null {
  const size = estimateDesign(spec, factors);
  if (size === undefined) return null;
  const method = spec.method;
  if (size.points > DESIGN_LIMITS.maxPoints) {
    return (
      `the ${method} design would have ${groupDigits(size.points)} design points (${size.formula}), ` +
      `more than the limit of ${groupDigits(DESIGN_LIMITS.maxPoints)}; ${size.advice}, or split the factors or the sample ` +
      `into several experiments (shards split the runs, not the design: every shard holds the whole design)`
    );
  }
  if (size.work > DESIGN_LIMITS.maxWork) {
    return (
      `drawing the ${method} design would take about ${groupDigits(size.work)} steps` +
      `${size.workFormula ? ` (${size.workFormula})` : ''}, more than the limit of ${groupDigits(DESIGN_LIMITS.maxWork)}; ` +
      `${size.workAdvice ?? size.advice}`
    );
  }
  const runs = size.points * replications;
  if (runs > MAX_RUNS) {
    return (
      `the sweep would have ${groupDigits(runs)} runs (${groupDigits(size.points)} design points × ${groupDigits(replications)} replications), ` +
      `more than the limit of ${groupDigits(MAX_RUNS)} (run numbers are 32-bit); use fewer replications or design points, ` +
      `or split the replications into several experiments with different seeds`
    );
  }
  return null;
}
