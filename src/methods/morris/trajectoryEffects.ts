import type { MorrisLayout } from './morrisDesign.js';

/** Elementary effects of a Morris design, one row per trajectory. */
export interface TrajectoryEffects {
  factors: string[];
  /** number of trajectories r */
  trajectories: number;
  /** `effects[t · k + i]`: effect of factor i in trajectory t; NaN when an output is not finite */
  effects: Float64Array;
}

/**
 * Morris (1991) elementary effects arranged by trajectory, so that statistics can resample
 * whole trajectories (all factors of a trajectory together). Each step of a trajectory
 * changes one factor by `step` (a fraction of its range) and gives
 *
 *   EEᵢ = (y(after) − y(before)) / step,
 *
 * the output change per full range of the factor. An effect whose outputs are not finite is
 * kept as NaN, so one undefined outcome does not stop a screening (the studies leave such
 * trajectories out); `morrisEffects` builds on it and refuses non-finite outputs. Cost O(r · k).
 *
 * @example
 * // one trajectory over factors a, b: y = 1 → 3 (a up by 0.5) → 2 (b down by 0.5)
 * trajectoryEffects([1, 3, 2], { factorNames: ['a', 'b'], trajectorySize: 3,
 *   changed: [null, 'a', 'b'], step: [0, 0.5, -0.5] }).effects; // Float64Array [4, 2]
 */
export function trajectoryEffects(
  Y: ArrayLike<number>,
  layout: Pick<MorrisLayout, 'factorNames' | 'trajectorySize' | 'changed' | 'step'>,
): TrajectoryEffects {
  const k = layout.factorNames.length;
  if (layout.trajectorySize !== k + 1 || layout.changed.length % layout.trajectorySize !== 0) {
    throw new Error('trajectoryEffects requires the layout of a morris design');
  }
  if (Y.length !== layout.changed.length) {
    throw new Error(`trajectoryEffects requires ${layout.changed.length} outputs, got ${Y.length}`);
  }
  const r = layout.changed.length / layout.trajectorySize;
  const index = new Map(layout.factorNames.map((f, i) => [f, i]));
  const effects = new Float64Array(r * k).fill(NaN);
  for (let p = 0; p < Y.length; p++) {
    const factor = layout.changed[p];
    if (factor === null) continue;
    const i = index.get(factor);
    if (i === undefined) throw new Error(`trajectoryEffects layout names unknown factor ${factor}`);
    const value = (Y[p] - Y[p - 1]) / layout.step[p];
    effects[Math.floor(p / layout.trajectorySize) * k + i] = Number.isFinite(value) ? value : NaN;
  }
  return { factors: [...layout.factorNames], trajectories: r, effects };
}
