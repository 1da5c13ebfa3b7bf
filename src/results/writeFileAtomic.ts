import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
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
    syncFolder(dirname(file));
  } catch (error) {
    rmSync(temporary, { force: true });
    // name the file the user asked for, not the temporary one
    if (error instanceof Error) (error as NodeJS.ErrnoException).path = file;
    throw error;
  }
}

/**
 * Flushes a folder's entries, so the rename itself survives a power cut (POSIX). Windows
 * cannot open a folder for this (EISDIR, EPERM) and does not need it.
 */
function syncFolder(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch (error) {
    if (['EISDIR', 'EPERM', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!['EINVAL', 'EPERM', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    closeSync(fd);
  }
}
