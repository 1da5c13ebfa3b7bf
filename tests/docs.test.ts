import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiReference, namesWithoutExample } from '../scripts/apiReference.js';

describe('docs/api.md', () => {
  it('lists the current public API (run "npx tsx scripts/generateApiDoc.ts" when this fails)', () => {
    const doc = readFileSync(new URL('../docs/api.md', import.meta.url), 'utf8');
    const mark = doc.indexOf('<!-- api list:');
    const listed = doc.slice(doc.indexOf('\n', mark) + 1).trim();
    expect(listed).toBe(apiReference().trim());
  });
});

describe('the main entry point', () => {
  it('stays small, and every name it exports is documented with an example', () => {
    const names = apiReference().split('\n').filter((line) => line.startsWith('| `'));
    expect(names.length).toBeLessThanOrEqual(80);
    expect(namesWithoutExample()).toEqual([]);
  });
});
