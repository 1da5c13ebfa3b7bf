import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderImports, importProblems, LAYERS } from '../../scripts/checkImports.js';

const src = fileURLToPath(new URL('../../src', import.meta.url));

describe('the import graph of src/', () => {
  it('runs one way, cli -> workflows -> experiment -> methods -> charts / analysis -> results -> model -> scenario, without folder cycles', () => {
    expect(importProblems(src)).toEqual([]);
  });

  it('sees the imports it checks (the check is not vacuous)', () => {
    const edges = new Set(folderImports(src).map((i) => `${i.from} -> ${i.to}`));
    for (const edge of ['cli -> workflows', 'workflows -> analysis', 'workflows -> charts', 'experiment -> methods', 'methods -> analysis', 'experiment -> results', 'results -> errors']) {
      expect(edges).toContain(edge);
    }
    expect(Object.keys(LAYERS)).toContain('workflows');
  });
});
