import { PRECONDITION_NAMES } from '../scenario/defaults.js';
import type { Experiment } from './types.js';

/** The outcomes `explore` ranks the preconditions on, most important first. */
export const SCREENING_METRICS = [
  'successRate',
  'casesEscalated',
  'meanOrgTrust',
  'sharingSuccessRate',
  'commitmentAcceptanceCare',
  'meanWeeksToRecognition',
] as const;

/** Options of a screening experiment. */
export interface ScreeningOptions {
  /** Morris trajectories r (default 20): more give tighter μ* intervals. */
  trajectories?: number;
  /** Replications per design point (default 2), averaged before the elementary effects. */
  replications?: number;
  /** Root seed (default 20201001). */
  seed?: number;
  /** Horizon in weeks (default: the scenario's). */
  weeks?: number;
  /**
   * Add a dummy factor the model never reads (default true): its μ* is the noise floor every
   * precondition is tested against (`distinguishable`).
   */
  dummy?: boolean;
  /**
   * Common random numbers (default false: every design point gets its own seeds, so the
   * dummy's μ* measures replication noise; with common random numbers it would be exactly 0).
   */
  commonRandomNumbers?: boolean;
}

/**
 * The experiment behind `collabsim explore`: a Morris screening (Morris 1991; Campolongo,
 * Cariboni & Saltelli 2007) of all fourteen preconditions over their full range [0, 1] on a
 * 4-level grid, plus a dummy factor the model never reads (the noise floor), with r
 * trajectories of 16 points each and independent seeds per design point (so the dummy's μ*
 * is the replication noise). Morris rather than one-at-a-time, because it moves every
 * precondition from many different starting points and so also reveals interactions (σ) at
 * a cost of r · (k + 1) points; with the default r = 20 and 2 replications that is 640 runs
 * (600 without the dummy).
 *
 * @example
 * screeningExperiment('safety-house').design; // { method: 'morris', trajectories: 20, levels: 4, dummy: true }
 */
export function screeningExperiment(scenario: string, options: ScreeningOptions = {}): Experiment {
  const factors: Experiment['factors'] = {};
  for (const name of PRECONDITION_NAMES) factors[name] = [0, 1];
  return {
    name: `explore-${scenario.replace(/[^A-Za-z0-9-]+/g, '-')}`,
    description: `Morris screening of the fourteen preconditions of ${scenario}`,
    scenario,
    ...(options.weeks !== undefined ? { weeks: options.weeks } : {}),
    seed: options.seed ?? 20201001,
    replications: options.replications ?? 2,
    commonRandomNumbers: options.commonRandomNumbers ?? false,
    design: { method: 'morris', trajectories: options.trajectories ?? 20, levels: 4, dummy: options.dummy ?? true },
    factors,
    metrics: [...SCREENING_METRICS],
  };
}
