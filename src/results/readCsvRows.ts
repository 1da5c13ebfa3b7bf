import { parseCsv } from './parseCsv.js';
import { readLines } from './readLines.js';

/**
 * Reads a CSV file row by row, calling `onRow(fields)` for each (the header first), without
 * holding the file in memory: lines are read in chunks (`readLines`), and a line whose quotes
 * are not yet balanced is joined with the next, because a quoted field may hold a line break
 * (RFC 4180). A last line without a newline is skipped, as in `readLines`. Memory O(longest
 * row), time O(file size).
 *
 * @example
 * readCsvRows('results/sweep/runs.csv', (fields) => console.log(fields[0]));
 */
export function readCsvRows(file: string, onRow: (fields: string[]) => void): void {
  let pending = '';
  let quotes = 0;
  readLines(file, (line) => {
    pending = pending === '' && quotes === 0 ? line : `${pending}\n${line}`;
    quotes += countQuotes(line);
    if (quotes % 2 === 1) return; // inside a quoted field: the row goes on on the next line
    const record = pending.endsWith('\r') ? pending.slice(0, -1) : pending;
    pending = '';
    quotes = 0;
    for (const fields of parseCsv(record)) onRow(fields);
    if (record === '') onRow(['']);
  });
}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
  return n;
}
