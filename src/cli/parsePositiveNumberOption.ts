import { cliMessages } from '../errors/messages.js';
import { UsageError } from '../errors/UsageError.js';

/**
 * Checks a positive, finite number given on the command line (an interval width, a
 * tolerance); `undefined` passes through. Throws a `UsageError` naming the option otherwise.
 *
 * @example
 * parsePositiveNumberOption('--width', 0.05); // 0.05
 */
export function parsePositiveNumberOption(option: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(cliMessages.badPositiveNumber(option, value));
  }
  return value;
}
