import { quote } from '../errors/messages.js';

/**
 * How a message names a value that was found in a file: strings quoted safely and shortened
 * (`quote`: at most 40 characters, control and bidi characters escaped),
 * numbers and booleans as written, lists and objects by kind.
 *
 * @example
 * describeValue('four'); // '"four"'
 * describeValue([1, 2]); // 'a list'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value, 40);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : describeNonFinite(value);
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null (an empty value)';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function describeNonFinite(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'infinity' : '-infinity';
}
