import type { NormalizedScenario } from '../scenario/normalizedTypes.js';
import type { Scenario } from '../scenario/types.js';
import { createSimulation } from './createSimulation.js';
import type { Mechanism } from './Mechanism.js';
import type { WeeklyRow } from './metrics/observeWeek.js';
import type { RunSummary } from './metrics/RunAccumulator.js';
import { trustMatrix, type TrustMatrix } from './trustMatrix.js';

/** Options of `simulate`. */
export interface SimulateOptions {
  /** Seed of the run's random stream. */
  seed: number | string;
  /** Weeks to run (default: the scenario's `weeks`, 260 unless set). */
  weeks?: number;
  /** The weekly mechanisms in order (default `defaultMechanisms()`). */
  mechanisms?: readonly Mechanism[];
  /**
   * Return the weekly rows (default true). `false` returns `weekly: []` with the same
   * summary, and lets each row be collected as soon as it is summed (sweeps use this).
   */
  weekly?: boolean;
}

/** What a run returns. */
export interface SimulationResult {
  /** The normalised scenario that actually ran (with `weeks` as run). */
  scenario: NormalizedScenario;
  /** One flat row per week: `week` and every weekly metric (empty with `weekly: false`). */
  weekly: WeeklyRow[];
  /** One number per metric for the whole run. */
  summary: RunSummary;
  /** Organisational trust between the partners at the end of the run. */
  trust: TrustMatrix;
}

/**
 * Runs a scenario week by week and returns the normalised scenario, the weekly rows, the
 * summary and the final trust matrix. Same scenario and seed, same result, byte for byte.
 *
 * @example
 * const { summary } = simulate(loadPreset('safety-house'), { seed: 1 });
 * summary.successRate; // a share in [0, 1]
 */
export function simulate(scenario: Scenario | NormalizedScenario, options: SimulateOptions): SimulationResult {
  const sim = createSimulation(scenario, { ...options, keepWeekly: options.weekly ?? true });
  const weeks = options.weeks ?? sim.state.scenario.weeks;
  for (let k = 0; k < weeks; k++) sim.advance();
  return {
    scenario: { ...sim.state.scenario, weeks },
    weekly: sim.weekly,
    summary: sim.summary(),
    trust: trustMatrix(sim.state),
  };
}
