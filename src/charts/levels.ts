/**
 * The distinct values of a factor or grouping column, in reading order: numbers
 * ascending, then strings in code-point order (locale-independent, so deterministic).
 *
 * @example
 * sortedLevels([0.8, 'low', 0.2, 0.8]); // [0.2, 0.8, 'low']
 */
export function sortedLevels(values: Iterable<number | string>): Array<number | string> {
  const distinct = [...new Set(values)];
  const numbers = distinct.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  const strings = distinct.filter((v): v is string => typeof v === 'string').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...numbers, ...strings];
}

import { displayText } from './displayText.js';

/**
 * A level as text for axes and legends: numbers without floating-point noise
 * (up to 6 significant digits), strings through `displayText`.
 *
 * @example
 * levelLabel(0.30000000000000004); // '0.3'
 */
export function levelLabel(value: number | string): string {
  return typeof value === 'number' ? String(Number(value.toPrecision(6))) : displayText(value);
}
