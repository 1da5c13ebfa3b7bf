/**
 * Rows of numbers (or strings) as CSV text with a header, columns in the order of the first
 * row's keys, numbers written in full precision (`String(n)`), strings quoted when they need
 * to be (RFC 4180). A missing value (NaN, any non-finite number, undefined) is an empty field,
 * as `csvField` writes it for sweeps, so pandas, R and DuckDB read it as missing and
 * `csvNumber` reads it back as NaN. Ends with a newline.
 *
 * @example
 * toCsv([{ week: 1, successRate: 0.5 }]); // 'week,successRate\n1,0.5\n'
 * toCsv([{ week: 1, successRate: NaN }]); // 'week,successRate\n1,\n'
 */
export function toCsv(rows: ReadonlyArray<Readonly<Record<string, number | string>>>): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]);
  const cell = (value: number | string | undefined): string => {
    if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
    const text = String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map(cell).join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return `${lines.join('\n')}\n`;
}
