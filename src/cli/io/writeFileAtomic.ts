import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * the data goes to a temporary file beside the target, which is then renamed over it (a
 * rename within one folder is atomic on POSIX file systems and on NTFS). On failure the
 * temporary file is removed and the target is untouched.
 *
 * @example
 * writeFileAtomic('out/summary.json', JSON.stringify(summary));
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
