import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { chartFromResults } from '../../../src/workflows/charts/chartFromResults.js';
import { CHART_KINDS } from '../../../src/workflows/charts/chartKinds.js';
import { readResultsFolder } from '../../../src/results/readResultsFolder.js';
import type { ResultsFolder } from '../../../src/results/ResultsFolder.js';
import { ResultsInputError } from '../../../src/workflows/charts/ResultsInputError.js';
import { sweepEffects } from '../../../src/workflows/charts/sweepEffects.js';
import { readSweepFolder } from '../../../src/results/readSweepFolder.js';
import { compileStrict } from '../../../src/charts/renderSvg.js';
import { validateVegaLiteSchema } from '../../charts/validateVegaLiteSchema.js';
import { makeResults, type FixtureName } from '../../results/resultsFixture.js';

let fixture: Awaited<ReturnType<typeof makeResults>>;
const folder = (name: FixtureName) => readResultsFolder(fixture.dir(name));
beforeAll(async () => {
  fixture = await makeResults(['grid', 'oat', 'sobol', 'morris', 'scenario', 'run']);
});
afterAll(() => fixture?.remove());

const values = (spec: TopLevelSpec) => (spec as { data: { values: Array<Record<string, unknown>> } }).data.values;
function valid(spec: TopLevelSpec): TopLevelSpec {
  expect(validateVegaLiteSchema(spec)).toEqual([]);
  expect(() => compileStrict(spec)).not.toThrow();
  return spec;
}
async function refusal(results: ResultsFolder, request: Parameters<typeof chartFromResults>[1]): Promise<string> {
  const error = await chartFromResults(results, request).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ResultsInputError);
  return (error as Error).message;
}

describe('chartFromResults', () => {
  it('gives the analytic one-at-a-time effects of the linear model (c = 1, −2, 3) from oat and grid sweeps', async () => {
    for (const name of ['oat', 'grid'] as const) {
      const effects = sweepEffects(await readSweepFolder(fixture.dir(name)), 'y')!;
      expect(effects.method).toBe('oat');
      const byFactor = Object.fromEntries(effects.rows.map((r) => [r.factor, r]));
      expect((byFactor.x1 as unknown as { effect: number }).effect).toBeCloseTo(1, 12);
      expect((byFactor.x2 as unknown as { effect: number }).effect).toBeCloseTo(-2, 12);
      expect((byFactor.x3 as unknown as { effect: number }).effect).toBeCloseTo(3, 12);
      const spec = valid(await chartFromResults(await folder(name), { chart: 'effects' }));
      expect(values(spec).map((v) => v.factor)).toEqual(['x3', 'x2', 'x1']);
    }
  });

  it("draws Sobol' indices of ishigami with x1 and x2 above x3 in S1, and Morris μ* of linear equal to |c|", async () => {
    const sobol = valid(await chartFromResults(await folder('sobol'), { chart: 'sobol' }));
    const s1 = Object.fromEntries(values(sobol).filter((v) => String(v.index).startsWith('first')).map((v) => [v.factor, v.value as number]));
    expect(s1.x3).toBeLessThan(s1.x1);
    expect(s1.x3).toBeLessThan(s1.x2);
    const morris = valid(await chartFromResults(await folder('morris'), { chart: 'morris' }));
    const muStar = Object.fromEntries(values(morris).map((v) => [v.factor, v.muStar as number]));
    expect(muStar).toEqual({ x1: expect.closeTo(1, 10), x2: expect.closeTo(2, 10), x3: expect.closeTo(3, 10) });
  });

  it('draws heat maps and distributions of a grid, the two most important factors by default', async () => {
    const heatmap = valid(await chartFromResults(await folder('grid'), { chart: 'heatmap' }));
    expect(heatmap).toMatchObject({ encoding: { x: { title: 'x3' }, y: { title: 'x2' } } });
    expect(values(heatmap)).toHaveLength(9);
    const chosen = valid(await chartFromResults(await folder('grid'), { chart: 'heatmap', x: 'x1', y: 'x3' }));
    expect(chosen).toMatchObject({ encoding: { x: { title: 'x1' }, y: { title: 'x3' } } });
    const distribution = valid(await chartFromResults(await folder('grid'), { chart: 'distribution', x: 'x2' }));
    expect(values(distribution)).toHaveLength(54);
    // oat: only the baseline runs and the runs that move the factor
    const oat = valid(await chartFromResults(await folder('oat'), { chart: 'distribution', x: 'x1' }));
    expect(values(oat)).toHaveLength(6);
  });

  it("draws a scenario sweep's weekly series per level of its most important factor, and a run's series and trust", async () => {
    const series = valid(await chartFromResults(await folder('scenario'), { chart: 'timeseries' }));
    expect(series).toMatchObject({ title: { text: 'Success rate per week' } });
    expect(new Set(values(series).map((v) => v.group)).size).toBe(2);
    // successRate is missing until a case is successAge (52) weeks old: the 60-week series has weeks 53-60
    expect(values(series).filter((v) => v.group === values(series)[0].group)).toHaveLength(60 - 52);
    const byPoint = valid(await chartFromResults(await folder('scenario'), { chart: 'timeseries', metric: 'casesOpen', by: 'point' }));
    expect(new Set(values(byPoint).map((v) => v.group)).size).toBe(4);
    const run = valid(await chartFromResults(await folder('run'), { chart: 'timeseries', metric: 'meanOrgTrust' }));
    expect(values(run)).toHaveLength(60);
    const trust = valid(await chartFromResults(await folder('run'), { chart: 'trust' }));
    expect(values(trust)).toHaveLength(100);
    expect((trust as { description: string }).description).toContain('seed 1');
  });

  it('refuses charts the folder cannot give, and unknown metrics and factors, saying why', async () => {
    const grid = await folder('grid');
    expect(await refusal(grid, { chart: 'sobol' })).toBe(`the sobol chart needs a sobol design; ${fixture.dir('grid')} holds a grid sweep`);
    expect(await refusal(await folder('sobol'), { chart: 'heatmap' })).toContain('the heatmap chart needs a grid or list design');
    expect(await refusal(grid, { chart: 'trust' })).toContain('needs a single run');
    expect(await refusal(grid, { chart: 'timeseries' })).toContain('has no weekly rows');
    expect(await refusal(grid, { chart: 'effects', metric: 'z' })).toBe(`${fixture.dir('grid')} has no metric z (available: y)`);
    expect(await refusal(grid, { chart: 'heatmap', x: 'x1', y: 'x9' })).toBe(`${fixture.dir('grid')} has no factor x9 (factors: x1, x2, x3)`);
    expect(await refusal(grid, { chart: 'heatmap', x: 'x1', y: 'x1' })).toContain('two different factors');
    expect(await refusal(await folder('run'), { chart: 'effects' })).toContain("the effects chart needs a sweep's results folder");
    expect(await refusal(await folder('run'), { chart: 'timeseries', metric: 'nope' })).toContain('has no metric nope');
  });

  it('knows every chart kind', () => {
    expect(CHART_KINDS).toEqual(['timeseries', 'effects', 'sobol', 'morris', 'heatmap', 'distribution', 'trust', 'trust-pairs']);
  });
});
