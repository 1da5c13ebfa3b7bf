import { basename, resolve } from 'node:path';
import { cliMessages } from '../errors/messages.js';
import { UsageError } from '../errors/UsageError.js';

/**
 * The legend label of each folder: `--label` given once per folder, else the folders' names
 * (their paths where two names are the same).
 *
 * @example
 * overlayLabels(['results/a', 'results/b'], undefined); // ['a', 'b']
 */
export function overlayLabels(folders: readonly string[], labels: readonly string[] | undefined): string[] {
  if (labels !== undefined) {
    if (labels.length !== folders.length) throw new UsageError(cliMessages.labelCount(labels.length, folders.length));
    return [...labels];
  }
  const names = folders.map((f) => basename(resolve(f)));
  return names.map((name, i) => (names.indexOf(name) === names.lastIndexOf(name) ? name : folders[i]));
}
