import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explore, PRECONDITION_NAMES, screeningExperiment } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'collabsim-explore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('explore', () => {
  it('builds a Morris screening of all fourteen preconditions over [0, 1]', () => {
    const e = screeningExperiment('safety-house', { trajectories: 3 });
    expect(e.design).toEqual({ method: 'morris', trajectories: 3, levels: 4, dummy: true });
    expect(e.commonRandomNumbers).toBe(false);
    expect(Object.keys(e.factors!)).toEqual(PRECONDITION_NAMES);
    for (const spec of Object.values(e.factors!)) expect(spec).toEqual([0, 1]);
  });

  it('runs the sweep, writes analysis and report, and ranks every precondition', async () => {
    const out = join(dir, 'small');
    const result = await explore('radicalisation-pga', { out, trajectories: 2, replications: 1, weeks: 104, workers: 0, bootstrap: 50 });
    expect(result.runs).toBe(2 * 16); // 14 preconditions and the dummy: 16 points a trajectory
    expect(result.failed).toBe(0);
    for (const file of ['runs.csv', 'runs.parquet', 'experiment.json', 'analysis/morris.csv', 'analysis/morris.json', 'report.html']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    const ranking = result.ranking.successRate;
    expect(ranking.map((r) => r.factor).sort()).toEqual([...PRECONDITION_NAMES].sort());
    expect(ranking.map((r) => r.rank)).toEqual(ranking.map((_, i) => i + 1));
    for (let i = 1; i < ranking.length; i++) expect(ranking[i - 1].muStar).toBeGreaterThanOrEqual(ranking[i].muStar);
    const header = readFileSync(join(out, 'analysis/morris.csv'), 'utf8').split('\n')[0];
    expect(header).toBe('metric,factor,mu,muStar,sigma,muStarLow,muStarHigh,distinguishable');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Morris');
  });
});
