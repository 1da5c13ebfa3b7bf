import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrustMatrix, WeeklyRow } from '../charts/chartInputs.js';
import { csvNumber, csvRecords } from './csvRecords.js';
import type { RunFolder } from './ResultsFolder.js';
import { ResultsFolderError } from './ResultsFolderError.js';
import { resultsMessages } from '../errors/messages.js';

/**
 * Reads a single run's folder (`collabsim run <scenario> --out DIR`): `summary.json`
 * (`{ scenario, seed, weeks, summary, trust }`) and the weekly rows from `weekly.csv` or
 * `weekly.json`. Missing values (empty CSV fields, JSON `null`) become `NaN`. Throws a
 * `ResultsFolderError` naming the file when one is missing or malformed.
 *
 * @example
 * const run = readRunFolder('results/run1');
 * run.weekly.length; // the weeks run
 */
export function readRunFolder(dir: string): RunFolder {
  const summaryFile = join(dir, 'summary.json');
  const data = readJson(summaryFile) as Partial<{ scenario: unknown; seed: unknown; weeks: unknown; summary: unknown; trust: unknown }>;
  if (typeof data !== 'object' || data === null || typeof data.summary !== 'object' || data.summary === null) {
    throw new ResultsFolderError(resultsMessages.unreadable(summaryFile, 'expected an object with a summary'));
  }
  const summary: Record<string, number> = {};
  for (const [name, value] of Object.entries(data.summary as Record<string, unknown>)) {
    summary[name] = typeof value === 'number' ? value : NaN;
  }
  return {
    kind: 'run',
    dir,
    scenario: typeof data.scenario === 'string' ? data.scenario : '',
    seed: typeof data.seed === 'number' ? data.seed : NaN,
    weeks: typeof data.weeks === 'number' ? data.weeks : NaN,
    summary,
    trust: isTrustMatrix(data.trust) ? data.trust : null,
    weekly: readWeekly(dir),
  };
}

function readWeekly(dir: string): WeeklyRow[] {
  const csv = join(dir, 'weekly.csv');
  const json = join(dir, 'weekly.json');
  if (existsSync(csv)) {
    const { columns, rows } = csvRecords(readFileSync(csv, 'utf8'));
    if (!columns.includes('week')) throw new ResultsFolderError(resultsMessages.missingColumn(csv, 'week'));
    return rows.map((record) => {
      const row: WeeklyRow = { week: csvNumber(record.week) };
      for (const c of columns) row[c] = csvNumber(record[c]);
      return row;
    });
  }
  if (existsSync(json)) {
    const data = readJson(json);
    if (!Array.isArray(data)) throw new ResultsFolderError(resultsMessages.unreadable(json, 'expected an array of weekly rows'));
    return data.map((record: Record<string, unknown>) => {
      const row: WeeklyRow = { week: Number(record.week) };
      for (const [c, value] of Object.entries(record)) row[c] = typeof value === 'number' ? value : NaN;
      return row;
    });
  }
  throw new ResultsFolderError(resultsMessages.unreadable(join(dir, 'weekly.csv'), 'neither weekly.csv nor weekly.json is there'));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new ResultsFolderError(resultsMessages.unreadable(file, detail));
  }
}

function isTrustMatrix(value: unknown): value is TrustMatrix {
  const t = value as Partial<TrustMatrix> | null;
  return (
    typeof t === 'object' &&
    t !== null &&
    Array.isArray(t.ids) &&
    Array.isArray(t.names) &&
    Array.isArray(t.matrix) &&
    t.matrix.every((row) => Array.isArray(row))
  );
}
