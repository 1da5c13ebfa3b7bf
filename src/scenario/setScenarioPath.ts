import { ScenarioPathError } from './ScenarioPathError.js';
import { isEventPath, setEventPath } from './setEventPath.js';
import { PRECONDITION_NAMES } from './defaults.js';
import type { Scenario } from './types.js';

export { ScenarioPathError } from './ScenarioPathError.js';

const SECTIONS = new Set(['network', 'preconditions', 'phenomena', 'parameters', 'organisations']);
const TOP_LEVEL = new Set(['weeks']);
const PRECONDITIONS = new Set<string>(PRECONDITION_NAMES);

/** One step of a path: an object key, or an organisation selected by id or index. */
type Segment = { key: string } | { select: string };

/**
 * Parses a scenario path such as `organisations[police].staff`, `phenomena.caseMix.crime` or a
 * bare precondition name (`staffStability`, short for `preconditions.staffStability`).
 *
 * @example
 * parseScenarioPath('organisations[police].staff'); // [{key:'organisations'},{select:'police'},{key:'staff'}]
 */
export function parseScenarioPath(path: string): Segment[] {
  if (PRECONDITIONS.has(path)) return [{ key: 'preconditions' }, { key: path }];
  const segments: Segment[] = [];
  const pattern = /([A-Za-z_$][\w$]*)|\[([^\]]+)\]|(\.)/gy;
  let match: RegExpExecArray | null;
  let expectKey = true;
  while (pattern.lastIndex < path.length && (match = pattern.exec(path))) {
    if (match[1] !== undefined && expectKey) {
      segments.push({ key: match[1] });
      expectKey = false;
    } else if (match[2] !== undefined && !expectKey) {
      segments.push({ select: match[2].trim() });
    } else if (match[3] !== undefined && !expectKey) {
      expectKey = true;
    } else break;
  }
  if (pattern.lastIndex !== path.length || expectKey || segments.length === 0) {
    throw new ScenarioPathError(path, 'expected a path such as "organisations[police].staff" or a precondition name');
  }
  const head = segments[0];
  if (!('key' in head) || !(SECTIONS.has(head.key) || TOP_LEVEL.has(head.key))) {
    throw new ScenarioPathError(path, `unknown path; it must start with a precondition name or one of ${[...TOP_LEVEL, ...SECTIONS].join(', ')}`);
  }
  if (head.key === 'preconditions' && (segments.length !== 2 || !('key' in segments[1]) || !PRECONDITIONS.has(segments[1].key))) {
    throw new ScenarioPathError(path, `unknown precondition; expected one of ${PRECONDITION_NAMES.join(', ')}`);
  }
  return segments;
}

/**
 * Returns a copy of `scenario` with the field at `path` set to `value`; the input is not
 * changed. Organisations are selected by id (`organisations[police]`) or by index
 * (`organisations[0]`); a timeline event by its label or index (`events[covenant].week`,
 * `events[covenant].set.informationSharing`, see `setEventPath`). The result still needs
 * validation: this only checks that the path names a place in the scenario.
 *
 * @example
 * setScenarioPath(s, 'staffStability', 0.9).preconditions.staffStability; // 0.9
 */
export function setScenarioPath(scenario: Scenario, path: string, value: unknown): Scenario {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) {
    throw new ScenarioPathError(path, `expected a finite number or a string, found ${String(value)}`);
  }
  if (isEventPath(path)) return setEventPath(scenario, path, value);
  const segments = parseScenarioPath(path);
  return assign(scenario, segments, 0, value, path) as Scenario;
}

function assign(node: unknown, segments: Segment[], i: number, value: unknown, path: string): unknown {
  if (i === segments.length) return value;
  const seg = segments[i];
  if ('select' in seg) {
    if (!Array.isArray(node)) throw new ScenarioPathError(path, 'only organisations can be selected with [...]');
    const index = /^\d+$/.test(seg.select)
      ? Number(seg.select)
      : node.findIndex((o) => o && typeof o === 'object' && (o as { id?: unknown }).id === seg.select);
    if (index < 0 || index >= node.length) {
      throw new ScenarioPathError(path, `no organisation "${seg.select}" in the scenario`);
    }
    const copy = [...node];
    copy[index] = assign(node[index], segments, i + 1, value, path);
    return copy;
  }
  if (seg.key === '__proto__' || seg.key === 'constructor' || seg.key === 'prototype') {
    throw new ScenarioPathError(path, `key "${seg.key}" is not allowed`);
  }
  const base = node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : {};
  const next = segments[i + 1];
  const child = base[seg.key] ?? (next && 'select' in next ? [] : undefined);
  return { ...base, [seg.key]: assign(child, segments, i + 1, value, path) };
}
