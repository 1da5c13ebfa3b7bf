import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readRunFolder } from './readRunFolder.js';
import { readSweepFolder } from './readSweepFolder.js';
import type { ResultsFolder } from './ResultsFolder.js';
import { ResultsFolderError } from './ResultsFolderError.js';
import { resultsMessages } from '../errors/messages.js';

/**
 * Reads a results folder of either kind: a sweep's (it has `experiment.json`, from
 * `collabsim sweep` or `collabsim merge`) or a single run's (it has `summary.json`, from
 * `collabsim run --out`). Throws a `ResultsFolderError` for anything else.
 *
 * @example
 * const folder = await readResultsFolder('results/trust');
 * folder.kind; // 'sweep'
 */
export async function readResultsFolder(dir: string): Promise<ResultsFolder> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ResultsFolderError(resultsMessages.notFound(dir), { path: dir });
  if (existsSync(join(dir, 'experiment.json'))) return await readSweepFolder(dir);
  if (existsSync(join(dir, 'summary.json'))) return readRunFolder(dir);
  throw new ResultsFolderError(resultsMessages.notAResultsFolder(dir), { path: dir });
}
