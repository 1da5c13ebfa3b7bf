import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DesignSpec, Factor } from '../../src/experiment/designs/types.js';
import { checkDesignSize, estimateDesign } from '../../src/methods/checkDesignSize.js';
import { DESIGN_LIMITS } from '../../src/methods/designLimits.js';
import { generateDesign } from '../../src/methods/generateDesign.js';
import { cli } from '../cli/runCli.js';

const ranges = (k: number): Factor[] => Array.from({ length: k }, (_, i) => ({ kind: 'range', name: `x${i + 1}`, low: 0, high: 1 }));

describe('design size estimates (issue 15, item 8)', () => {
  it.each<[DesignSpec, Factor[]]>([
    [{ method: 'grid', levels: 4 }, [...ranges(2), { kind: 'values', name: 'region', values: ['north', 'south', 'east'] }]],
    [{ method: 'oat' }, [...ranges(3), { kind: 'values', name: 'region', values: ['north', 'south', 'east'] }]],
    [{ method: 'lhs', samples: 17 }, ranges(4)],
    [{ method: 'sobol', samples: 16 }, ranges(3)],
    [{ method: 'sobol', samples: 8, secondOrder: true }, ranges(5)],
    [{ method: 'morris', trajectories: 6, candidates: 12 }, ranges(4)],
    [{ method: 'list', points: [{ x1: 0.1 }, { x1: 0.5 }, { x1: 0.9 }] }, ranges(1)],
  ])('%o: the estimate equals the drawn design', (spec, factors) => {
    expect(estimateDesign(spec, factors)?.points).toBe(generateDesign(spec, factors, 3).points.length);
  });

  it('refuses a grid of 1e9 levels from its spec, before drawing a point', () => {
    const message = checkDesignSize({ method: 'grid', levels: 1e9 }, ranges(1));
    expect(message).toContain('the grid design would have 1,000,000,000 design points (1,000,000,000 levels)');
    expect(message).toContain(`more than the limit of ${DESIGN_LIMITS.maxPoints.toLocaleString('en-US')}; use fewer levels`);
    expect(message).toContain('shards split the runs, not the design');
    expect(() => generateDesign({ method: 'grid', levels: 1e9 }, ranges(1), 1)).toThrow('1,000,000,000 design points');
  });

  it('refuses a Sobol design of 2^30 samples and a Morris selection from 4000 candidates', () => {
    expect(checkDesignSize({ method: 'sobol', samples: 2 ** 30 }, ranges(14))).toContain(
      'the sobol design would have 17,179,869,184 design points (1,073,741,824 samples × (14 factors + 2))',
    );
    const morris = checkDesignSize({ method: 'morris', trajectories: 20, candidates: 4000 }, ranges(14));
    expect(morris).toContain('drawing the morris design would take about 25,200,840,000 steps');
    expect(morris).toContain('use fewer candidates');
    expect(checkDesignSize({ method: 'morris', trajectories: 20, candidates: 100 }, ranges(14))).toBeNull();
  });

  it('refuses more runs than can be numbered, with the points and replications', () => {
    expect(checkDesignSize({ method: 'lhs', samples: 1_000_000 }, ranges(2), 3000)).toContain(
      'the sweep would have 3,000,000,000 runs (1,000,000 design points × 3,000 replications)',
    );
  });
});

describe('collabsim sweep refuses oversized designs with exit 2 before generating them', () => {
  const root = mkdtempSync(join(tmpdir(), 'collabsim-size-'));
  const cases: Record<string, [string, string]> = {
    grid: ['model: ishigami\ndesign: { method: grid, levels: 1000000000 }\n', '1e+27 design points (1,000,000,000 × 1,000,000,000 × 1,000,000,000 levels)'],
    sobol: [`model: sobol-g\nconstants: { a: [${Array(14).fill(1).join(', ')}] }\ndesign: { method: sobol, samples: 1073741824 }\n`, '17,179,869,184 design points'],
    morris: [`model: sobol-g\nconstants: { a: [${Array(14).fill(1).join(', ')}] }\ndesign: { method: morris, trajectories: 20, candidates: 4000 }\n`, 'use fewer candidates'],
  };
  it.each(Object.entries(cases))('%s', async (name, [text, expected]) => {
    const file = join(root, `${name}.yaml`);
    writeFileSync(file, text);
    const { code, stderr } = await cli('sweep', file, '--out', join(root, name), '--workers', '0', '--quiet');
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}: design: `);
    expect(stderr).toContain(expected);
    expect(stderr).toContain('limit of');
    expect(existsSync(join(root, name))).toBe(false);
  });

  it('a scenario with 20,000 organisations is refused by validate and run, naming the limit', async () => {
    const file = join(root, 'huge.yaml');
    const organisations = Array.from({ length: 20_000 }, (_, i) => `  - { id: o${i}, domain: ${i % 2 ? 'security' : 'justice'} }`);
    writeFileSync(file, `organisations:\n${organisations.join('\n')}\n`);
    for (const command of [['validate', file], ['run', file, '--out', join(root, 'huge-run')]]) {
      const { code, stderr } = await cli(...command);
      expect(code).toBe(2);
      expect(stderr).toContain('organisations: expected at most 200 organisations, found 20000');
    }
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
  });
});
