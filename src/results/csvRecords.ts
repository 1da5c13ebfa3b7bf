import { parseCsv } from './parseCsv.js';

/** A CSV file's header and its rows as records keyed by column name. */
export interface CsvRecords {
  columns: string[];
  rows: Array<Record<string, string>>;
}

/**
 * Reads CSV text with a header line into records (every field as text; an empty line at
 * the end is ignored). Cost O(length of text).
 *
 * @example
 * csvRecords('week,successRate\n1,0.5\n').rows; // [{ week: '1', successRate: '0.5' }]
 */
export function csvRecords(text: string): CsvRecords {
  const lines = parseCsv(text);
  const header = lines.next();
  if (header.done) return { columns: [], rows: [] };
  const columns = header.value;
  const rows: Array<Record<string, string>> = [];
  for (const fields of lines) {
    if (fields.length === 1 && fields[0] === '') continue;
    const row: Record<string, string> = {};
    columns.forEach((c, i) => (row[c] = fields[i] ?? ''));
    rows.push(row);
  }
  return { columns, rows };
}

/**
 * A CSV field as a number: the shortest round-trip text collabsim writes, or `NaN` for an
 * empty field (a missing value) or text that is not a number.
 *
 * @example
 * csvNumber('0.25'); // 0.25
 * csvNumber(''); // NaN
 */
export function csvNumber(field: string | undefined): number {
  return field === undefined || field.trim() === '' ? NaN : Number(field);
}
