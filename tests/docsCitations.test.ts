import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** User documentation cites only what the repository holds (issue 15, item 17). */
describe('citations in the user documentation', () => {
  it('never cite the design brief, which is not in the repository', () => {
    const files = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const citing = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line }))
        .filter(({ text }) => /\bbrief\b|\bbrief's\b/i.test(text)),
    );
    expect(citing.map(({ file, line, text }) => `${file}:${line}: ${text}`)).toEqual([]);
  });
});
