import { isEventPath } from '../scenario/setEventPath.js';
import type { Scenario } from '../scenario/types.js';
import type { Factor } from './designs/types.js';
import { factorPath } from './factorPath.js';
import type { EventConflict } from './types.js';

/** A scenario the runs start from: the experiment's, or one variant's with the values it sets. */
export interface ConflictSource {
  /** The variant's name, or null for an experiment without variants. */
  variant: string | null;
  scenario: Scenario;
  /** Values the variant sets (its `set`). */
  set: Readonly<Record<string, number | string>>;
}

/**
 * Where a timeline event, or a variant's `set`, sets a path that a factor also varies. A
 * factor is set before the run starts, so an event on the same path overrides the factor's
 * value from its week on (and a factor overrides a variant's `set` from week 1): the design
 * then measures less than it appears to. Paths are compared after expanding precondition
 * names (`informationSharing` = `preconditions.informationSharing`) and short factor names
 * (`caseRate` = `phenomena.caseRate`); factors on events themselves (`events[covenant].week`)
 * are levers, not conflicts. Pure; O(factors · events).
 *
 * @example
 * findEventConflicts([{ kind: 'range', name: 'informationSharing', low: 0, high: 1 }], [{ variant: null, scenario: { events: [{ week: 53, label: 'reset', set: { informationSharing: 0.2 } }] }, set: {} }]);
 * // [{ factor: 'informationSharing', path: 'informationSharing', variant: null, event: 'reset', week: 53 }]
 */
export function findEventConflicts(factors: readonly Factor[], sources: readonly ConflictSource[]): EventConflict[] {
  const conflicts: EventConflict[] = [];
  const swept = factors.filter((f) => f.name !== 'variant' && !isEventPath(f.name)).map((f) => ({ name: f.name, path: canonicalPath(factorPath(f.name)) }));
  for (const source of sources) {
    for (const factor of swept) {
      for (const path of Object.keys(source.set)) {
        if (canonicalPath(path) === factor.path) conflicts.push({ factor: factor.name, path, variant: source.variant, event: null, week: null });
      }
      (source.scenario.events ?? []).forEach((event, i) => {
        for (const path of Object.keys(event.set)) {
          if (canonicalPath(path) !== factor.path) continue;
          conflicts.push({ factor: factor.name, path, variant: source.variant, event: event.label ?? `events[${i}]`, week: event.week });
        }
      });
    }
  }
  return conflicts;
}

/**
 * One line per conflict, for the warning printed before a sweep and the report.
 *
 * @example
 * describeEventConflict({ factor: 'informationSharing', path: 'informationSharing', variant: null, event: 'reset', week: 53 });
 * // 'event "reset" at week 53 sets informationSharing, which the factor informationSharing varies: from week 53 on the event's value holds'
 */
export function describeEventConflict(c: EventConflict): string {
  const where = c.variant === null ? '' : `variant ${c.variant}: `;
  if (c.event === null) return `${where}the variant sets ${c.path}, which the factor ${c.factor} varies: the factor's value holds`;
  return `${where}event "${c.event}" at week ${c.week} sets ${c.path}, which the factor ${c.factor} varies: from week ${c.week} on the event's value holds`;
}

function canonicalPath(path: string): string {
  const expanded = factorPath(path.startsWith('preconditions.') ? path.slice('preconditions.'.length) : path);
  return expanded.replace(/\s+/g, '');
}

/**
 * The warning printed before a sweep or exploration whose events set swept paths, one line
 * each, ending with how to make it an error.
 *
 * @example
 * eventConflictWarnings(conflicts); // 'warning: event "reset" at week 53 sets …\n…'
 */
export function eventConflictWarnings(conflicts: readonly EventConflict[]): string {
  if (conflicts.length === 0) return '';
  const lines = conflicts.map((c) => `warning: ${describeEventConflict(c)}`);
  lines.push('(recorded in experiment.json as eventConflicts; --strict-events or onEventConflict: error refuses such a sweep)');
  return `${lines.join('\n')}\n`;
}
