/**
 * Rows as an aligned plain-text table for the terminal: a header of column names, text
 * left-aligned, numbers right-aligned with 4 significant digits (integers in full), NaN as
 * `–`. With more than `limit` rows the rest is summarised in one line, so a summary of
 * 300 000 design points stays readable (the CSV holds them all).
 *
 * @example
 * formatTable(['factor', 'effect'], [{ factor: 'x3', effect: 3 }, { factor: 'x2', effect: -2.00001 }]);
 * // 'factor  effect\nx3           3\nx2          -2\n'
 */
export function formatTable(columns: readonly string[], rows: readonly object[], limit = 40): string {
  const shown = rows.slice(0, limit).map((row) => {
    const record = row as Record<string, unknown>;
    return columns.map((c) => cell(record[c]));
  });
  const width = columns.map((c, i) => Math.max(c.length, ...shown.map((r) => r[i].text.length)));
  const line = (cells: { text: string; right: boolean }[]) =>
    cells
      .map((c, i) => (c.right ? c.text.padStart(width[i]) : c.text.padEnd(width[i])))
      .join('  ')
      .trimEnd();
  const header = columns.map((c, i) => ({ text: c, right: shown.some((r) => r[i].right) }));
  const lines = [line(header), ...shown.map(line)];
  if (rows.length > limit) lines.push(`… ${rows.length - limit} more rows`);
  return `${lines.join('\n')}\n`;
}

function cell(value: unknown): { text: string; right: boolean } {
  if (typeof value !== 'number') return { text: value === null || value === undefined ? '' : String(value), right: false };
  if (Number.isNaN(value)) return { text: '–', right: true };
  if (Number.isInteger(value) || !Number.isFinite(value)) return { text: String(value), right: true };
  return { text: String(Number(value.toPrecision(4))), right: true };
}
