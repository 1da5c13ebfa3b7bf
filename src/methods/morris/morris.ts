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
  article: 'a',
  analysis: 'morris',
  pointCharts: [],
  levels: false,
  pointwise: false,
};
