import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';

/**
 * Writes a whole file or nothing: the text goes to `file.tmp`, is flushed to the disk, then
 * renamed over `file` (a rename within a folder is atomic on POSIX file systems).
 *
 * @example
 * writeFileAtomic('results/demo/experiment.json', text);
 */
export function writeFileAtomic(file: string, text: string): void {
  const aside = `${file}.tmp`;
  const fd = openSync(aside, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(aside, file);
}
