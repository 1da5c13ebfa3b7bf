import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliReference, END, START } from '../../scripts/cliReference.js';

describe('docs/cli.md', () => {
  it('holds the current --help of every command (run "npx tsx scripts/generateCliDoc.ts" when this fails)', async () => {
    const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    const generated = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END)).trim();
    expect(generated).toBe((await cliReference()).trim());
  });
});
