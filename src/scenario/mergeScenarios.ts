import { mergeEvents } from './mergeEvents.js';
import type { Scenario } from './types.js';

type Data = Record<string, unknown>;

/**
 * The scenario `override` makes of `base`, as `extends` composes them. Mappings merge key by
 * key, recursively; organisations are matched by `id`: a listed id overrides the fields it
 * names in the inherited organisation (keeping its place in the list), and a new id is
 * appended. Events join the inherited timeline (`mergeEvents`: sorted by week, an event with
 * an inherited label replaces that event, `removeEvents` drops inherited events by label).
 * Every other list (`powers`, …) and every plain value replaces the inherited one. `extends`,
 * `removeEvents` and `$schema` are not carried into the result. Pure.
 *
 * @example
 * mergeScenarios(
 *   { weeks: 260, organisations: [{ id: 'police', domain: 'security', staff: 4 }] },
 *   { organisations: [{ id: 'police', staff: 8 }] },
 * ); // { weeks: 260, organisations: [{ id: 'police', domain: 'security', staff: 8 }] }
 */
export function mergeScenarios(base: Scenario, override: Scenario): Scenario {
  const merged = mergeData(base as Data, override as Data);
  const baseOrganisations = (base.organisations ?? []) as unknown as Data[];
  if (override.organisations) {
    const organisations = baseOrganisations.map((o) => ({ ...o }));
    for (const entry of override.organisations as unknown as Data[]) {
      const i = organisations.findIndex((o) => o.id === entry.id);
      if (i >= 0) organisations[i] = mergeData(organisations[i], entry);
      else organisations.push(entry);
    }
    merged.organisations = organisations;
  }
  if (override.events !== undefined || override.removeEvents !== undefined) {
    merged.events = mergeEvents(base.events ?? [], override.events ?? [], override.removeEvents ?? []);
  }
  delete merged.extends;
  delete merged.removeEvents;
  delete merged.$schema;
  return merged as Scenario;
}

function mergeData(base: Data, override: Data): Data {
  const out: Data = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const inherited = out[key];
    out[key] = isMapping(inherited) && isMapping(value) ? mergeData(inherited, value) : value;
  }
  return out;
}

function isMapping(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
