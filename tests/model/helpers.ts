import { createRng, type Rng } from '../../src/random/rng.js';
import { normalizeScenario } from '../../src/scenario/normalizeScenario.js';
import type { Scenario } from '../../src/scenario/types.js';
import { expect } from 'vitest';
import { appendTask, type Case, CaseStatus, TASK_FIELDS } from '../../src/model/state/Case.js';
import { createInitialState } from '../../src/model/state/createInitialState.js';
import type { SimulationState } from '../../src/model/state/SimulationState.js';

/** A small network: a coordinating office, police, municipality, care and youth care. */
export const SMALL: Scenario = {
  name: 'small',
  network: { form: 'nao', lead: 'office' },
  organisations: [
    { id: 'office', domain: 'coordination', staff: 2 },
    { id: 'police', domain: 'security', staff: 4 },
    { id: 'municipality', domain: 'municipal', staff: 4 },
    { id: 'care', domain: 'care', staff: 4 },
    { id: 'youth', domain: 'youth', staff: 3 },
  ],
};

/** `SMALL` with some fields replaced (shallow per block). */
export function small(patch: Partial<Scenario> = {}): Scenario {
  return {
    ...SMALL,
    ...patch,
    network: { ...SMALL.network, ...patch.network },
    preconditions: { ...SMALL.preconditions, ...patch.preconditions },
    parameters: { ...SMALL.parameters, ...patch.parameters },
    phenomena: { ...SMALL.phenomena, ...patch.phenomena },
  };
}

/** A week-0 state of `scenario` and the seeded generator that built it. */
export function makeState(scenario: Scenario, seed: number | string = 1): { state: SimulationState; rng: Rng } {
  const rng = createRng(seed);
  const state = createInitialState(normalizeScenario(scenario), rng);
  return { state, rng };
}

/** A generator that returns the given values in turn, then repeats the last. */
export function scripted(...values: number[]): Rng {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)];
}

/** A bare open case with the given required powers (indexes), no signals, status `status`. */
export function bareCase(state: SimulationState, powers: number[], status: number = CaseStatus.latent): Case {
  const tasks: number[] = [];
  for (const power of powers) appendTask(tasks, power);
  return {
    id: state.nextCaseId++,
    type: 0,
    severity: 0.3,
    label: 0.5,
    status,
    arrivalWeek: state.week,
    recognisedWeek: 0,
    conferenceWeek: 0,
    owner: state.params.coordinator,
    director: -1,
    directorSince: 0,
    signals: [],
    sharedCount: 0,
    tasks,
    involved: [],
  };
}

/** Sets one field of every task of `c` (e.g. `setTaskField(c, TASK_STATE, [...])`), one value per task. */
export function setTaskField(c: Case, field: number, values: number[]): void {
  expect(values).toHaveLength(c.tasks.length / TASK_FIELDS);
  values.forEach((value, t) => (c.tasks[t * TASK_FIELDS + field] = value));
}

/** logit(x) = ln(x / (1 − x)). */
export const logit = (x: number): number => Math.log(x / (1 - x));

/** Binomial standard deviation of a count over `n` trials of probability `p`. */
export const binomialSd = (n: number, p: number): number => Math.sqrt(n * p * (1 - p));
