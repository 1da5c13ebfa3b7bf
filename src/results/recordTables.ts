import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { resultsMessages } from '../errors/messages.js';
import { ResultsFolderError } from './ResultsFolderError.js';
import type { ResultsPaths } from './resultsPaths.js';
import { toJson } from './toJson.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** What `tables.json` holds: each Parquet table's file name → its size in bytes and SHA-256 (hex). */
export interface TablesRecord {
  bytes: Record<string, number>;
  sha256: Record<string, string>;
}

/**
 * Records the size and SHA-256 of each Parquet table a finished sweep wrote (`runs.parquet`, and
 * `weekly.parquet` when weekly rows are kept) in `tables.json`, so a table cut short or
 * replaced by another folder's is refused later (`checkTables`). The sizes are the same for
 * every way of running the sweep (the Parquet bytes are), so the file is too. Cost O(table
 * bytes): one read of each table (a hash at about 1 GB/s).
 *
 * @example
 * recordTables(paths, [paths.runsParquet]); // tables.json: { "bytes": { "runs.parquet": 18211 }, "sha256": { "runs.parquet": "9f2c…" } }
 */
export function recordTables(paths: ResultsPaths, files: readonly string[]): void {
  const record: TablesRecord = {
    bytes: Object.fromEntries(files.map((file) => [basename(file), statSync(file).size])),
    sha256: Object.fromEntries(files.map((file) => [basename(file), sha256(file)])),
  };
  writeFileAtomic(paths.tables, toJson(record));
}

/**
 * That each Parquet table recorded in `tables.json` is there with the size and SHA-256 the
 * sweep wrote (a table of another folder with as many rows has the same size, not the same hash).
 * A folder without `tables.json` (written before it existed) passes, and so does a table that
 * was removed (the readers then read `runs.csv`; merge names the missing weekly file). Throws a
 * `ResultsFolderError` naming the table ("incomplete or damaged"). Cost O(table bytes).
 *
 * @example
 * checkTables(resultsPaths('results/demo'));
 */
export function checkTables(paths: ResultsPaths): void {
  if (!existsSync(paths.tables)) return;
  let record: TablesRecord;
  try {
    record = JSON.parse(readFileSync(paths.tables, 'utf8')) as TablesRecord;
  } catch {
    throw new ResultsFolderError(resultsMessages.experimentTorn(paths.tables), { file: paths.tables });
  }
  for (const [name, bytes] of Object.entries(record.bytes ?? {})) {
    const file = join(paths.dir, name);
    // a removed table is not damage: the readers fall back to runs.csv, merge says which file is missing
    if (!existsSync(file)) continue;
    const size = statSync(file).size;
    if (size !== bytes) {
      const found = `it has ${size} bytes`;
      throw new ResultsFolderError(resultsMessages.tableDamaged(file, found, bytes), { file, expected: `${bytes} bytes`, found });
    }
    const hash = record.sha256?.[name];
    if (hash !== undefined && sha256(file) !== hash) {
      const found = 'its content differs from what was written';
      throw new ResultsFolderError(resultsMessages.tableDamaged(file, found, bytes), { file, expected: `SHA-256 ${hash}`, found });
    }
  }
}

/** The SHA-256 of a file, hex, read in 1 MiB pieces. */
function sha256(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
