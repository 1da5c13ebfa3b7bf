import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cliMessages } from '../errors/messages.js';
import { UsageError } from '../errors/UsageError.js';

/**
 * Checks, before any work is done, that results may be written to `dir`: it does not exist
 * yet, or is an empty folder, or `force` is set; throws a `UsageError` otherwise. Then it
 * writes one byte to a probe file in the folder (or, for a folder still to be made, in its
 * nearest existing parent) and removes it, so a read-only file system, a folder without
 * permission or a full disk is reported (as the system's error, with the folder's path)
 * before a long run, never after it.
 */
export function checkOutputFolder(dir: string, force: boolean): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    probeWrite(nearestFolder(dir), dir);
    return;
  }
  if (!isDirectory) throw new UsageError(cliMessages.notAFolder(dir));
  if (!force && readdirSync(dir).length > 0) throw new UsageError(cliMessages.folderNotEmpty(dir));
  probeWrite(dir, dir);
}

/** The nearest folder above `dir` that exists (where `dir` would be made). */
function nearestFolder(dir: string): string {
  for (let at = dirname(dir); ; at = dirname(at)) {
    try {
      if (statSync(at).isDirectory()) return at;
    } catch {
      // not there yet: look further up
    }
    if (dirname(at) === at) return at;
  }
}

/** Writes and removes a one-byte file in `folder`; an error is given `target`'s path. */
function probeWrite(folder: string, target: string): void {
  const probe = join(folder, `.collabsim-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const fd = openSync(probe, 'wx');
    try {
      writeSync(fd, '.');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    (error as NodeJS.ErrnoException).path = target;
    throw error;
  } finally {
    rmSync(probe, { force: true });
  }
}
