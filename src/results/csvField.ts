/**
 * Formats one CSV field (RFC 4180). Numbers use JavaScript's shortest round-trip text
 * (`String(x)`), so reading the field back gives the same double and the same values always
 * give the same bytes; null and non-finite numbers give an empty field (a missing value in
 * pandas, R and DuckDB); booleans give `true` or `false` (read as logical by pandas, R and
 * DuckDB). Text is quoted when it holds a comma, quote, line break or
 * surrounding space, or is empty.
 *
 * @example
 * csvField(0.1); // "0.1"
 * csvField(null); // ""
 * csvField(false); // "false"
 * csvField('a, "b"'); // "\"a, \"\"b\"\"\""
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\r\n]|^\s|\s$|^$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
