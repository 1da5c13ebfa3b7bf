import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, linkSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** What a lock file holds: who holds it, and a token no other lock ever had. */
interface Holder {
  pid: number;
  host: string;
  token?: string;
}

/** A lock file found on disk: its holder, and what tells this file from any other lock file. */
interface FoundLock extends Holder {
  /** The token, or for a lock written before tokens, its pid, inode and change time. */
  identity: string;
}

/** Attempts before giving up on a lock that another process is taking over. */
const ATTEMPTS = 50;
/** Pause between those attempts, in milliseconds. */
const PAUSE_MS = 5;

/**
 * Takes the lock file of a results folder, so two processes never write one folder at once.
 * The file holds `{ pid, host, token }` and appears at once, complete (written aside, then
 * hard-linked into place, which fails if the lock exists). A lock left by a process that is
 * gone (same host, pid not alive) is stale and taken over; a lock from another host is
 * respected, because its process cannot be checked from here.
 *
 * The takeover is atomic: of several processes that find the same stale lock, exactly one
 * removes it. Each claims it by creating `<lock>.takeover-<token>` with `O_EXCL` (the token
 * is unique to that lock file), and the one that creates it checks that the lock still holds
 * that token before removing it; the others wait for the new lock and find it held. (A lock
 * written before tokens is told apart by its pid, inode and change time.) Without
 * the claim, a slow process could remove the lock a faster one had just taken, and both
 * would write the folder.
 *
 * @example
 * const lock = lockFolder('results/demo/.lock', 'results/demo');
 * try { ... } finally { lock.release(); }
 */
export function lockFolder(file: string, dir: string): FolderLock {
  const me: Holder = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
  const aside = `${file}.${me.pid}.${me.token}`;
  writeFileSync(aside, JSON.stringify(me) + '\n');
  try {
    return takeLock(file, dir, aside, me);
  } finally {
    rmSync(aside, { force: true });
  }
}

function takeLock(file: string, dir: string, aside: string, me: Holder): FolderLock {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      linkSync(aside, file);
      return heldLock(file, me);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder === undefined) continue; // released in the meantime
    if (!holder || holder.host !== me.host || isAlive(holder.pid)) {
      const who = holder ? `process ${holder.pid} on ${holder.host}` : 'another process';
      throw new FolderLockedError(resultsMessages.locked(dir, who, file));
    }
    if (!removeStale(file, holder)) pause(PAUSE_MS);
  }
  throw new FolderLockedError(resultsMessages.lockRestarting(dir));
}

/**
 * Removes the stale lock `holder` if this process wins the claim on it; returns whether it
 * did (false: another process is taking it over, or already has).
 */
function removeStale(file: string, holder: FoundLock): boolean {
  const claim = `${file}.takeover-${holder.identity}`;
  try {
    writeFileSync(claim, '', { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    // only the holder of the claim removes this lock, so if it is still there it stays until removed here
    const now = readHolder(file);
    if (!now || now.identity !== holder.identity) return false;
    rmSync(file, { force: true });
    return true;
  } finally {
    rmSync(claim, { force: true });
  }
}

function heldLock(file: string, me: Holder): FolderLock {
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      const holder = readHolder(file);
      if (holder && holder.token === me.token && holder.pid === me.pid) rmSync(file, { force: true });
    },
  };
}

/** The lock's holder; null when the file is not a lock; undefined when there is no file. */
function readHolder(file: string): FoundLock | null | undefined {
  let text: string;
  let stamp: string;
  try {
    const fd = openSync(file, 'r');
    try {
      const stat = fstatSync(fd, { bigint: true });
      stamp = `${stat.ino}-${stat.ctimeNs}`;
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return null;
  }
  try {
    const value = JSON.parse(text) as { pid?: unknown; host?: unknown; token?: unknown };
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    const token = typeof value.token === 'string' && /^[0-9a-f]{1,64}$/.test(value.token) ? value.token : undefined;
    return { pid: value.pid, host: value.host, token, identity: token ?? `${value.pid}-${stamp}` };
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

/** Waits `ms` milliseconds without returning to the event loop (the lock is taken synchronously). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
