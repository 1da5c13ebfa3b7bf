import type { ScenarioEvent } from './types.js';

/**
 * The timeline `added` makes of an `inherited` one, as `extends` and experiment variants
 * compose them: inherited events whose label is in `remove` are dropped, an added event with
 * the label of an inherited event replaces it, the other added events join the timeline, and
 * the result is sorted by week, stably (at equal weeks inherited events come first, then the
 * added ones in their written order). Events without a label are never replaced or removed.
 * Pure; the inputs are not changed.
 *
 * @example
 * mergeEvents(
 *   [{ week: 26, label: 'covenant', set: { informationSharing: 0.8 } }, { week: 60, set: { urgency: 1 } }],
 *   [{ week: 10, label: 'covenant', set: { informationSharing: 0.9 } }],
 * ); // [{ week: 10, label: 'covenant', … 0.9 }, { week: 60, set: { urgency: 1 } }]
 */
export function mergeEvents(
  inherited: readonly ScenarioEvent[],
  added: readonly ScenarioEvent[],
  remove: readonly string[] = [],
): ScenarioEvent[] {
  const replaced = new Set(added.map((e) => e.label).filter((label) => label !== undefined));
  const kept = inherited.filter((e) => e.label === undefined || (!remove.includes(e.label) && !replaced.has(e.label)));
  return [...kept, ...added].map((e, order) => ({ e, order })).sort((a, b) => a.e.week - b.e.week || a.order - b.order).map(({ e }) => e);
}
