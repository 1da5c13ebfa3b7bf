import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readResults, runSweep, sweepUntilPrecise } from '../../src/index.js';
import { tempRoot } from '../analysis/results/fixtures.js';
import { moduleExperiment } from '../experiment/fixtures/moduleExperiment.js';

const root = tempRoot('precise');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = (dir: string) => ['experiment.json', 'runs.csv'].map((f) => readFileSync(join(dir, f), 'utf8'));

describe('sweepUntilPrecise', () => {
  // y = 2x + u, u ~ U(0, 1): every point's mean has sd ≈ 0.29 / √n
  const experiment = moduleExperiment('noisy', { method: 'lhs', samples: 3 }, { replications: 2 });

  it('doubles the replications until every interval is narrower than the width, keeping finished runs', async () => {
    const out = join(root, 'precise');
    const summary = await sweepUntilPrecise(experiment, { out, workers: 0, width: 0.5 });
    expect(summary.precise).toBe(true);
    expect(summary.widest).toBeLessThan(0.5);
    expect(summary.rounds.map((r) => r.replications)).toEqual(
      Array.from({ length: summary.rounds.length }, (_, i) => 2 * 2 ** i),
    );
    expect(summary.rounds.length).toBeGreaterThan(1);
    expect(summary.rounds.slice(0, -1).every((r) => r.widest >= 0.5)).toBe(true);
    expect(summary.sweep).toMatchObject({ ran: summary.replications * 3 / 2, resumed: summary.replications * 3 / 2 });
    // the folder is exactly what a plain sweep with the final count writes
    const direct = join(root, 'direct');
    await runSweep({ ...experiment, replications: summary.replications }, { out: direct, workers: 0 });
    expect(files(out)).toEqual(files(direct));
    expect((await readResults(out)).point.length).toBe(3 * summary.replications);
  });

  it('stops at maxReplications when the width is not reached', async () => {
    const summary = await sweepUntilPrecise(experiment, { out: join(root, 'capped'), workers: 0, width: 0.001, maxReplications: 6 });
    expect(summary).toMatchObject({ precise: false, replications: 6 });
    expect(summary.rounds.map((r) => r.replications)).toEqual([2, 4, 6]);
    expect(summary.widest).toBeGreaterThan(0.001);
  });
});
