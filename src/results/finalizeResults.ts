import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { withPath } from '../errors/environmentError.js';
import { writeAll } from './writeAll.js';
import { finalizeOutputTables } from './finalizeOutputTables.js';
import { csvField } from './csvField.js';
import type { JournalIndex } from './JournalIndex.js';
import { JournalReader } from './JournalReader.js';
import type { SweepPlan } from './sweepPlan.js';
import { runColumns, weeklyColumns } from './resultColumns.js';
import type { ResultsPaths } from './resultsPaths.js';
import { runCoordinates } from './runCoordinates.js';
import { runSeed } from './runSeed.js';
import { seedPoint } from './variantLayout.js';
import { shardRuns, type Shard } from './shard.js';
import { mergeParquet, writeParquet } from './writeParquet.js';
import { recordTables } from './recordTables.js';

/** Where the weekly rows come from: the journal (a sweep) or shards' Parquet files (a merge). */
export type WeeklySource = { from: 'journal' } | { from: 'parquet'; files: string[] };

/**
 * Turns the journal of a finished sweep into the final tables: `runs.csv` sorted by run with
 * fixed number formatting, `runs.parquet` from it, and `weekly.parquet` when weekly rows are
 * kept; then removes the journal. Rows are read back one at a time through the journal
 * index (`JournalReader`), so memory does not grow with the sweep. Every file is written
 * aside and renamed, so a crash here leaves the journal intact and the next `--resume` simply
 * finishes again.
 *
 * @example
 * await finalizeResults(paths, plan, index, shard);
 */
export async function finalizeResults(
  paths: ResultsPaths,
  plan: SweepPlan,
  index: JournalIndex,
  shard: Shard,
  weekly: WeeklySource = { from: 'journal' },
): Promise<void> {
  const { experiment, design } = plan;
  const columns = runColumns(experiment);
  const weeklyRows = experiment.weeklyEvery > 0;
  const weeklyCsv = join(paths.partial, 'weekly.csv');
  const runsAside = `${paths.runsCsv}.tmp`;
  const runsOut = new BufferedFile(runsAside, paths.runsCsv);
  let weeklyOut: BufferedFile | null = null;
  let journal: JournalReader | null = null;
  try {
    weeklyOut = weeklyRows && weekly.from === 'journal' ? new BufferedFile(weeklyCsv, weeklyCsv) : null;
    journal = new JournalReader(index);
    runsOut.write(columns.map((c) => csvField(c.name)).join(',') + '\n');
    weeklyOut?.write(weeklyColumns(experiment).map((c) => csvField(c.name)).join(',') + '\n');
    for (const run of shardRuns(plan.total, shard)) {
      const entry = journal.entry(run);
      const { point, replicate } = runCoordinates(run, experiment.replications);
      const seed = runSeed(experiment.seed, seedPoint(design, point), replicate, experiment.commonRandomNumbers);
      const values = design.points[point];
      const fields: (string | number | null)[] = [run, point, replicate, seed, entry.status];
      for (const factor of experiment.factors) fields.push(values[factor.name]);
      for (const value of entry.metrics) fields.push(value);
      fields.push(entry.error ?? null);
      runsOut.write(fields.map(csvField).join(',') + '\n');
      if (weeklyOut && entry.weekly) {
        const lead = `${run},${point},${replicate},`;
        for (const row of entry.weekly) weeklyOut.write(lead + row.map(csvField).join(',') + '\n');
      }
    }
    runsOut.close();
    weeklyOut?.close();
  } catch (error) {
    // a full disk, say: nothing half-written stays; the journal is intact for --resume
    runsOut.abandon();
    weeklyOut?.abandon();
    throw error;
  } finally {
    journal?.close();
  }
  renameSync(runsAside, paths.runsCsv);
  await writeParquet(paths.runsCsv, paths.runsParquet, columns);
  if (weeklyRows) {
    const wcolumns = weeklyColumns(experiment);
    if (weekly.from === 'journal') await writeParquet(weeklyCsv, paths.weeklyParquet, wcolumns);
    else await mergeParquet(weekly.files, paths.weeklyParquet, wcolumns, ['run', 'week']);
  }
  recordTables(paths, weeklyRows ? [paths.runsParquet, paths.weeklyParquet] : [paths.runsParquet]);
  await finalizeOutputTables(paths, plan, index, shard, weekly.from === 'parquet' ? weekly.files.map((f) => dirname(f)) : undefined);
  rmSync(paths.partial, { recursive: true, force: true });
}

/**
 * Writes text to a file in 256 KiB pieces (every byte: `writeAll`), then fsyncs it on close.
 * Errors name `named` (the file the user knows, not the temporary one written aside).
 */
class BufferedFile {
  private readonly fd: number;
  private pending: string[] = [];
  private size = 0;
  private open = true;
  constructor(
    private readonly file: string,
    private readonly named: string,
  ) {
    try {
      this.fd = openSync(file, 'w');
    } catch (error) {
      throw withPath(error, named);
    }
  }
  write(text: string): void {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= 1 << 18) this.flush();
  }
  private flush(): void {
    if (this.size > 0) writeAll(this.fd, this.pending.join(''), this.named);
    this.pending = [];
    this.size = 0;
  }
  close(): void {
    try {
      this.flush();
      fsyncSync(this.fd);
    } catch (error) {
      throw withPath(error, this.named);
    } finally {
      this.open = false;
      closeSync(this.fd);
    }
  }
  /** Closes the file if still open and removes it. */
  abandon(): void {
    if (this.open) closeSync(this.fd);
    this.open = false;
    rmSync(this.file, { force: true });
  }
}
