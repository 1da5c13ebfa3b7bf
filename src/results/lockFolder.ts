import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resultsMessages } from '../errors/messages.js';
import { UserError } from '../errors/UserError.js';

/** Thrown when another live process holds a results folder. */
export class FolderLockedError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'FolderLockedError';
  }
}

/** A held lock; `release()` removes the lock file. */
export interface FolderLock {
  release(): void;
}

/**
 * Takes the lock file of a results folder, so two processes never write one folder at once.
 * The file holds `{ pid, host }` and appears at once, complete (written aside, then
 * hard-linked into place, which fails if the lock exists). A lock left by a process that is
 * gone (same host, pid not alive) is stale and taken over; a lock from another host is
 * respected, because its process cannot be checked from here.
 *
 * @example
 * const lock = lockFolder('results/demo/.lock', 'results/demo');
 * try { ... } finally { lock.release(); }
 */
export function lockFolder(file: string, dir: string): FolderLock {
  const me = { pid: process.pid, host: hostname() };
  const aside = `${file}.${me.pid}`;
  writeFileSync(aside, JSON.stringify(me) + '\n');
  try {
    return takeLock(file, dir, aside, me);
  } finally {
    rmSync(aside, { force: true });
  }
}

function takeLock(file: string, dir: string, aside: string, me: { pid: number; host: string }): FolderLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      linkSync(aside, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && holder.host === me.host && !isAlive(holder.pid)) {
        rmSync(file, { force: true });
        continue;
      }
      const who = holder ? `process ${holder.pid} on ${holder.host}` : 'another process';
      throw new FolderLockedError(resultsMessages.locked(dir, who, file));
    }
    let held = true;
    return {
      release() {
        if (!held) return;
        held = false;
        const holder = readHolder(file);
        if (holder && holder.pid === me.pid && holder.host === me.host) rmSync(file, { force: true });
      },
    };
  }
  throw new FolderLockedError(resultsMessages.lockRestarting(dir));
}

function readHolder(file: string): { pid: number; host: string } | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown; host?: unknown };
    return typeof value.pid === 'number' && typeof value.host === 'string'
      ? { pid: value.pid, host: value.host }
      : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
