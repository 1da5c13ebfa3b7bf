import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/results/csvField.js';
import { parseCsv } from '../../src/results/parseCsv.js';
import { readCsvRows } from '../../src/results/readCsvRows.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('csv', () => {
  it('formats numbers as shortest round-trip text and missing values as empty', () => {
    expect(csvField(0.1)).toBe('0.1');
    expect(csvField(1e-7)).toBe('1e-7');
    expect(csvField(-0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(NaN)).toBe('');
    expect(csvField(Infinity)).toBe('');
  });

  it('quotes text only when needed', () => {
    expect(csvField('nao')).toBe('nao');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('')).toBe('""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });

  it('reads back exactly what it writes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((row) => row.map(csvField).join(',') + '\n').join('');
        const back = [...parseCsv(text)];
        expect(back).toEqual(rows.map((row) => row.map((v) => (typeof v === 'number' ? String(Object.is(v, -0) ? 0 : v) : v))));
        back.forEach((row, i) =>
          row.forEach((field, j) => {
            const v = rows[i][j];
            if (typeof v === 'number') expect(Number(field)).toBe(Object.is(v, -0) ? 0 : v);
          }),
        );
      }),
    );
  });
});

describe('readCsvRows', () => {
  it('streams a file row by row exactly as parseCsv reads the whole text, line breaks inside quoted fields included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'collabsim-csv-'));
    try {
      const file = join(dir, 'rows.csv');
      fc.assert(
        fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom('a\nb', '"\n"', 'x\r\ny', ''), fc.double({ noNaN: true })), { minLength: 1, maxLength: 4 }), { maxLength: 6 }), (rows) => {
          const text = rows.map((row) => row.map(csvField).join(',') + '\n').join('');
          writeFileSync(file, text);
          const streamed: string[][] = [];
          readCsvRows(file, (fields) => streamed.push(fields));
          expect(streamed).toEqual([...parseCsv(text)]);
        }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
