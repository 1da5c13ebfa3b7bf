import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, readResultsFolder, renderHtmlReport } from '../../../src/index.js';
import { validateVegaLiteSchema } from '../../charts/validateVegaLiteSchema.js';
import { makeResults, RUN_REPORT_HEADINGS, type FixtureName } from '../../results/resultsFixture.js';

let fixture: Awaited<ReturnType<typeof makeResults>>;
beforeAll(async () => {
  fixture = await makeResults(['oat', 'sobol', 'morris', 'lhs', 'scenario', 'run']);
});
afterAll(() => fixture?.remove());

const report = async (name: FixtureName) => buildReport(await readResultsFolder(fixture.dir(name)));
const headings = async (name: FixtureName) => (await report(name)).sections.map((s) => s.heading);

describe('buildReport', () => {
  it('reports a grid scenario sweep: metadata, effects, weekly series, distributions, heat map, summary', async () => {
    const built = await report('scenario');
    expect(built.title).toBe('scenario: grid sweep of scenario safety-house');
    expect(built.metadata).toEqual({ seed: 5, version: expect.any(String), source: fixture.dir('scenario') });
    // which factor matters more depends on the model's noise in 26 weeks; the order follows it
    const [first, second] = built.sections[12].heading.replace('Success rate by ', '').split(' and ');
    expect([first, second].sort()).toEqual(['mutualTrust', 'staffStability']);
    expect(built.sections.map((s) => s.heading)).toEqual([
      'Experiment',
      'Factors',
      'Effects on success rate',
      'Effects on organisational trust',
      'Effects on signals shared',
      'Effects on open cases',
      'Weekly success rate',
      'Weekly organisational trust',
      'Weekly signals shared',
      'Weekly open cases',
      `Distribution of success rate by ${first}`,
      `Distribution of success rate by ${second}`,
      `Success rate by ${first} and ${second}`,
      'Summary',
    ]);
    const experiment = built.sections[0].table!.rows;
    expect(experiment).toContainEqual({ field: 'root seed', value: '5' });
    expect(experiment).toContainEqual({ field: 'design', value: 'grid: full factorial, 2 levels per range factor (4 points)' });
    expect(experiment).toContainEqual({ field: 'replications', value: '2 per design point' });
    expect(experiment.some((r) => r.field === 'collabsim version')).toBe(true);
    for (const section of built.sections) if (section.spec) expect(validateVegaLiteSchema(section.spec)).toEqual([]);
    expect(built.sections.at(-1)!.table!.rows).toHaveLength(4 * 4);
  });

  it("uses each design's method: oat effects and distributions, Sobol' and Morris tables, lhs summary only", async () => {
    expect(await headings('oat')).toEqual(['Experiment', 'Factors', 'Effects on y', 'Distribution of y by x3', 'Distribution of y by x2', 'Distribution of y by x1', 'Summary']);
    const sobol = await report('sobol');
    expect(sobol.sections.map((s) => s.heading)).toEqual(['Experiment', 'Factors', 'Effects on y', 'Summary']);
    expect(sobol.sections[2].table!.columns).toEqual(['rank', 'factor', 'S1', 'S1 95% low', 'S1 95% high', 'ST', 'ST 95% low', 'ST 95% high']);
    expect(sobol.sections[3].table!.columns).toEqual(['metric', 'n', 'mean', 'sd', '95% low', '95% high', 'median']);
    const morris = await report('morris');
    expect(morris.sections[2].table!.rows.map((r) => r.factor)).toEqual(['x3', 'x2', 'x1']);
    expect(await headings('lhs')).toEqual(['Experiment', 'Factors', 'Effects', 'Summary']);
  });

  it('reports a single run: summary table, weekly key metrics and the trust matrix', async () => {
    expect(await headings('run')).toEqual(RUN_REPORT_HEADINGS);
  });

  it('gives the same bytes twice, and escapes text from the experiment file', async () => {
    const first = renderHtmlReport(await report('oat'));
    expect(renderHtmlReport(await report('oat'))).toBe(first);
    expect(first).toContain('linear &lt;b&gt;model&lt;/b&gt; &amp; &quot;co&quot;');
    expect(first).not.toContain('<b>model</b>');
  });
});
