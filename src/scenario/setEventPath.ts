import { listNames, quote } from '../errors/messages.js';
import { ScenarioPathError } from './ScenarioPathError.js';
import { suggest } from './suggest.js';
import type { Scenario, ScenarioEvent } from './types.js';

/** `events[<label or index>].week` or `events[<label or index>].set.<path>`. */
const EVENT_PATH = /^events\[([^\]]+)\]\.(?:(week)|set\.(.+))$/;

/**
 * True when `path` addresses a timeline event (it starts with `events`).
 *
 * @example
 * isEventPath('events[covenant].week'); // true
 */
export function isEventPath(path: string): boolean {
  return path === 'events' || path.startsWith('events[') || path.startsWith('events.');
}

/**
 * Returns a copy of `scenario` with one field of one event set: its week
 * (`events[covenant].week`) or a value it sets (`events[covenant].set.informationSharing`,
 * `events[0].set.organisations[police].staff`). The event is chosen by its label, or by its
 * index in the scenario's `events`. An unknown label is an error that lists the labels there
 * are and suggests the closest; a label written on two events must be chosen by index. The
 * result still needs validation (a week within the horizon, a value the path accepts).
 *
 * @example
 * setEventPath(s, 'events[covenant].week', 52).events[0].week; // 52
 */
export function setEventPath(scenario: Scenario, path: string, value: unknown): Scenario {
  const match = EVENT_PATH.exec(path);
  if (!match) {
    throw new ScenarioPathError(path, 'expected events[<label>].week or events[<label>].set.<path>, e.g. "events[covenant].week"');
  }
  const events = scenario.events ?? [];
  const index = findEvent(events, match[1].trim(), path);
  const event = events[index];
  const changed: ScenarioEvent =
    match[2] !== undefined ? { ...event, week: value as number } : { ...event, set: { ...event.set, [match[3]]: value as number | string } };
  const copy = [...events];
  copy[index] = changed;
  return { ...scenario, events: copy };
}

function findEvent(events: readonly ScenarioEvent[], select: string, path: string): number {
  if (/^\d+$/.test(select)) {
    const index = Number(select);
    if (index >= events.length) throw new ScenarioPathError(path, `no event ${index}; the scenario has ${events.length} events`);
    return index;
  }
  const labels = events.map((e) => e.label).filter((label): label is string => label !== undefined);
  const found = events.flatMap((e, i) => (e.label === select ? [i] : []));
  if (found.length === 1) return found[0];
  if (found.length > 1) throw new ScenarioPathError(path, `${found.length} events are labelled ${quote(select)}; choose one by index, e.g. events[${found[0]}]`);
  if (labels.length === 0) throw new ScenarioPathError(path, `no event labelled ${quote(select)}: the scenario's events have no labels`);
  const guess = suggest(select, labels);
  throw new ScenarioPathError(
    path,
    `no event labelled ${quote(select)}${guess ? `; did you mean ${quote(guess)}?` : ''} (labels: ${listNames([...new Set(labels)], 'and')})`,
  );
}

/**
 * True when `scenario` has the event an event path selects (by label or index), so a factor
 * on `events[covenant].week` applies to it; false for other paths.
 *
 * @example
 * hasPathEvent({ events: [{ week: 104, label: 'covenant', set: {} }] }, 'events[covenant].week'); // true
 */
export function hasPathEvent(scenario: Scenario, path: string): boolean {
  const match = EVENT_PATH.exec(path);
  if (!match) return false;
  const select = match[1].trim();
  const events = scenario.events ?? [];
  return /^\d+$/.test(select) ? Number(select) < events.length : events.some((e) => e.label === select);
}
