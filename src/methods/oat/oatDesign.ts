import type { Design, DesignPoint, Factor, FactorValue } from '../../experiment/designs/types.js';
import { validateFactors } from '../validateFactors.js';

/** What one point of a one-at-a-time design varies. */
export interface OatStep {
  /** the factor moved away from baseline, or null for the baseline point */
  factor: string | null;
  /** `baseline`; `low`/`high` end of a range factor; `value` for a values factor's level */
  side: 'baseline' | 'low' | 'high' | 'value';
}

/**
 * One-at-a-time design around a baseline (Daniel 1958; the "local" screening design).
 * Point 0 is the baseline; then, for each factor in order, a range factor gets its `low`
 * and its `high` end, and a values factor every value other than its baseline value, with
 * all other factors at baseline. Points: 1 + Σ (2 per range factor, values − 1 per values
 * factor).
 *
 * The baseline defaults to the middle of each range (rounded for integer factors) and to
 * the first value of each values factor.
 *
 * Layout: `{ baseline, steps }` where `steps[p]` is the {@link OatStep} of point p.
 *
 * @example
 * oatDesign([{ kind: 'range', name: 'x', low: 0, high: 2 }]).points;
 * // [{ x: 1 }, { x: 0 }, { x: 2 }]
 */
export function oatDesign(factors: Factor[], baseline?: DesignPoint): Design {
  validateFactors('oat', factors);
  const base: DesignPoint = {};
  for (const factor of factors) {
    const given = baseline?.[factor.name];
    if (given === undefined) {
      base[factor.name] =
        factor.kind === 'values'
          ? factor.values[0]
          : factor.integer
            ? Math.round((factor.low + factor.high) / 2)
            : (factor.low + factor.high) / 2;
    } else {
      checkBaseline(factor, given);
      base[factor.name] = given;
    }
  }
  for (const key of Object.keys(baseline ?? {})) {
    if (!factors.some((factor) => factor.name === key)) {
      throw new Error(`oat design baseline has unknown factor ${key}`);
    }
  }
  const points: DesignPoint[] = [{ ...base }];
  const steps: OatStep[] = [{ factor: null, side: 'baseline' }];
  for (const factor of factors) {
    if (factor.kind === 'range') {
      points.push({ ...base, [factor.name]: factor.low }, { ...base, [factor.name]: factor.high });
      steps.push({ factor: factor.name, side: 'low' }, { factor: factor.name, side: 'high' });
    } else {
      for (const value of factor.values) {
        if (value === base[factor.name]) continue;
        points.push({ ...base, [factor.name]: value });
        steps.push({ factor: factor.name, side: 'value' });
      }
    }
  }
  return { method: 'oat', factors, points, layout: { baseline: base, steps } };
}

function checkBaseline(factor: Factor, value: FactorValue): void {
  if (factor.kind === 'values') {
    if (!factor.values.includes(value)) {
      throw new Error(
        `oat design baseline ${factor.name} must be one of ${factor.values.join(', ')}, got ${String(value)}`,
      );
    }
    return;
  }
  if (typeof value !== 'number' || value < factor.low || value > factor.high) {
    throw new Error(
      `oat design baseline ${factor.name} must be a number from ${factor.low} to ${factor.high}, got ${String(value)}`,
    );
  }
}
