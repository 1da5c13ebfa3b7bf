import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { resultsMessages } from '../errors/messages.js';
import { ResultsFolderError } from './ResultsFolderError.js';

/**
 * Creates a results folder (and its parents) unless it exists. A file where the folder or
 * one of its parents should be is the user's mistake in `--out`, so it is refused with a
 * message naming that file (a `ResultsFolderError`, exit 2) rather than Node's `EEXIST` or
 * `ENOTDIR`.
 *
 * @example
 * makeResultsFolder('results/demo');
 */
export function makeResultsFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw error;
    const file = firstFileOnPath(dir);
    if (file === undefined) throw error;
    throw new ResultsFolderError(file === dir ? resultsMessages.outIsFile(dir) : resultsMessages.outUnderFile(dir, file), {
      path: dir,
      expected: 'a folder',
      found: 'a file',
    });
  }
}

/** The first path from `dir` upwards that exists and is not a folder (the one in the way). */
function firstFileOnPath(dir: string): string | undefined {
  const chain: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    chain.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const at of chain) {
    try {
      if (!statSync(at).isDirectory()) return at;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
