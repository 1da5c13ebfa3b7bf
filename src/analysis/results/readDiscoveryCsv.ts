import { existsSync, readFileSync } from 'node:fs';
import { parseCsv } from '../../results/parseCsv.js';
import { listNames } from '../../errors/messages.js';
import { suggest } from '../../scenario/suggest.js';
import type { DiscoveryData } from '../discovery/discoveryData.js';
import type { FactorType } from '../discovery/primTable.js';
import { AnalysisError } from './AnalysisError.js';

const INTEGER = /^[+-]?\d+$/;

/**
 * Reads any CSV table (a header row, then one case per row) for scenario discovery: the
 * columns `factors` and the metric column or columns. A factor column of whole numbers only is
 * `integer`, of numbers `real`, anything else `categorical` (as pandas would read it). A
 * metric must be a number in every row. Every mistake throws `AnalysisError` naming the file,
 * the row (1 is the header) and column, what was expected and what was found.
 * Cost O(size of the file).
 *
 * @example
 * const data = readDiscoveryCsv('quakes.csv', ['lat', 'long', 'depth', 'stations'], 'mag');
 * data.types.depth; // 'integer'
 */
export function readDiscoveryCsv(file: string, factors: readonly string[], metric: string | readonly string[]): DiscoveryData {
  const metrics = typeof metric === 'string' ? [metric] : [...metric];
  if (!existsSync(file)) throw new AnalysisError(`table ${file} not found`);
  const [header, ...rows] = [...parseCsv(readFileSync(file, 'utf8'))].filter((row) => !(row.length === 1 && row[0] === ''));
  if (header === undefined || rows.length === 0) throw new AnalysisError(`${file}: expected a header row and at least one row of data; found ${rows.length === 0 && header ? 'only a header' : 'an empty file'}`);
  const column = (name: string, option: string) => {
    const at = header.indexOf(name);
    if (at < 0) {
      const close = suggest(name, header);
      throw new AnalysisError(
        `${file}: expected a column "${name}" (${option}); found ${close !== undefined ? `none; did you mean "${close}"?` : `columns ${listNames(header, 'and')}`}`,
      );
    }
    return at;
  };
  if (factors.length === 0) throw new AnalysisError('--factors: expected at least one column name; found none');
  const values: Record<string, Float64Array> = {};
  for (const name of metrics) {
    const m = column(name, '--metric');
    values[name] = Float64Array.from(rows, (row, i) => {
      const text = (row[m] ?? '').trim();
      const v = Number(text);
      if (text === '' || !Number.isFinite(v)) throw new AnalysisError(`${file}, row ${i + 2}, column "${name}": expected a number; found ${JSON.stringify(row[m] ?? '')}`);
      return v;
    });
  }
  const columns: Record<string, (number | string)[]> = {};
  const types: Record<string, FactorType> = {};
  for (const name of factors) {
    const at = column(name, '--factors');
    const texts = rows.map((row, i) => {
      const text = (row[at] ?? '').trim();
      if (text === '') throw new AnalysisError(`${file}, row ${i + 2}, column "${name}": expected a value; found an empty field`);
      return text;
    });
    const numeric = texts.every((t) => Number.isFinite(Number(t)));
    types[name] = !numeric ? 'categorical' : texts.every((t) => INTEGER.test(t)) ? 'integer' : 'real';
    columns[name] = numeric ? texts.map(Number) : texts;
  }
  return { source: file, factors: columns, types, metrics, values, cases: 'rows', runs: rows.length, failed: 0, missing: 0 };
}
