import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { writeAll } from './writeAll.js';

/**
 * Writes a whole file or nothing, so readers see either the old content or the new, never
 * half of it, also after a crash or power loss: the data goes to a temporary file beside the
 * target (a name no other writer uses), is flushed to the disk (`fsync`), then renamed over
 * the target (a rename within one folder is atomic on POSIX file systems and on NTFS). On
 * failure the temporary file is removed and the target is untouched. The one atomic write
 * of collabsim: `experiment.json`, shard records, analysis tables, charts and reports.
 *
 * @example
 * writeFileAtomic('results/demo/experiment.json', text);
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeAll(fd, data, file);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    // name the file the user asked for, not the temporary one
    if (error instanceof Error) (error as NodeJS.ErrnoException).path = file;
    throw error;
  }
}
