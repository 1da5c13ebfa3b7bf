import { mergeEvents } from './mergeEvents.js';
import { setScenarioPath } from './setScenarioPath.js';
import type { Scenario, ScenarioEvent } from './types.js';

/** Changes to a scenario: events removed by label, events added, values set. */
export interface ScenarioPatch {
  /** Labels of events to leave out. */
  removeEvents?: readonly string[];
  /** Events to add (an event with the label of an existing one replaces it). */
  events?: readonly ScenarioEvent[];
  /** Scenario path → value (`staffStability`, `organisations[police].staff`, `events[covenant].week`). */
  set?: Readonly<Record<string, number | string>>;
}

/**
 * Returns a copy of `scenario` with a patch applied in this order: the events labelled in
 * `removeEvents` are dropped, `events` join the timeline (`mergeEvents`: sorted by week,
 * stably), then each path of `set` takes its value (`setScenarioPath`, which throws a
 * `ScenarioPathError` for a path that names no field). Used for an experiment's variants and
 * for `run --set`. The result still needs validation. Pure.
 *
 * @example
 * patchScenario(top600, { events: [{ week: 104, label: 'covenant', set: { informationSharing: 0.9 } }] }).events.length;
 */
export function patchScenario(scenario: Scenario, patch: ScenarioPatch): Scenario {
  let patched = scenario;
  if (patch.events !== undefined || patch.removeEvents !== undefined) {
    patched = { ...patched, events: mergeEvents(scenario.events ?? [], patch.events ?? [], patch.removeEvents ?? []) };
  }
  for (const [path, value] of Object.entries(patch.set ?? {})) patched = setScenarioPath(patched, path, value);
  return patched;
}
