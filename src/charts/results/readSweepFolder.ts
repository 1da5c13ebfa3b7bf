import { existsSync, readFileSync } from 'node:fs';
import type { FactorValue } from '../../experiment/designs/types.js';
import type { ExperimentRecord } from '../../experiment/experimentRecord.js';
import { resultsPaths } from '../../experiment/resultsPaths.js';
import type { RunRow } from '../chartInputs.js';
import { csvNumber, csvRecords } from './csvRecords.js';
import type { SweepFolder } from './ResultsFolder.js';
import { ResultsInputError } from './ResultsInputError.js';
import { resultsMessages } from './resultsMessages.js';

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
  const paths = resultsPaths(dir);
  if (existsSync(paths.shard)) throw new ResultsInputError(resultsMessages.shard(dir));
  if (existsSync(paths.partial) || !existsSync(paths.runsCsv)) throw new ResultsInputError(resultsMessages.unfinished(dir));
  let record: ExperimentRecord;
  try {
    record = JSON.parse(readFileSync(paths.experiment, 'utf8')) as ExperimentRecord;
  } catch (error) {
    throw new ResultsInputError(resultsMessages.unreadable(paths.experiment, (error as Error).message));
  }
  if (!record?.experiment?.factors || !record.design?.points) {
    throw new ResultsInputError(resultsMessages.unreadable(paths.experiment, 'expected the record of an experiment'));
  }
  const { columns, rows } = csvRecords(readFileSync(paths.runsCsv, 'utf8'));
  const { factors, metrics } = record.experiment;
  for (const column of ['run', 'point', 'replicate', 'seed', 'status', ...factors.map((f) => f.name), ...metrics]) {
    if (!columns.includes(column)) throw new ResultsInputError(resultsMessages.missingColumn(paths.runsCsv, column));
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
