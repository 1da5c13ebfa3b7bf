import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkOutputFolder } from './checkOutputFolder.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** Options of `writeOutputFolder`. */
export interface OutputFolderOptions {
  /** Write into an existing non-empty folder, replacing files of the same names. */
  force?: boolean;
}

/**
 * Writes a set of result files into `dir`, safely:
 * - a new folder is first filled under a temporary name beside it and then renamed, so it
 *   appears complete or not at all;
 * - an existing non-empty folder is refused unless `force` is set; with `force`, each file is
 *   replaced atomically (`writeFileAtomic`) and other files in the folder are left alone;
 * - on failure, only the temporary files are removed: earlier results are never deleted.
 * Returns the paths written.
 *
 * @example
 * writeOutputFolder('out/run1', { 'summary.json': '{}' }); // ['out/run1/summary.json']
 */
export function writeOutputFolder(
  dir: string,
  files: Readonly<Record<string, string | Uint8Array>>,
  options: OutputFolderOptions = {},
): string[] {
  checkOutputFolder(dir, options.force ?? false);
  const names = Object.keys(files);
  if (existsSync(dir)) {
    for (const name of names) writeFileAtomic(join(dir, name), files[name]);
    return names.map((name) => join(dir, name));
  }
  mkdirSync(dirname(dir), { recursive: true });
  const staging = join(dirname(dir), `.${basename(dir)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(staging);
    for (const name of names) writeFileAtomic(join(staging, name), files[name]);
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return names.map((name) => join(dir, name));
}
