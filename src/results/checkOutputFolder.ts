import { readdirSync, statSync } from 'node:fs';
import { cliMessages } from '../errors/messages.js';
import { UsageError } from '../errors/UsageError.js';

/**
 * Checks, before any work is done, that results may be written to `dir`: it does not exist
 * yet, or is an empty folder, or `force` is set. Throws a `UsageError` otherwise, so a long
 * run never ends by refusing to save.
 */
export function checkOutputFolder(dir: string, force: boolean): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (!isDirectory) throw new UsageError(cliMessages.notAFolder(dir));
  if (!force && readdirSync(dir).length > 0) throw new UsageError(cliMessages.folderNotEmpty(dir));
}
