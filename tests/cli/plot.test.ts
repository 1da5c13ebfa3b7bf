import { Resvg } from '@resvg/resvg-js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countMarks } from '../charts/svgMarks.js';
import { makeResults } from '../results/resultsFixture.js';
import { cli } from './runCli.js';
import { validateVegaLiteSchema } from '../charts/validateVegaLiteSchema.js';

/**
 * `collabsim plot` end to end, in this process, on real results folders: sweeps of the
 * built-in models and of the safety-house preset, and a 52-week run of it.
 */
let fixture: Awaited<ReturnType<typeof makeResults>>;
beforeAll(async () => {
  fixture = await makeResults(['grid', 'sobol', 'morris', 'scenario', 'run']);
});
afterAll(() => fixture?.remove());

/** Decodes a PNG with resvg and counts its non-white pixels. */
function ink(png: Buffer): number {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 765) count++;
  return count;
}

const CASES = [
  ['grid', 'effects', 'rect'],
  ['grid', 'heatmap', 'rect'],
  ['grid', 'distribution', 'symbol'],
  ['sobol', 'sobol', 'rect'],
  ['morris', 'morris', 'symbol'],
  ['scenario', 'timeseries', 'line'],
  ['scenario', 'heatmap', 'rect'],
  ['run', 'timeseries', 'line'],
  ['run', 'trust', 'rect'],
] as const;

describe('collabsim plot', () => {
  it('writes a valid Vega-Lite spec of every chart a folder supports, to <results>/plots/<chart>.vl.json', async () => {
    for (const [folder, chart] of CASES) {
      const result = await cli('plot', fixture.dir(folder), '--chart', chart, '--format', 'vl.json', '--force');
      const file = join(fixture.dir(folder), 'plots', `${chart}.vl.json`);
      expect(result).toEqual({ code: 0, stdout: `wrote ${file}\n`, stderr: '' });
      expect(validateVegaLiteSchema(JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
    }
  });

  it('writes SVG with data marks and PNG that decodes', async () => {
    for (const [folder, chart, mark] of CASES) {
      const svg = join(fixture.root, `${folder}-${chart}.svg`);
      expect((await cli('plot', fixture.dir(folder), '--chart', chart, '--out', svg)).code).toBe(0);
      expect(countMarks(readFileSync(svg, 'utf8'), mark)).toBeGreaterThan(0);
    }
    const png = await cli('plot', fixture.dir('run'), '--chart', 'trust');
    const file = join(fixture.dir('run'), 'plots', 'trust.png');
    expect(png).toMatchObject({ code: 0, stdout: `wrote ${file}\n` });
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(ink(bytes)).toBeGreaterThan(10_000);
  });

  it('never overwrites without --force', async () => {
    const out = join(fixture.root, 'effects.vl.json');
    expect((await cli('plot', fixture.dir('grid'), '--chart', 'effects', '--out', out)).code).toBe(0);
    const before = statSync(out).mtimeMs;
    const again = await cli('plot', fixture.dir('grid'), '--chart', 'effects', '--out', out, '--metric', 'y');
    expect(again).toMatchObject({ code: 2, stderr: `${out} already exists; use --force to overwrite it\nrun "collabsim plot --help" for usage\n` });
    expect(statSync(out).mtimeMs).toBe(before);
    expect((await cli('plot', fixture.dir('grid'), '--chart', 'effects', '--out', out, '--force')).code).toBe(0);
  });

  it('exits 2 with a clear message for an unknown chart, a chart the design lacks, a missing metric or folder', async () => {
    const grid = fixture.dir('grid');
    const cases: Array<[string[], string]> = [
      [['--chart', 'pie'], '--chart: expected one of timeseries, effects, sobol, morris, heatmap, distribution, trust, trust-pairs, found "pie"'],
      [['--chart', 'sobol'], `the sobol chart needs a sobol design; ${grid} holds a grid sweep`],
      [['--chart', 'morris'], `the morris chart needs a morris design; ${grid} holds a grid sweep`],
      [['--chart', 'trust'], `the trust chart needs a single run's folder (collabsim run --out); ${grid} holds a sweep, which keeps no trust matrices`],
      [['--chart', 'timeseries'], `${grid} has no weekly rows; run the sweep with "weekly: true" in the experiment file to keep them`],
      [['--chart', 'effects', '--metric', 'successRate'], `${grid} has no metric successRate (available: y)`],
      [['--chart', 'heatmap', '--x', 'x1', '--y', 'manpower'], `${grid} has no factor manpower (factors: x1, x2, x3)`],
    ];
    for (const [args, message] of cases) {
      const result = await cli('plot', grid, ...args, '--out', join(fixture.root, 'never.svg'));
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`${message}\nrun "collabsim plot --help" for usage\n`);
    }
    const missing = await cli('plot', join(fixture.root, 'nope'), '--chart', 'effects');
    expect(missing).toMatchObject({ code: 2, stderr: `results folder ${join(fixture.root, 'nope')} not found\nrun "collabsim plot --help" for usage\n` });
    const run = await cli('plot', fixture.dir('run'), '--chart', 'heatmap', '--out', join(fixture.root, 'never.svg'));
    expect(run.stderr).toContain(`the heatmap chart needs a sweep's results folder; ${fixture.dir('run')} holds a single run`);
    expect(existsSync(join(fixture.root, 'never.svg'))).toBe(false);
  });
});
