import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrustPairRow } from '../charts/trustPairsChart.js';
import { resultsMessages } from '../errors/messages.js';
import { csvNumber, csvRecords } from './csvRecords.js';
import { ResultsFolderError } from './ResultsFolderError.js';

/**
 * Reads a run folder's trust-matrix snapshots (`trust.csv`, written by `collabsim run --out
 * DIR --trust-snapshots 52,104`): one row per week and ordered pair. Throws a
 * `ResultsFolderError` when the file is not there or lacks a column.
 *
 * @example
 * readTrustSnapshots('results/run1').filter((r) => r.week === 52);
 */
export function readTrustSnapshots(dir: string): TrustPairRow[] {
  const file = join(dir, 'trust.csv');
  if (!existsSync(file)) throw new ResultsFolderError(resultsMessages.noTrustSnapshots(dir), { file });
  const { columns, rows } = csvRecords(readFileSync(file, 'utf8'));
  for (const column of ['week', 'from', 'to', 'trust']) {
    if (!columns.includes(column)) throw new ResultsFolderError(resultsMessages.missingColumn(file, column), { file });
  }
  return rows.map((r) => ({ week: csvNumber(r.week), from: String(r.from), to: String(r.to), trust: csvNumber(r.trust) }));
}
