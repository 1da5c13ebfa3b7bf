import { cliMessages } from '../errors/messages.js';
import { UsageError } from '../errors/UsageError.js';

/**
 * Reads a list of weeks given on the command line as `52,104` (whole numbers from 1 to 5200,
 * sorted and without repeats); `undefined` passes through. Throws a `UsageError` naming the
 * option otherwise.
 *
 * @example
 * parseWeekListOption('--trust-snapshots', '104,52'); // [52, 104]
 */
export function parseWeekListOption(option: string, value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  const parts = String(value).split(',').map((p) => p.trim());
  const weeks = parts.map(Number);
  if (parts.some((p) => !/^\d+$/.test(p)) || weeks.some((w) => w < 1 || w > 5200)) throw new UsageError(cliMessages.badWeekList(option, value));
  return [...new Set(weeks)].sort((a, b) => a - b);
}
