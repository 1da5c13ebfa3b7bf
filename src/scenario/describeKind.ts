import { describeValue } from './describeValue.js';

/**
 * What kind of value a whole file holds, for the message that says it is not a scenario,
 * without quoting any of it: a file named by mistake (`extends: /etc/shadow`, a `.env`) parses
 * as YAML text, and its contents must never reach the terminal or a log.
 *
 * @example
 * describeKind('root:x:0:0'); // 'text'
 * describeKind([1, 2]); // 'a list'
 */
export function describeKind(value: unknown): string {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return describeValue(value);
}
