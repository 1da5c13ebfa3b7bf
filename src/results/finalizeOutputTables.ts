import { closeSync, existsSync, openSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { csvField } from './csvField.js';
import { parquetSource, sqlString, withDuckDB } from './duckdb.js';
import type { JournalIndex } from './JournalIndex.js';
import { JournalReader } from './JournalReader.js';
import { ORGANISATION_COLUMNS, TRUST_SNAPSHOT_COLUMNS } from './organisationTables.js';
import type { ResultColumn } from './resultColumns.js';
import type { ResultsPaths } from './resultsPaths.js';
import type { Shard } from './shard.js';
import { shardRuns } from './shard.js';
import type { SweepPlan } from './sweepPlan.js';
import { mergeParquet, writeParquet } from './writeParquet.js';
import { writeAll } from './writeAll.js';

const RUN: ResultColumn = { name: 'run', type: 'BIGINT' };

/** The extra tables a sweep's `output` may ask for: file stem, journal field, columns. */
const TABLES = [
  { stem: 'organisations', field: 'organisations', columns: [RUN, ...ORGANISATION_COLUMNS], order: ['run', 'week', 'organisation', 'domain'], wanted: (p: SweepPlan) => p.experiment.output?.perOrganisation === true },
  { stem: 'trust', field: 'trustSnapshots', columns: [RUN, ...TRUST_SNAPSHOT_COLUMNS], order: ['run', 'week', 'from', 'to'], wanted: (p: SweepPlan) => p.experiment.output?.trustSnapshots !== undefined },
] as const;

/**
 * Writes the extra output of a finished sweep (the experiment's `output`): `organisations.csv`
 * and `.parquet` (one row per run, week and organisation) and `trust.csv` and `.parquet` (the
 * trust matrix of every run at the snapshot weeks), sorted by run, and `weekly.csv` beside
 * `weekly.parquet` (`output.weeklyCsv`). From a sweep's journal, rows are read back one run at
 * a time (failed runs have none); from shards being merged (`shardDirs`), their Parquet files
 * are combined. Each file is written aside and renamed. Called by `finalizeResults` before the
 * journal is removed.
 *
 * @example
 * await finalizeOutputTables(paths, plan, index, shard);
 */
export async function finalizeOutputTables(
  paths: ResultsPaths,
  plan: SweepPlan,
  index: JournalIndex,
  shard: Shard,
  shardDirs?: readonly string[],
): Promise<void> {
  for (const table of TABLES) {
    if (!table.wanted(plan)) continue;
    const csv = join(paths.dir, `${table.stem}.csv`);
    const parquet = join(paths.dir, `${table.stem}.parquet`);
    if (shardDirs === undefined) {
      // the journal's rows go through Parquet, so the CSV reads the same as a merge of shards writes it
      const staged = join(paths.partial, `${table.stem}.csv`);
      writeFromJournal(staged, table.field, table.columns, plan, index, shard);
      await writeParquet(staged, parquet, [...table.columns]);
      await parquetToCsv(parquet, csv);
    } else {
      await mergeParquet(shardDirs.map((d) => join(d, `${table.stem}.parquet`)), parquet, [...table.columns], [...table.order]);
      await parquetToCsv(parquet, csv);
    }
  }
  if (plan.experiment.output?.weeklyCsv && existsSync(paths.weeklyParquet)) {
    await parquetToCsv(paths.weeklyParquet, join(dirname(paths.weeklyParquet), 'weekly.csv'));
  }
}

function writeFromJournal(
  file: string,
  field: 'organisations' | 'trustSnapshots',
  columns: readonly ResultColumn[],
  plan: SweepPlan,
  index: JournalIndex,
  shard: Shard,
): void {
  const out = openSync(file, 'w');
  const journal = new JournalReader(index);
  try {
    writeAll(out, columns.map((c) => csvField(c.name)).join(',') + '\n', file);
    for (const run of shardRuns(plan.total, shard)) {
      const rows = journal.entry(run)[field];
      if (!rows || rows.length === 0) continue;
      let text = '';
      // in the order a merge of shards gives (by week, then the text columns), whatever the observer's order
      for (const row of [...rows].sort(byWeekThenText)) text += `${run},${row.map(csvField).join(',')}\n`;
      writeAll(out, text, file);
    }
  } finally {
    journal.close();
    closeSync(out);
  }
}

/** Orders rows `[week, text, text?, ...]` by week, then by their leading text columns (code unit order, as DuckDB's). */
function byWeekThenText(a: readonly (number | string | null)[], b: readonly (number | string | null)[]): number {
  if (a[0] !== b[0]) return (a[0] as number) - (b[0] as number);
  for (let i = 1; i < a.length && typeof a[i] === 'string'; i++) {
    if (a[i] !== b[i]) return (a[i] as string) < (b[i] as string) ? -1 : 1;
  }
  return 0;
}

/** A Parquet table as CSV (header, empty fields for missing values), written aside and renamed. */
async function parquetToCsv(parquet: string, csv: string): Promise<void> {
  await withDuckDB(async (connection) => {
    await connection.run('SET preserve_insertion_order = true');
    await connection.run(`COPY (SELECT * FROM ${parquetSource(parquet)}) TO ${sqlString(`${csv}.tmp`)} (FORMAT csv, HEADER true, NULLSTR '')`);
  });
  renameSync(`${csv}.tmp`, csv);
}
