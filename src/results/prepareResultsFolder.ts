import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { resultsMessages } from '../errors/messages.js';
import { lockFolder, type FolderLock } from './lockFolder.js';
import { makeResultsFolder } from './makeResultsFolder.js';
import { checkTables } from './recordTables.js';
import { checkRunsTable } from './checkRunsTable.js';
import { parseExperimentRecord, readExperimentText } from './readExperimentRecord.js';
import { ResultsFolderError } from './ResultsFolderError.js';
import type { ResultsPaths } from './resultsPaths.js';
import { formatShard, type Shard } from './shard.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** How to treat a folder that already holds something. */
export interface FolderMode {
  resume?: boolean;
  force?: boolean;
}

/** A locked results folder, ready for runs; `complete` when a resumed sweep had finished. */
export interface PreparedFolder {
  lock: FolderLock;
  complete: boolean;
  /** The failed runs of a complete folder's `runs.csv` (0 otherwise). */
  failed: number;
}

/**
 * Creates or reopens a results folder and locks it. A new (or empty) folder gets
 * `experiment.json` (and `shard.json` for a shard). An existing one is never overwritten
 * unless asked: `resume` continues it, after checking it holds the same experiment (same
 * `experiment.json` bytes, same shard), and a finished one is called complete only after its
 * `runs.csv` holds every row of the sweep (`checkRunsTable`; a damaged table is refused and
 * left as it is); `force` empties it first, but only if it is a collabsim results folder.
 *
 * @example
 * const { lock, complete } = prepareResultsFolder(paths, plan.record, shard, { resume: true });
 */
export function prepareResultsFolder(
  paths: ResultsPaths,
  record: string,
  shard: Shard,
  mode: FolderMode,
): PreparedFolder {
  makeResultsFolder(paths.dir);
  const lock = lockFolder(paths.lock, paths.dir);
  try {
    const entries = readdirSync(paths.dir).filter((name) => !name.startsWith('.lock'));
    const shardText = shard.count > 1 ? JSON.stringify({ shard: formatShard(shard) }) + '\n' : null;
    if (entries.length > 0) {
      const ours = existsSync(paths.experiment) || existsSync(paths.partial);
      if (mode.force) {
        if (!ours) {
          throw new ResultsFolderError(resultsMessages.notOursToReplace(paths.dir), { path: paths.dir });
        }
        for (const name of entries) rmSync(join(paths.dir, name), { recursive: true, force: true });
      } else if (mode.resume) {
        if (!ours) throw new ResultsFolderError(resultsMessages.notOursToResume(paths.dir), { path: paths.dir });
        checkSame(paths, record, shardText);
        const complete = !existsSync(paths.partial) && existsSync(paths.runsCsv);
        if (complete) {
          const { total } = parseExperimentRecord(record, paths.experiment).runs;
          const { failed } = checkRunsTable(paths.runsCsv, total, shard);
          checkTables(paths);
          return { lock, complete, failed };
        }
        mkdirSync(paths.partial, { recursive: true });
        return { lock, complete, failed: 0 };
      } else {
        throw new ResultsFolderError(resultsMessages.exists(paths.dir), { path: paths.dir });
      }
    }
    writeFileAtomic(paths.experiment, record);
    if (shardText) writeFileAtomic(paths.shard, shardText);
    mkdirSync(paths.partial, { recursive: true });
    return { lock, complete: false, failed: 0 };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function checkSame(paths: ResultsPaths, record: string, shardText: string | null): void {
  const existing = existsSync(paths.experiment) ? readExperimentText(paths.experiment) : null;
  if (existing !== record) {
    throw new ResultsFolderError(
      existing === null ? resultsMessages.noRecordToResume(paths.dir) : resultsMessages.differentExperiment(paths.dir),
      { path: paths.dir },
    );
  }
  const existingShard = readOrNull(paths.shard);
  if (existingShard !== shardText) {
    const found = describeShard(existingShard);
    const expected = describeShard(shardText);
    throw new ResultsFolderError(resultsMessages.differentShard(paths.dir, found, expected), { path: paths.dir, expected, found });
  }
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function describeShard(text: string | null): string {
  return text ? `shard ${(JSON.parse(text) as { shard: string }).shard}` : 'the whole sweep';
}
