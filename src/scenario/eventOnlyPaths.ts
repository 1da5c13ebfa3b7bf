/**
 * Event paths that are not scenario fields but one-off shocks applied at the event's week,
 * with the range of their value: `urgency` (an immediate jump of political urgency to this
 * level), `turnoverShock` (the share of all staff who leave at once) and
 * `organisations[<id>].turnoverShock` (the share of one organisation's staff who leave). The
 * model applies them in `src/model/state/applyEvents.ts`; this is their one list.
 */
export const EVENT_ONLY_PATHS: Readonly<Record<string, { minimum: number; maximum: number }>> = {
  urgency: { minimum: 0, maximum: 1 },
  turnoverShock: { minimum: 0, maximum: 1 },
  'organisations[id].turnoverShock': { minimum: 0, maximum: 1 },
};

/** Matches `organisations[<id or index>].turnoverShock`; group 1 is the id. */
export const ORGANISATION_SHOCK = /^organisations\[([^\]]+)\]\.turnoverShock$/;

/**
 * The value range of an event-only path, or undefined when `path` is an ordinary scenario
 * path. For an organisation's shock, `organisationIds` decides whether the id exists.
 *
 * @example
 * eventOnlyPath('organisations[police].turnoverShock', ['police']); // { minimum: 0, maximum: 1 }
 */
export function eventOnlyPath(
  path: string,
  organisationIds: readonly string[],
): { minimum: number; maximum: number; unknownOrganisation?: string } | undefined {
  if (path in EVENT_ONLY_PATHS && !path.startsWith('organisations')) return EVENT_ONLY_PATHS[path];
  const match = ORGANISATION_SHOCK.exec(path);
  if (!match) return undefined;
  const id = match[1];
  const known = organisationIds.includes(id) || (/^\d+$/.test(id) && Number(id) < organisationIds.length);
  return { ...EVENT_ONLY_PATHS['organisations[id].turnoverShock'], ...(known ? {} : { unknownOrganisation: id }) };
}
