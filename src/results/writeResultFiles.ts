import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cliMessages } from '../errors/messages.js';
import { UsageError } from '../errors/UsageError.js';
import { writeOutputFolder } from './writeOutputFolder.js';

/**
 * Checks, before any work is done, that files of these names may be written into `dir`: a
 * folder that may already hold other results (an `analysis/` folder collects one pair of
 * files per method). Throws a `UsageError` for the first one that exists, unless `force`.
 *
 * @example
 * checkResultFiles('results/demo/analysis', ['sobol.csv', 'sobol.json'], false);
 */
export function checkResultFiles(dir: string, names: readonly string[], force: boolean): void {
  if (force) return;
  for (const name of names) {
    const file = join(dir, name);
    if (existsSync(file)) throw new UsageError(cliMessages.fileExists(file));
  }
}

/**
 * Writes result files into `dir` beside whatever it holds, each atomically; a new folder
 * appears complete or not at all (`writeOutputFolder`). Existing files of the same names are
 * refused unless `force`. Returns the paths written.
 *
 * @example
 * writeResultFiles('results/demo/analysis', { 'oat.csv': csv, 'oat.json': json }, false);
 */
export function writeResultFiles(dir: string, files: Readonly<Record<string, string>>, force: boolean): string[] {
  checkResultFiles(dir, Object.keys(files), force);
  return writeOutputFolder(dir, files, { force: existsSync(dir) });
}
