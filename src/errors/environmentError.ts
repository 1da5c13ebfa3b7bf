import { environmentMessages } from './messages.js';

/**
 * What the machine refused, by the system's error code: the disk is full, the file system is
 * read-only, permission is denied. Not a bug in collabsim and not a mistake in the command,
 * so the CLI exits 1 with one plain line instead of a stack trace.
 */
const ENVIRONMENT_CODES = {
  ENOSPC: 'no space is left on the disk',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'the disk reported an input/output error',
} as const;

/** The same conditions as DuckDB reports them (it gives the system's text, not the code). */
const DUCKDB_TEXTS: readonly [RegExp, keyof typeof ENVIRONMENT_CODES][] = [
  [/No space left on device/i, 'ENOSPC'],
  [/Disk quota exceeded/i, 'EDQUOT'],
  [/Read-only file system/i, 'EROFS'],
  [/Permission denied/i, 'EACCES'],
  [/Operation not permitted/i, 'EPERM'],
];

/**
 * The one place that tells an environment error from a bug: returns the plain message for an
 * error the machine caused (disk full, quota, read-only file system, permission, I/O error),
 * naming the file, or undefined for anything else. Node's file errors carry the code and the
 * path (writes through a file descriptor get it from `withPath`); DuckDB's carry the
 * system's text in the message, with the file it was writing.
 *
 * @example
 * describeEnvironmentError(Object.assign(new Error('x'), { code: 'ENOSPC', path: 'results/a/runs.csv' }));
 * // 'cannot write results/a/runs.csv: no space is left on the disk (ENOSPC); free some space, then run the command again ...'
 */
export function describeEnvironmentError(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path, syscall } = error as NodeJS.ErrnoException;
  if (code !== undefined && code in ENVIRONMENT_CODES) {
    const key = code as keyof typeof ENVIRONMENT_CODES;
    return environmentMessages.refused(verb(syscall), path, ENVIRONMENT_CODES[key], key);
  }
  const text = error.message;
  for (const [pattern, key] of DUCKDB_TEXTS) {
    if (pattern.test(text) && /^(IO|Permission) Error|Could not (write|open|create)|Cannot open file/i.test(text)) {
      return environmentMessages.refused('write', /"([^"]+)"/.exec(text)?.[1], ENVIRONMENT_CODES[key], key);
    }
  }
  return undefined;
}

/** Whether `error` is a write to a pipe whose reader has gone (`collabsim run ... | head`). */
export function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

/**
 * Gives a file-descriptor error (`writeSync`, `fsyncSync`, which say only `EIO` or `ENOSPC`)
 * the path of its file, so its message can name it; returns the same error.
 *
 * @example
 * try { writeSync(fd, text); } catch (error) { throw withPath(error, file); }
 */
export function withPath(error: unknown, file: string): unknown {
  if (error instanceof Error && (error as NodeJS.ErrnoException).path === undefined) {
    (error as NodeJS.ErrnoException).path = file;
  }
  return error;
}

function verb(syscall: string | undefined): string {
  if (syscall === undefined) return 'write';
  if (/^(read|scandir|stat|lstat|fstat|access)$/.test(syscall)) return 'read';
  return /^(open|mkdir|rename|unlink|rmdir|link|symlink|copyfile|rm)$/.test(syscall) ? 'create or change' : 'write';
}
