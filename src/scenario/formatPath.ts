import { quote } from '../errors/messages.js';
import type { PathSegment } from './ScenarioProblem.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way a reader of the file would: keys joined by dots, list indices in
 * brackets, and keys that are not plain names quoted in brackets (safely, see `quote`).
 *
 * @example
 * formatPath(['organisations', 3, 'staff']); // 'organisations[3].staff'
 * formatPath(['events', 0, 'set', 'organisations[police].staff']); // 'events[0].set["organisations[police].staff"]'
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${quote(segment)}]`;
  }
  return out;
}
