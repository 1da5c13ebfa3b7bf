import { groupDigits } from '../groupDigits.js';
import type { DesignSpec } from '../../experiment/designs/types.js';
import type { DesignMethodRoom } from '../DesignMethodRoom.js';
import { withDummyFactor } from '../withDummyFactor.js';
import { morrisDesign } from './morrisDesign.js';

/**
 * The Morris design: `trajectories` one-step-at-a-time paths on a p-level grid (optionally
 * the most spread out of `candidates`), with `dummy: true` plus a factor the model never reads
 * (`withDummyFactor`). Analysed by `morris` screening.
 *
 * @example
 * DESIGN_METHODS.morris.generate({ method: 'morris', trajectories: 10 }, factors, rng).points.length; // 10 (k + 1)
 */
export const morris: DesignMethodRoom<Extract<DesignSpec, { method: 'morris' }>> = {
  generate: (spec, factors, rng) =>
    withDummyFactor('morris', spec.dummy, factors, (all) =>
      morrisDesign(all, spec.trajectories, rng(), { levels: spec.levels, candidates: spec.candidates }),
    ),
  describe: (design, points) =>
    `morris: ${String(design.layout.trajectories)} trajectories on a ${String(design.layout.levels)}-level grid` +
    `${design.layout.dummy ? ', with a dummy factor the model never reads' : ''} (${points})`,
  size(spec, factors) {
    const k = factors.length + (spec.dummy ? 1 : 0); // the dummy factor is a column of the design
    const candidates = spec.candidates ?? spec.trajectories;
    const points = spec.trajectories * (k + 1);
    // Selecting spread-out paths compares every pair of candidates point by point: m²/2 pairs × (k + 1)² point pairs × k coordinates.
    const selection = candidates > spec.trajectories ? ((candidates * candidates) / 2) * (k + 1) * (k + 1) * k : 0;
    return {
      points,
      formula: `${groupDigits(spec.trajectories)} trajectories × (${k} factors + 1)`,
      advice: 'use fewer trajectories',
      work: candidates * (k + 1) * k + selection,
      workFormula: `choosing ${groupDigits(spec.trajectories)} of ${groupDigits(candidates)} candidate trajectories compares every pair of candidates: ${groupDigits(candidates)}² / 2 pairs × (${k} + 1)² points × ${k} factors`,
      workAdvice: `use fewer candidates (2 to 10 times the trajectories is usual; the cost grows with candidates²)`,
    };
  },
  article: 'a',
  analysis: 'morris',
  pointCharts: [],
  levels: false,
  pointwise: false,
};
