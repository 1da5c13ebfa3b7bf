import { cliMessages } from '../errors/messages.js';
import { UsageError } from '../errors/UsageError.js';

/**
 * Checks an integer option given on the command line; `undefined` passes through. Throws a
 * `UsageError` naming the option otherwise.
 *
 * @example
 * parseIntegerOption('--weeks', 52, 1, 5200); // 52
 */
export function parseIntegerOption(option: string, value: unknown, low: number, high: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < low || value > high) {
    throw new UsageError(cliMessages.badInteger(option, low, high, value));
  }
  return value;
}
