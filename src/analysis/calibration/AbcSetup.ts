import type { AbcTarget } from './abcDistance.js';
import type { CalibrationParameter } from './Prior.js';

/**
 * One simulation ABC-SMC asks for: the parameter values `theta` (in the order of the
 * setup's parameters) and the `seed` of the simulation's random stream. `generation` and
 * `attempt` say where it comes from; the seed and theta depend on nothing else (and on the
 * calibration seed and the previous generation), so a simulation can be rerun, cached or
 * sent to any worker.
 */
export interface AbcProposal {
  theta: number[];
  seed: number;
  generation: number;
  attempt: number;
}

/**
 * Runs a batch of simulations and returns, for each proposal in the same order, the
 * simulated summary values in the order of the setup's targets (a non-finite value counts
 * as a miss). It may run them in parallel (worker threads); ABC-SMC awaits one batch at a
 * time, and its result does not depend on how the batch is run.
 *
 * @example
 * const simulate: AbcSimulator = async (batch) => batch.map((p) => [model(p.theta, p.seed)]);
 */
export type AbcSimulator = (proposals: readonly AbcProposal[]) => Promise<number[][]>;

/** What to calibrate, against what, and the algorithm's settings (all plain data but the priors). */
export interface AbcSetup {
  /** The parameters to fit, each with its prior; a particle lists their values in this order. */
  parameters: readonly CalibrationParameter[];
  /** The observed summaries; the simulator returns one value per target, in this order. */
  targets: readonly AbcTarget[];
  /** Particles per generation (N), at least 2. */
  population: number;
  /** The calibration seed: every random choice derives from it. */
  seed: number;
  /** At most this many generations, counting generation 0 (the prior); default 8. */
  generations?: number;
  /** Tolerance of generation t ≥ 1: this weighted quantile of generation t − 1's distances; default 0.5 (the median). */
  quantile?: number;
  /** Stop after the first generation whose tolerance is at or below this (tolerances never go below it); default 0. */
  minTolerance?: number;
  /**
   * Abandon a generation (and stop, keeping the previous ones) when it would need more
   * than population / minAcceptanceRate simulations; default 0.001.
   */
  minAcceptanceRate?: number;
}

/** The defaults of `AbcSetup`'s optional settings. */
export const ABC_DEFAULTS = { generations: 8, quantile: 0.5, minTolerance: 0, minAcceptanceRate: 0.001 } as const;

/**
 * One generation of ABC-SMC, as plain data (JSON round-trips it exactly): what a results
 * folder stores and what a resumed run starts from. Arrays run over the N particles in the
 * order they were accepted (by attempt index).
 */
export interface AbcGeneration {
  /** 0 for the prior sample, then 1, 2, … */
  generation: number;
  /**
   * ε_t, in distance units: a proposal was accepted when its distance was ≤ ε_t. For
   * generation 0, which accepts every finite distance, the largest accepted distance.
   */
  tolerance: number;
  /** N particles, each the parameter values in the setup's order. */
  particles: number[][];
  /** Normalised importance weights (sum 1). */
  weights: number[];
  /** Each particle's distance to the targets. */
  distances: number[];
  /** Each particle's simulated summaries, in the targets' order (for posterior predictive checks). */
  summaries: number[][];
  /** Each particle's simulation seed, so its run can be rebuilt. */
  seeds: number[];
  /** Simulations used: the attempt index of the N-th accepted proposal, plus 1. */
  attempts: number;
  /** N / attempts. */
  acceptanceRate: number;
  /** Kish's effective sample size of the weights (particles). */
  ess: number;
}

/** Why an ABC-SMC run stopped. */
export type AbcStopReason = 'generations' | 'minTolerance' | 'minAcceptanceRate';

/** A finished (or stopped) ABC-SMC run: the generations in order; the last is the posterior sample. */
export interface AbcRun {
  parameters: string[];
  generations: AbcGeneration[];
  stopReason: AbcStopReason;
}

/** How to run ABC-SMC; none of these changes the result. */
export interface AbcRunOptions {
  /**
   * Proposals per call of the simulator (default: the population size), or a function that
   * chooses each batch's size from the generation's progress (e.g. from its acceptance rate
   * so far, so the last batch wastes few simulations beyond the N-th acceptance).
   */
  batchSize?: number | ((progress: { generation: number; attempts: number; accepted: number; population: number }) => number);
  /** Called after each completed generation (e.g. to write it to a results folder) and awaited. */
  onGeneration?: (generation: AbcGeneration) => void | Promise<void>;
  /** Called after each batch, for progress bars. */
  onBatch?: (progress: { generation: number; attempts: number; accepted: number }) => void;
}
