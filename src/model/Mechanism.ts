import type { Rng } from '../random/rng.js';
import type { SimulationState } from './state/SimulationState.js';

/**
 * One named step of the weekly schedule (docs/model.md §3), like a force in d3-force: the
 * engine applies the mechanisms in order each week and knows nothing else about them. A
 * researcher replaces one (`replaceMechanism`) or adds one without touching the engine.
 *
 * @example
 * const quietWeeks: Mechanism = { name: 'arrivals', step: () => {} }; // no new cases
 */
export interface Mechanism {
  /** Stable name, e.g. `trust`; used to replace the mechanism. */
  readonly name: string;
  /** Called once after the initial state is built, before week 1. */
  initialize?(state: SimulationState, rng: Rng): void;
  /** Advances the state by this mechanism's part of one week. */
  step(state: SimulationState, rng: Rng): void;
}

/**
 * Returns a copy of `mechanisms` with the one named `name` replaced by `replacement`.
 * Throws when no mechanism has that name.
 *
 * @example
 * replaceMechanism(defaultMechanisms(), 'trust', myTrustRule);
 */
export function replaceMechanism(mechanisms: readonly Mechanism[], name: string, replacement: Mechanism): Mechanism[] {
  const i = mechanisms.findIndex((m) => m.name === name);
  if (i < 0) throw new Error(`no mechanism named "${name}"; known: ${mechanisms.map((m) => m.name).join(', ')}`);
  const copy = [...mechanisms];
  copy[i] = replacement;
  return copy;
}

/**
 * Returns a copy of `mechanisms` with `added` inserted right after the one named `after`.
 *
 * @example
 * insertMechanism(defaultMechanisms(), 'learning', budgetCuts);
 */
export function insertMechanism(mechanisms: readonly Mechanism[], after: string, added: Mechanism): Mechanism[] {
  const i = mechanisms.findIndex((m) => m.name === after);
  if (i < 0) throw new Error(`no mechanism named "${after}"; known: ${mechanisms.map((m) => m.name).join(', ')}`);
  return [...mechanisms.slice(0, i + 1), added, ...mechanisms.slice(i + 1)];
}
