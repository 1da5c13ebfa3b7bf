import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './runCli.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-plot-overlay-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (...parts: string[]) => join(root, ...parts);

interface Layer {
  mark: { type: string } | string;
  data?: { values: Array<Record<string, unknown>> };
}

beforeAll(async () => {
  writeFileSync(at('covenant.yaml'), ['extends: safety-house', 'name: covenant', 'events:', '  - { week: 6, label: covenant, set: { informationSharing: 0.9 } }'].join('\n'));
  expect((await cli('run', 'safety-house', '--weeks', '10', '--out', at('base'))).code).toBe(0);
  expect((await cli('run', at('covenant.yaml'), '--weeks', '10', '--out', at('cov'))).code).toBe(0);
});

describe('plot and report across results folders', () => {
  it('overlays two run folders with a line each, labelled, and marks the events', async () => {
    const out = at('both.vl.json');
    const result = await cli('plot', at('base'), at('cov'), '--chart', 'timeseries', '--metric', 'meanOrgTrust', '--label', 'baseline', '--label', 'with covenant', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const spec = JSON.parse(readFileSync(out, 'utf8'));
    const groups = new Set(spec.data.values.map((v: { group: string }) => v.group));
    expect([...groups]).toEqual(['baseline', 'with covenant']);
    const rules = spec.layer.filter((l: Layer) => typeof l.mark === 'object' && l.mark.type === 'rule');
    expect(rules).toHaveLength(1);
    expect(rules[0].data.values).toEqual([{ week: 6, event: 'covenant (with covenant)' }]);
    // default labels: the folder names
    const svg = at('both.svg');
    expect((await cli('plot', at('base'), at('cov'), '--chart', 'timeseries', '--out', svg)).code).toBe(0);
    expect(readFileSync(svg, 'utf8')).toContain('cov');
  });

  it('marks events on a single run\u2019s time series', async () => {
    const out = at('one.vl.json');
    expect((await cli('plot', at('cov'), '--chart', 'timeseries', '--metric', 'meanOrgTrust', '--out', out)).code).toBe(0);
    const spec = JSON.parse(readFileSync(out, 'utf8'));
    expect(spec.layer.find((l: Layer) => typeof l.mark === 'object' && l.mark.type === 'text').data.values).toEqual([{ week: 6, event: 'covenant' }]);
  });

  it('draws a line per variant when runs.csv has a variant column, and writes weekly.csv with --weekly-csv', async () => {
    writeFileSync(
      at('sweep.yaml'),
      ['scenario: safety-house', 'weeks: 8', 'replications: 2', 'design: { method: grid, levels: 2 }', 'factors: { sharedNarrative: [0, 1] }', 'metrics: [meanOrgTrust]', 'weekly: true'].join('\n'),
    );
    const swept = await cli('sweep', at('sweep.yaml'), '--out', at('sweep'), '--workers', '0', '--quiet', '--weekly-csv');
    expect(swept.code).toBe(0);
    const weekly = readFileSync(at('sweep', 'weekly.csv'), 'utf8').trimEnd().split('\n');
    expect(weekly[0]).toBe('run,point,replicate,week,meanOrgTrust');
    expect(weekly).toHaveLength(1 + 4 * 8);
    // a hand-made variant column, as a sweep of scenario variants writes it
    const lines = readFileSync(at('sweep', 'runs.csv'), 'utf8').trimEnd().split('\n');
    writeFileSync(at('sweep', 'runs.csv'), `${lines.map((l, i) => `${l},${i === 0 ? 'variant' : i % 2 ? 'baseline' : 'covenant'}`).join('\n')}\n`);
    unlinkSync(at('sweep', 'runs.parquet'));
    const out = at('variants.vl.json');
    const plotted = await cli('plot', at('sweep'), '--chart', 'timeseries', '--out', out);
    expect(plotted.stderr).toBe('');
    const spec = JSON.parse(readFileSync(out, 'utf8'));
    expect([...new Set(spec.data.values.map((v: { group: string }) => v.group))]).toEqual(['baseline', 'covenant']);
    // and overlaid with a run folder: folder label and variant
    const both = at('mixed.vl.json');
    expect((await cli('plot', at('sweep'), at('base'), '--chart', 'timeseries', '--metric', 'meanOrgTrust', '--out', both)).code).toBe(0);
    const mixed = JSON.parse(readFileSync(both, 'utf8'));
    expect([...new Set(mixed.data.values.map((v: { group: string }) => v.group))].sort()).toEqual(['base', 'sweep: baseline', 'sweep: covenant']);
  });

  it('writes a comparison report of several folders', async () => {
    const out = at('compare.html');
    const result = await cli('report', at('base'), at('cov'), '--out', out);
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Comparison of base, cov');
    expect(html).toContain('Results compared');
  });

  it.each([
    [['missing', 'base'], ['--chart', 'timeseries'], /results folder .*missing not found/],
    [['base', 'cov'], ['--chart', 'trust'], /several results folders overlay only time series: use --chart timeseries \(found --chart trust\)/],
    [['base', 'cov'], ['--chart', 'timeseries', '--label', 'one'], /--label: expected one label per results folder \(2\), found 1/],
    [['base', 'cov'], ['--chart', 'timeseries', '--metric', 'nope'], /base has no metric nope \(available: /],
  ])('refuses %j %j: exit 2, nothing written', async (folders, options, message) => {
    const out = at('refused.svg');
    const result = await cli('plot', ...folders.map((f) => at(f)), ...options, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a report of a missing folder and several folders without --out', async () => {
    const missing = await cli('report', at('base'), at('missing'), '--out', at('r.html'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/results folder .*missing not found/);
    expect(existsSync(at('r.html'))).toBe(false);
    const noOut = await cli('report', at('base'), at('cov'));
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('report of several results folders needs --out');
  });

  it('refuses --weekly-csv for an experiment without weekly rows, before running', async () => {
    writeFileSync(at('noweekly.yaml'), ['scenario: safety-house', 'weeks: 4', 'design: { method: grid, levels: 2 }', 'factors: { sharedNarrative: [0, 1] }'].join('\n'));
    const result = await cli('sweep', at('noweekly.yaml'), '--out', at('noweekly'), '--workers', '0', '--quiet', '--weekly-csv');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('keeps no weekly rows');
    expect(existsSync(at('noweekly'))).toBe(false);
  });
});
