import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords } from './csvRecords.js';

/** An analysis table `collabsim analyze` writes into `<results>/analysis/`: the name of its method (`summary`, `oat`, `sobol`, `morris`, ...). */
export type AnalysisTable = string;

/**
 * Reads `<results>/analysis/<table>.csv` as written by `collabsim analyze`, or returns
 * null when it is not there. Fields that are numbers become numbers, empty fields `NaN`,
 * and the rest (metric and factor names, categorical levels) stay text.
 *
 * @example
 * readAnalysisRows('results/oat', 'oat')?.[0]; // { metric: 'y', factor: 'x1', effect: 1, ... }
 */
export function readAnalysisRows(dir: string, table: AnalysisTable): Array<Record<string, number | string>> | null {
  const file = join(dir, 'analysis', `${table}.csv`);
  if (!existsSync(file)) return null;
  return csvRecords(readFileSync(file, 'utf8')).rows.map((record) => {
    const row: Record<string, number | string> = {};
    for (const [column, text] of Object.entries(record)) {
      if (column === 'metric' || column === 'factor') row[column] = text;
      else if (text.trim() === '') row[column] = NaN;
      else row[column] = Number.isFinite(Number(text)) ? Number(text) : text;
    }
    return row;
  });
}
