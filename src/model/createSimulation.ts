import { createRng, type Rng } from '../random/rng.js';
import { normalizeScenario } from '../scenario/normalizeScenario.js';
import type { NormalizedScenario } from '../scenario/normalizedTypes.js';
import type { Scenario } from '../scenario/types.js';
import { defaultMechanisms } from './defaultMechanisms.js';
import type { Mechanism } from './Mechanism.js';
import { METRICS } from './metrics/catalogue.js';
import { newObservation } from './metrics/Observation.js';
import { observeWeek, toWeeklyRow, type WeeklyRow } from './metrics/observeWeek.js';
import { RunAccumulator, type RunSummary } from './metrics/RunAccumulator.js';
import { applyEvents } from './state/applyEvents.js';
import { addCounters, resetCounters } from './state/Counters.js';
import { createInitialState } from './state/createInitialState.js';
import { matureArrivals } from './state/matureArrivals.js';
import { rebaseClock } from './state/rebaseClock.js';
import { summariseTies } from './state/summariseTies.js';
import type { SimulationState } from './state/SimulationState.js';

/** Options for building a simulation. */
export interface SimulationOptions {
  /** Seed of the run's random stream (any integer or string). */
  seed: number | string;
  /** The weekly mechanisms in order (default `defaultMechanisms()`). */
  mechanisms?: readonly Mechanism[];
  /** Keep every week's row in `weekly` (default true); the summary is built either way. */
  keepWeekly?: boolean;
}

/** A simulation you step yourself. */
export interface Simulation {
  readonly state: SimulationState;
  readonly mechanisms: readonly Mechanism[];
  /** Weekly rows observed so far (empty when built with `keepWeekly: false`). */
  readonly weekly: WeeklyRow[];
  /** Advances one week: events, every mechanism in order, observation. Returns the week's row. */
  step(): WeeklyRow;
  /**
   * Advances one week like `step`, but builds no row object unless weekly rows are kept: the
   * summary still counts the week. Sweeps use it, so a run allocates no row at all.
   */
  advance(): void;
  /** The summary of the weeks run so far. */
  summary(): RunSummary;
}

/**
 * Builds a simulation at week 0 from a scenario and a seed. The scenario is normalised
 * (defaults filled); the seed fixes every random draw, so the same inputs give the same
 * trajectory in any process.
 *
 * @example
 * const sim = createSimulation(loadPreset('safety-house'), { seed: 1 });
 * sim.step(); sim.step();
 * sim.weekly.length; // 2
 */
export function createSimulation(scenario: Scenario | NormalizedScenario, options: SimulationOptions): Simulation {
  const rng: Rng = createRng(options.seed);
  const mechanisms = [...(options.mechanisms ?? defaultMechanisms())];
  const state = createInitialState(normalizeScenario(scenario), rng);
  for (const m of mechanisms) m.initialize?.(state, rng);
  warmUp(state, mechanisms, rng);
  const weekly: WeeklyRow[] = [];
  const keep = options.keepWeekly ?? true;
  const accumulator = new RunAccumulator();
  /** This week's metric values in catalogue order, overwritten every week. */
  const values = new Float64Array(METRICS.length);
  const observation = newObservation();
  const advance = (): void => {
    state.week++;
    resetCounters(state.thisWeek);
    applyEvents(state, rng);
    for (const m of mechanisms) m.step(state, rng);
    addCounters(state.total, state.thisWeek);
    matureArrivals(state);
    summariseTies(state);
    observeWeek(state, observation, values);
    accumulator.add(values);
    if (keep) weekly.push(toWeeklyRow(state.week, values));
  };
  return {
    state,
    mechanisms,
    weekly,
    step() {
      advance();
      return keep ? weekly[weekly.length - 1] : toWeeklyRow(state.week, values);
    },
    advance,
    summary() {
      return accumulator.summary(state);
    },
  };
}

/**
 * Runs the scenario's `warmUpWeeks` before week 1 — every mechanism in order, no events, no
 * observation and no weekly tie summary (nothing reads it before the run) — and then rebases
 * the clock (`rebaseClock`), so the run starts from the state of a network with that much
 * history.
 */
function warmUp(state: SimulationState, mechanisms: readonly Mechanism[], rng: Rng): void {
  const weeks = state.scenario.warmUpWeeks;
  if (weeks <= 0) return;
  for (let k = 0; k < weeks; k++) {
    state.week++;
    resetCounters(state.thisWeek);
    for (const m of mechanisms) m.step(state, rng);
  }
  rebaseClock(state);
  summariseTies(state);
}
