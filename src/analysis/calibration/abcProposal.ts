import { deriveSeed } from '../../random/deriveSeed.js';
import { createRng } from '../../random/rng.js';
import type { AbcProposal } from './AbcSetup.js';
import type { PerturbationKernel } from './perturbationKernel.js';
import type { CalibrationParameter } from './Prior.js';

/** Stream numbers under (seed, generation, attempt): the proposal's draws and the simulation's seed. */
export const PROPOSAL_STREAM = 0;
export const SIMULATION_STREAM = 1;

/**
 * The proposal of one attempt of ABC-SMC. Its random draws come from the stream
 * deriveSeed(seed, generation, attempt, 0) and its simulation seed is
 * deriveSeed(seed, generation, attempt, 1), so attempt i of generation t is the same
 * whatever the batch size, the number of workers or where a run was resumed (Mesa's
 * spawned-seed habit). Generation 0 draws each parameter from its prior, in order; later
 * generations draw from `kernel`, the perturbation kernel built on the previous population.
 * Cost: one `Rng` and d draws (generation 0) or one kernel proposal.
 *
 * @example
 * abcProposal(params, 1, 0, 17); // { theta: [0.42], seed: 2718…, generation: 0, attempt: 17 }
 */
export function abcProposal(
  parameters: readonly CalibrationParameter[],
  seed: number,
  generation: number,
  attempt: number,
  kernel?: PerturbationKernel,
): AbcProposal {
  const rng = createRng(deriveSeed(seed, generation, attempt, PROPOSAL_STREAM));
  let theta: number[];
  if (generation === 0) theta = parameters.map((p) => p.prior.sample(rng));
  else if (kernel) theta = kernel.propose(rng);
  else throw new Error(`abcProposal requires a kernel for generation ${generation}`);
  return { theta, seed: deriveSeed(seed, generation, attempt, SIMULATION_STREAM), generation, attempt };
}
