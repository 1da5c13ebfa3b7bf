import { describe, expect, it } from 'vitest';
import { formatSummaryTable } from '../../src/cli/formatSummaryTable.js';
import { toCsv } from '../../src/results/toCsv.js';
import { csvNumber, csvRecords } from '../../src/results/csvRecords.js';

describe('toCsv', () => {
  it('writes a header and rows in the first row’s column order, numbers in full precision', () => {
    expect(toCsv([{ week: 1, rate: 0.1 + 0.2 }, { week: 2, rate: 1e-7 }])).toBe('week,rate\n1,0.30000000000000004\n2,1e-7\n');
  });

  it('quotes strings that need it (RFC 4180)', () => {
    expect(toCsv([{ label: 'a,b', note: 'say "hi"' }])).toBe('label,note\n"a,b","say ""hi"""\n');
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });

  it('writes a missing value (NaN, ±Infinity) as an empty field, which csvNumber reads back as NaN', () => {
    const text = toCsv([{ week: 1, successRate: NaN, other: Infinity }]);
    expect(text).toBe('week,successRate,other\n1,,\n');
    const row = csvRecords(text).rows[0];
    expect(csvNumber(row.successRate)).toBeNaN();
    expect(csvNumber(row.week)).toBe(1);
  });
});

describe('formatSummaryTable', () => {
  it('prints a missing value as missing, not as 0', () => {
    expect(formatSummaryTable({ successRate: NaN }, [{ name: 'successRate', unit: 'share of mature cases' }])).toBe(
      ['metric         value  unit', 'successRate  missing  share of mature cases', ''].join('\n'),
    );
  });

  it('aligns metric, value and unit in catalogue order, unknown metrics last', () => {
    const table = formatSummaryTable({ extra: 2, successRate: 0.42137, casesArrived: 780 }, [
      { name: 'casesArrived', unit: 'cases' },
      { name: 'successRate', unit: 'share of ended cases' },
    ]);
    expect(table).toBe(
      ['metric        value  unit', 'casesArrived    780  cases', 'successRate   0.421  share of ended cases', 'extra             2', ''].join('\n'),
    );
  });
});
