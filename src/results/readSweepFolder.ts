import { existsSync, readFileSync } from 'node:fs';
import type { RunRow } from '../charts/chartInputs.js';
import { resultsMessages } from '../errors/messages.js';
import type { FactorValue } from '../experiment/designs/types.js';
import { checkFinishedSweep } from './checkFinishedSweep.js';
import { csvNumber, csvRecords } from './csvRecords.js';
import { readExperimentRecord } from './readExperimentRecord.js';
import type { SweepFolder } from './ResultsFolder.js';
import { ResultsFolderError } from './ResultsFolderError.js';

/**
 * Reads a finished sweep's results folder: `experiment.json` and `runs.csv`, turned into
 * flat run rows whose factor columns hold the design's values (numbers, or the listed
 * labels of a categorical factor) and whose metric columns hold numbers (`NaN` where a run
 * gave none). Refuses a folder whose sweep has not finished and a single shard, naming the
 * command that completes it. Cost O(size of runs.csv).
 *
 * @example
 * const sweep = readSweepFolder('results/trust');
 * sweep.record.design.method; // 'grid'
 */
export function readSweepFolder(dir: string): SweepFolder {
  const paths = checkFinishedSweep(dir);
  const record = readExperimentRecord(paths.experiment);
  const { columns, rows } = csvRecords(readFileSync(paths.runsCsv, 'utf8'));
  const { factors, metrics } = record.experiment;
  for (const column of ['run', 'point', 'replicate', 'seed', 'status', ...factors.map((f) => f.name), ...metrics]) {
    if (!columns.includes(column)) throw new ResultsFolderError(resultsMessages.missingColumn(paths.runsCsv, column), { file: paths.runsCsv, expected: column });
  }
  const errors = new Map<number, string>();
  const runs = rows.map((record): RunRow => {
    const row: RunRow = {
      run: csvNumber(record.run),
      point: csvNumber(record.point),
      replicate: csvNumber(record.replicate),
      seed: csvNumber(record.seed),
      status: record.status === 'ok' ? 'ok' : 'failed',
    };
    for (const factor of factors) {
      const text = record[factor.name];
      row[factor.name] = factor.kind === 'range' ? csvNumber(text) : levelOf(factor.values, text);
    }
    for (const metric of metrics) row[metric] = csvNumber(record[metric]);
    if (row.status === 'failed') errors.set(row.run, record.error ?? '');
    return row;
  });
  return { kind: 'sweep', dir, record, runs, errors, hasWeekly: existsSync(paths.weeklyParquet) };
}

/** The listed value whose text is `text` (so `0.5` stays a number in a mixed list). */
function levelOf(values: readonly FactorValue[], text: string): FactorValue {
  const found = values.find((v) => String(v) === text);
  return found ?? (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);
}
