import { csvField } from './csvField.js';

/**
 * Rows as CSV text with a header: the one CSV table writer of collabsim (run folders'
 * `weekly.csv`, analysis and comparison tables; `finalizeResults` streams `runs.csv` field
 * by field with the same `csvField`). Columns are `columns`, or the first row's keys; every
 * field is written by `csvField`: numbers in shortest round-trip text, a missing value (null,
 * undefined, NaN or any non-finite number) as an empty field, which pandas, R and DuckDB read
 * as missing. Ends with a newline; no rows and no columns give ''. Same rows, same bytes.
 *
 * @example
 * toCsv([{ week: 1, successRate: 0.5 }]); // 'week,successRate\n1,0.5\n'
 * toCsv([{ week: 1, successRate: NaN }]); // 'week,successRate\n1,\n'
 * toCsv([], ['metric', 'n']); // 'metric,n\n'
 */
export function toCsv(rows: readonly object[], columns: readonly string[] = rows.length > 0 ? Object.keys(rows[0]) : []): string {
  if (columns.length === 0) return '';
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) {
    const record = row as Record<string, string | number | boolean | null | undefined>;
    lines.push(columns.map((c) => csvField(record[c])).join(','));
  }
  return `${lines.join('\n')}\n`;
}
