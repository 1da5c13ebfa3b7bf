import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readRunFolder } from './readRunFolder.js';
import { readSweepFolder } from './readSweepFolder.js';
import type { ResultsFolder } from './ResultsFolder.js';
import { ResultsInputError } from './ResultsInputError.js';
import { resultsMessages } from './resultsMessages.js';

/**
 * Reads a results folder of either kind: a sweep's (it has `experiment.json`, from
 * `collabsim sweep` or `collabsim merge`) or a single run's (it has `summary.json`, from
 * `collabsim run --out`). Throws a `ResultsInputError` for anything else.
 *
 * @example
 * const folder = readResultsFolder('results/trust');
 * folder.kind; // 'sweep'
 */
export function readResultsFolder(dir: string): ResultsFolder {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ResultsInputError(resultsMessages.notFound(dir));
  if (existsSync(join(dir, 'experiment.json'))) return readSweepFolder(dir);
  if (existsSync(join(dir, 'summary.json'))) return readRunFolder(dir);
  throw new ResultsInputError(resultsMessages.notAResultsFolder(dir));
}
