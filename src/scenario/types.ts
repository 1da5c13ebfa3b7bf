/**
 * The scenario file's types: the single source of the scenario JSON Schema
 * (`npm run schema` → `schema/scenario.schema.json`) and of `docs/scenarios.md`.
 *
 * A scenario file describes one network of partner organisations, the preconditions of its
 * collaboration (each a number in [0, 1]), the phenomena it faces, and an optional timeline of
 * events. All fields but `organisations` have defaults; see `defaults.ts`. Each section's types
 * are in their own file under `types/`; this file holds the `Scenario` and re-exports them.
 */

import type { ModelParameters } from './types/ModelParameters.js';
import type { NetworkSpec } from './types/NetworkSpec.js';
import type { OrganisationSpec } from './types/OrganisationSpec.js';
import type { Phenomena } from './types/Phenomena.js';
import type { Preconditions } from './types/Preconditions.js';
import type { ScenarioEvent } from './types/ScenarioEvent.js';

export type { Domain, Power, GovernanceForm, CaseType } from './types/vocabulary.js';
export type { Preconditions } from './types/Preconditions.js';
export type { HiringProfile, InterventionSlots, OrganisationSpec } from './types/OrganisationSpec.js';
export type { NetworkSpec } from './types/NetworkSpec.js';
export type { CaseMix, Phenomena } from './types/Phenomena.js';
export type { ScenarioEvent } from './types/ScenarioEvent.js';
export type { ModelParameters } from './types/ModelParameters.js';

/** A scenario file. */
export interface Scenario {
  /** Editor hint: the JSON Schema this file follows. Ignored by the model. */
  $schema?: string;
  /** A preset name or a path (relative to this file) whose scenario this one extends. */
  extends?: string;
  /** Short name of the scenario. */
  name?: string;
  /** What the scenario represents and where its numbers come from. */
  description?: string;
  /**
   * Horizon in weeks (one tick = one week).
   * @minimum 1
   * @maximum 5200
   * @default 260
   * @TJS-type integer
   */
  weeks?: number;
  /**
   * Weeks the network runs before week 1: the history of an established network (its ties,
   * trust, staff and open cases), run with the scenario's own settings and not observed;
   * timeline events do not apply in it. 0 for a network that starts now.
   * @minimum 0
   * @maximum 1040
   * @default 0
   * @TJS-type integer
   */
  warmUpWeeks?: number;
  network?: NetworkSpec;
  preconditions?: Preconditions;
  phenomena?: Phenomena;
  organisations?: OrganisationSpec[];
  /**
   * Timeline events, applied at the start of their week. In a file that `extends` another,
   * these join the inherited events (sorted by week); an event with the label of an inherited
   * one replaces it.
   */
  events?: ScenarioEvent[];
  /**
   * Labels of inherited events to leave out (only in a file that `extends` another).
   * @uniqueItems true
   */
  removeEvents?: string[];
  parameters?: ModelParameters;
}
