import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/charts/escapeHtml.js';
import { makeResults, RUN_REPORT_HEADINGS } from '../results/resultsFixture.js';
import { cli } from './runCli.js';

/**
 * `collabsim report` end to end, in this process, on a real grid sweep of the safety-house
 * preset with weekly rows, a Sobol' sweep of ishigami and a 52-week run of safety-house.
 */
let fixture: Awaited<ReturnType<typeof makeResults>>;
beforeAll(async () => {
  fixture = await makeResults(['sobol', 'scenario', 'run']);
});
afterAll(() => fixture?.remove());

const headings = (html: string) => [...html.matchAll(/<h2 id="section-\d+">([^<]*)<\/h2>/g)].map((m) => m[1]);

describe('collabsim report', () => {
  it("writes a sweep's report to <results>/report.html with every section, its metadata and charts", async () => {
    const dir = fixture.dir('scenario');
    const result = await cli('report', dir);
    expect(result).toEqual({ code: 0, stdout: `wrote ${join(dir, 'report.html')}\n`, stderr: '' });
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<h1>scenario: grid sweep of scenario safety-house</h1>');
    const found = headings(html);
    for (const heading of [
      'Experiment',
      'Factors',
      'Effects on success rate',
      'Effects on organisational trust',
      'Weekly success rate',
      'Weekly open cases',
      'Distribution of success rate by mutualTrust',
      'Distribution of success rate by staffStability',
      'Summary',
    ]) {
      expect(found).toContain(heading);
    }
    expect(found.some((h) => /^Success rate by (mutualTrust and staffStability|staffStability and mutualTrust)$/.test(h))).toBe(true);
    for (const text of ['root seed', 'collabsim version', 'grid: full factorial, 2 levels per range factor (4 points)', '2 per design point']) {
      expect(html).toContain(escapeHtml(text));
    }
    expect(html.match(/<figure class="chart"/g)).toHaveLength(11);
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T/); // no date: same folder, same bytes
  });

  it("uses collabsim analyze's tables when they are there", async () => {
    const dir = fixture.dir('sobol');
    expect((await cli('analyze', dir, '--bootstrap', '200', '--seed', '3')).code).toBe(0);
    expect((await cli('report', dir, '--out', join(fixture.root, 'sobol.html'))).code).toBe(0);
    const html = readFileSync(join(fixture.root, 'sobol.html'), 'utf8');
    expect(headings(html)).toEqual(['Experiment', 'Factors', 'Effects on y', 'Summary']);
    expect(html).toContain(`Estimates: ${escapeHtml(join(dir, 'analysis', 'sobol.csv'))}.`);
  });

  it("writes a single run's report: summary table, weekly key metrics and trust matrix", async () => {
    const out = join(fixture.root, 'run.html');
    expect(await cli('report', fixture.dir('run'), '--out', out)).toMatchObject({ code: 0, stdout: `wrote ${out}\n` });
    const html = readFileSync(out, 'utf8');
    expect(headings(html)).toEqual(RUN_REPORT_HEADINGS);
    expect(html).toContain('<td>successRate</td>');
  });

  it('never overwrites without --force, and exits 2 for a folder that is not results', async () => {
    const out = join(fixture.root, 'again.html');
    expect((await cli('report', fixture.dir('run'), '--out', out)).code).toBe(0);
    const before = statSync(out).mtimeMs;
    const again = await cli('report', fixture.dir('run'), '--out', out);
    expect(again).toMatchObject({ code: 2, stderr: `${out} already exists; use --force to overwrite it\nrun "collabsim report --help" for usage\n` });
    expect(statSync(out).mtimeMs).toBe(before);
    expect((await cli('report', fixture.dir('run'), '--out', out, '--force')).code).toBe(0);
    const bad = await cli('report', join(fixture.root, 'experiments'));
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('is not a results folder: expected experiment.json (from collabsim sweep) or summary.json (from collabsim run --out)');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
