import { copyFileSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../analysis/results/fixtures.js';
import { cli, sweepExperiments } from './runCli.js';

const root = tempRoot('discover-cli');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (...parts: string[]) => join(root, ...parts);

// y = x1 − 2 x2 + 3 x3 on [0, 1]³, 300 LHS points × 2 replications (deterministic model)
const EXPERIMENTS = {
  lhs: 'model: linear\nseed: 4\nreplications: 2\ndesign: { method: lhs, samples: 300 }\n',
  broken: 'model: linear\nseed: 4\ndesign: { method: lhs, samples: 20 }\n',
};

beforeAll(async () => {
  await sweepExperiments(root, EXPERIMENTS);
  // every run of "broken" failed: the CSV rewritten with status failed, no Parquet
  unlinkSync(at('broken', 'runs.parquet'));
  const lines = readFileSync(at('broken', 'runs.csv'), 'utf8').trimEnd().split('\n');
  const status = lines[0].split(',').indexOf('status');
  writeFileSync(
    at('broken', 'runs.csv'),
    [lines[0], ...lines.slice(1).map((l) => l.split(',').map((f, i) => (i === status ? 'failed' : f)).join(','))].join('\n') + '\n',
  );
  copyFileSync(new URL('../fixtures/discovery/quakes.csv', import.meta.url), at('quakes.csv'));
  writeFileSync(at('bad-condition.yaml'), 'all:\n  - { metric: y, below: 0 }\n  - { metric: y, below: low }\n');
});

const header = (file: string) => readFileSync(file, 'utf8').split('\n')[0];

describe('collabsim discover', () => {
  it('runs PRIM on a sweep end to end: prints the box in words and writes the documented files', async () => {
    const result = await cli('discover', at('lhs'), '--metric', 'y', '--below', '-0.5', '--resamples', '3', '--trees', '10');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`PRIM on ${at('lhs')}: 600 runs (replications as separate cases)`);
    expect(result.stdout).toMatch(/y below -0.5 where .*x2 ≥ [\d.]+.*: this box holds \d+% of those runs \(coverage\)/);
    const out = at('lhs', 'discovery');
    expect(header(join(out, 'trajectory.csv'))).toBe('box,n,k,coverage,density,mass,restricted');
    expect(header(join(out, 'box.csv'))).toBe('factor,low,high,qpLow,qpHigh');
    expect(readFileSync(join(out, 'box.csv'), 'utf8').split('\n').slice(1, 4).map((l) => l.split(',')[0])).toEqual(['x1', 'x2', 'x3']);
    const trajectory = JSON.parse(readFileSync(join(out, 'trajectory.json'), 'utf8'));
    expect(trajectory).toMatchObject({ cases: 'separate', runs: 600, n: 600, settings: { objective: 'lenient1', peelAlpha: 0.05 } });
    const box = JSON.parse(readFileSync(join(out, 'box.json'), 'utf8'));
    expect(box.box.index).toBe(trajectory.trajectory.length - 1);
    expect(box.stability).toHaveLength(3);
  });

  it("adds a 'Scenario discovery' section with a plain-words reading and three charts to the sweep's report", async () => {
    const result = await cli('report', at('lhs'));
    expect(result.code).toBe(0);
    const html = readFileSync(at('lhs', 'report.html'), 'utf8');
    expect(html).toMatch(/<h2 id="section-\d+">Scenario discovery<\/h2>/);
    expect(html).toMatch(/In plain words: y below -0.5 where [^<]*: this box holds \d+% of those runs/);
    expect(html).toContain('Scenario discovery: box ');
    expect(html).toContain('Trade-off: coverage against density');
    expect(html).toMatch(/Cases over x\d and x\d, box \d+/);
  });

  it('averages replications per design point with --average, and picks an earlier box with --box', async () => {
    const result = await cli('discover', at('lhs'), '--metric', 'y', '--below', '-0.5', '--average', '--box', '2', '--resamples', '0', '--trees', '0', '--out', at('avg'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('300 design points (mean over replications)');
    expect(result.stdout).toContain('box 2: coverage');
    expect(JSON.parse(readFileSync(at('avg', 'box.json'), 'utf8')).box.index).toBe(2);
  });

  it('takes any CSV table with --table and --factors, with EMA Workbench options', async () => {
    const result = await cli('discover', '--table', at('quakes.csv'), '--factors', 'lat,long,depth,stations', '--metric', 'mag', '--above', '5', '--objective', 'original', '--peel-alpha', '0.1', '--resamples', '0', '--trees', '0');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const rows = readFileSync(at('discovery', 'trajectory.csv'), 'utf8').trim().split('\n');
    expect(rows).toHaveLength(35); // header + the 34 boxes of EMA Workbench's trajectory
    expect(rows[34]).toMatch(/^33,51,50,/);
  });

  it('finds several boxes in sequence with --boxes and writes boxes.csv', async () => {
    const result = await cli('discover', at('lhs'), '--metric', 'y', '--below', '-0.5', '--boxes', '2', '--resamples', '0', '--trees', '0', '--out', at('covering'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('boxes in sequence (covering)');
    const rows = readFileSync(at('covering', 'boxes.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('box,n,k,coverage,density,mass,restricted,reading');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows[1]).toMatch(/^1,/);
  });

  it('combines conditions on several columns from a --condition file (any: either extreme)', async () => {
    writeFileSync(at('extremes.yaml'), 'any:\n  - { metric: mag, above: 5.5 }\n  - { metric: mag, below: 4.2 }\n');
    const result = await cli('discover', '--table', at('quakes.csv'), '--factors', 'lat,long,depth,stations', '--condition', at('extremes.yaml'), '--resamples', '0', '--trees', '0', '--out', at('extremes'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const mags = readFileSync(at('quakes.csv'), 'utf8').trim().split('\n').slice(1).map((l) => Number(l.split(',')[3]));
    const k = mags.filter((m) => m > 5.5 || m < 4.2).length;
    expect(result.stdout).toContain(`1000 rows, ${k} with mag above 5.5 or mag below 4.2`);
    expect(readFileSync(at('extremes', 'trajectory.csv'), 'utf8').split('\n')[1]).toBe(`0,1000,${k},1,${k / 1000},1,0`);
  });

  it('refuses to overwrite earlier files without --force', async () => {
    const again = await cli('discover', at('lhs'), '--metric', 'y', '--below', '-0.5', '--resamples', '0', '--trees', '0');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; use --force');
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown metric', ['discover', at('lhs'), '--metric', 'yy', '--below', '0'], /unknown metric "yy"; did you mean "y"\?/],
    ['a threshold selecting no case', ['discover', at('lhs'), '--metric', 'y', '--below', '-5'], /: y below -5 selects no case; y ranges from -?[\d.]+ to [\d.]+ over 600 cases; expected a threshold/],
    ['a threshold selecting every case', ['discover', at('lhs'), '--metric', 'y', '--above', '-5'], /: y above -5 selects every case \(600\)/],
    ['a folder with failed runs only', ['discover', at('broken'), '--metric', 'y', '--below', '0'], /broken\/runs.csv: expected successful runs to discover from; found 20 runs, all failed/],
    ['a missing table column', ['discover', '--table', at('quakes.csv'), '--factors', 'lat,depht', '--metric', 'mag', '--above', '5'], /quakes.csv: expected a column "depht" \(--factors\); found none; did you mean "depth"\?/],
    ['no condition', ['discover', at('lhs'), '--metric', 'y'], /say which cases are of interest: --below X or --above X/],
    ['a bad condition file', ['discover', at('lhs'), '--condition', at('bad-condition.yaml')], /bad-condition.yaml, all\[1\].below: expected a number; found "low"/],
    ['a bad --box', ['discover', at('lhs'), '--metric', 'y', '--below', '0', '--box', '999', '--out', at('x')], /--box: expected a trajectory entry from 0 to \d+/],
  ];
  for (const [what, args, message] of bad) {
    it(`exits 2 with a clear message for ${what}, without a stack trace`, async () => {
      const result = await cli(...args, ...(args.includes('--out') ? [] : ['--out', at(`bad-${what.replace(/\W+/g, '-')}`)]));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
