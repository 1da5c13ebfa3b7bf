import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExperimentFile } from '../../src/experiment/loadExperimentFile.js';
import { SweepInterrupted } from '../../src/experiment/runPool.js';
import { parseCsv as parseCsvRows } from '../../src/results/parseCsv.js';
import { runSweep } from '../../src/workflows/runSweep.js';
import { cli } from './runCli.js';

/**
 * Issue 16 end to end: a sweep of two variants crossed with a lever on the covenant event's
 * week, run in this thread, on two workers, in two shards merged, and interrupted and
 * resumed (all byte-identical); its analysis and comparison of variants; replaying rows with
 * `run --replay`; `run --set`; conflicts; and bad input that exits 2 writing nothing.
 */
const root = mkdtempSync(join(tmpdir(), 'collabsim-variants-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);
const text = (name: string) => readFileSync(at(name), 'utf8');
const experiment = at('covenant-lever.yaml');
writeFileSync(
  experiment,
  [
    'scenario: safety-house',
    'weeks: 40',
    'seed: 3',
    'replications: 2',
    'design: { method: grid, levels: 2 }',
    'factors: { "events[covenant].week": [10, 30] }',
    'variants:',
    '  baseline: {}',
    '  covenant:',
    '    events: [{ week: 20, label: covenant, set: { informationSharing: 0.95 } }]',
    '  unstable: { set: { staffStability: 0.1 } }',
    'reference: baseline',
    'metrics: [casesResolved, meanOrgTrust, signalsShared]',
    '',
  ].join('\n'),
);
const parseCsv = (csv: string): string[][] => [...parseCsvRows(csv)];
const sweep = (...args: string[]) => cli('sweep', experiment, '--quiet', ...args);

describe('variants and event levers end to end (issue 16)', () => {
  it('gives the same bytes in this thread, on two workers, in merged shards and after a resume', async () => {
    expect((await sweep('--out', at('w0'), '--workers', '0')).code).toBe(0);
    const header = text('w0/runs.csv').split('\n')[0];
    expect(header).toBe('run,point,replicate,seed,status,variant,events[covenant].week,casesResolved,meanOrgTrust,signalsShared,error');
    const rows = parseCsv(text('w0/runs.csv'));
    expect(rows.length - 1).toBe(12);
    // common random numbers across variants: the same seed for the same point and replicate
    const seeds = rows.slice(1).map((r) => `${r[1]}:${r[2]}:${r[3]}`);
    expect(new Set(rows.slice(1).map((r) => `${Number(r[1]) % 2}:${r[2]}:${r[3]}`)).size).toBe(4);
    expect(seeds).toHaveLength(12);
    expect((await sweep('--out', at('w2'), '--workers', '2')).code).toBe(0);
    for (const i of [1, 2]) expect((await sweep('--out', at(`s${i}`), '--shard', `${i}/2`, '--workers', '0')).code).toBe(0);
    expect((await cli('merge', at('s1'), at('s2'), '--out', at('merged'))).code).toBe(0);
    const controller = new AbortController();
    await expect(
      runSweep(loadExperimentFile(experiment), {
        out: at('resumed'),
        workers: 0,
        signal: controller.signal,
        onProgress: (p) => p.done >= 5 && controller.abort(),
      }),
    ).rejects.toBeInstanceOf(SweepInterrupted);
    expect(existsSync(at('resumed/runs.csv'))).toBe(false);
    expect((await sweep('--out', at('resumed'), '--resume', '--workers', '2')).code).toBe(0);
    for (const folder of ['w2', 'merged', 'resumed']) {
      for (const file of ['runs.csv', 'experiment.json', 'runs.parquet']) {
        expect(readFileSync(at(`${folder}/${file}`)), `${folder}/${file}`).toEqual(readFileSync(at(`w0/${file}`)));
      }
    }
    // the baseline has no covenant event: the lever leaves its runs alone
    const baseline = rows.slice(1).filter((r) => r[5] === 'baseline');
    expect(baseline[0].slice(7)).toEqual(baseline[2].slice(7));
    // experiment.json holds each variant's events, for plots and the report
    const record = JSON.parse(text('w0/experiment.json'));
    expect(record.experiment.variants.map((v: { name: string; events: unknown[] }) => [v.name, v.events])).toEqual([
      ['baseline', []],
      ['covenant', [{ week: 20, label: 'covenant', set: { informationSharing: 0.95 } }]],
      ['unstable', []],
    ]);
    expect(record.design.layout.variants).toEqual({ names: ['baseline', 'covenant', 'unstable'], reference: 'baseline', basePoints: 2 });
  });

  it('replays any row exactly with run --replay, variant and event lever included', async () => {
    const rows = parseCsv(text('w0/runs.csv'));
    const header = rows[0];
    for (const n of [0, 7, 11]) {
      const out = at(`replay-${n}`);
      const replayed = await cli('run', '--replay', at('w0'), '--run', String(n), '--out', out);
      expect(replayed.code).toBe(0);
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).summary as Record<string, number | null>;
      for (const metric of ['casesResolved', 'meanOrgTrust', 'signalsShared']) {
        const field = rows[n + 1][header.indexOf(metric)];
        expect(summary[metric] === null ? '' : String(summary[metric]), `run ${n} ${metric}`).toBe(field);
      }
      expect(JSON.parse(readFileSync(join(out, 'replay.json'), 'utf8'))).toMatchObject({ run: n, seed: Number(rows[n + 1][3]) });
    }
    const scenario = JSON.parse(readFileSync(join(at('replay-7'), 'scenario.normalized.json'), 'utf8'));
    expect(scenario.events).toEqual([{ week: 30, label: 'covenant', set: { informationSharing: 0.95 } }]);
  });

  it('analyzes each variant and compares each with the reference, paired by seed', async () => {
    const analyzed = await cli('analyze', at('w0'), '--bootstrap', '0');
    expect(analyzed.code).toBe(0);
    expect(analyzed.stdout).toContain('variant − baseline (the reference): paired by point and replicate (same seeds)');
    const variants = parseCsv(readFileSync(join(at('w0'), 'analysis', 'variants.csv'), 'utf8'));
    expect(variants[0].slice(0, 4)).toEqual(['variant', 'reference', 'metric', 'n']);
    expect(variants.slice(1).map((r) => `${r[0]}-${r[1]}-${r[2]}`)).toEqual([
      'covenant-baseline-casesResolved',
      'covenant-baseline-meanOrgTrust',
      'covenant-baseline-signalsShared',
      'unstable-baseline-casesResolved',
      'unstable-baseline-meanOrgTrust',
      'unstable-baseline-signalsShared',
    ]);
    expect(variants.slice(1).every((r) => r[3] === '2')).toBe(true);
    const oat = parseCsv(readFileSync(join(at('w0'), 'analysis', 'oat.csv'), 'utf8'));
    expect(oat[0][0]).toBe('variant');
    const compared = await cli('compare', at('w0'), '--out', at('compared'));
    expect(compared.code).toBe(0);
    expect(readFileSync(join(at('compared'), 'variants.csv'), 'utf8')).toBe(readFileSync(join(at('w0'), 'analysis', 'variants.csv'), 'utf8'));
    const report = await cli('report', at('w0'));
    expect(report.code).toBe(0);
    expect(readFileSync(join(at('w0'), 'report.html'), 'utf8')).toContain('covenant at week 20');
  });

  it('warns of events that set a swept path before running, and refuses with --strict-events', async () => {
    const file = at('conflict.yaml');
    writeFileSync(file, readFileSync(experiment, 'utf8').replace('factors: { "events[covenant].week": [10, 30] }', 'factors: { informationSharing: [0.2, 0.8] }'));
    const warned = await cli('sweep', file, '--out', at('conflict'), '--workers', '0', '--quiet', '--replications', '1');
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(
      `warning: variant covenant: event "covenant" at week 20 sets informationSharing, which the factor informationSharing varies: from week 20 on the event's value holds`,
    );
    expect(JSON.parse(text('conflict/experiment.json')).experiment.eventConflicts).toHaveLength(1);
    const strict = await cli('sweep', file, '--out', at('strict'), '--strict-events');
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('(onEventConflict: error)');
    expect(existsSync(at('strict'))).toBe(false);
  });

  it('runs a scenario with --set and exits 2 writing nothing for bad input', async () => {
    const set = await cli('run', 'safety-house', '--weeks', '10', '--set', 'staffStability=0.2', '--set', 'organisations[police].staff=8', '--out', at('set'));
    expect(set.code).toBe(0);
    const scenario = JSON.parse(readFileSync(join(at('set'), 'scenario.normalized.json'), 'utf8'));
    expect(scenario.preconditions.staffStability).toBe(0.2);
    expect(scenario.organisations.find((o: { id: string }) => o.id === 'police').staff).toBe(8);
    const cases: [string[], string][] = [
      [['run', 'safety-house', '--set', 'staffStabilty=0.2', '--out', at('bad1')], '--set: staffStabilty: unknown path; it must start with a precondition name or one of weeks, network, preconditions, phenomena, parameters, organisations; did you mean "staffStability"?'],
      [['run', 'safety-house', '--set', 'staffStability=2', '--out', at('bad2')], 'the scenario with --set: preconditions.staffStability: expected a number from 0 to 1, found 2'],
      [['run', 'safety-house', '--set', 'staffStability', '--out', at('bad3')], '--set: expected path=value, such as staffStability=0.2, found "staffStability"'],
      [['run', '--replay', at('w0'), '--run', '12', '--out', at('bad4')], `--run: expected a run number from 0 to 11 (the runs of ${at('w0')}), found 12`],
    ];
    for (const [args, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const badLever = at('bad-lever.yaml');
    writeFileSync(badLever, readFileSync(experiment, 'utf8').replace('events[covenant].week', 'events[covenat].week'));
    const lever = await cli('sweep', badLever, '--out', at('bad5'));
    expect(lever.code).toBe(2);
    expect(lever.stderr).toContain('no event labelled "covenat"; did you mean "covenant"?');
    const badReference = at('bad-reference.yaml');
    writeFileSync(badReference, readFileSync(experiment, 'utf8').replace('reference: baseline', 'reference: basline'));
    const reference = await cli('sweep', badReference, '--out', at('bad6'));
    expect(reference.code).toBe(2);
    expect(reference.stderr).toContain('reference: unknown variant "basline"; did you mean "baseline"?');
    const badPatch = at('bad-patch.yaml');
    writeFileSync(badPatch, readFileSync(experiment, 'utf8').replace('staffStability: 0.1', 'staffStability: 1.1'));
    const patch = await cli('sweep', badPatch, '--out', at('bad7'));
    expect(patch.code).toBe(2);
    expect(patch.stderr).toContain("variants.unstable: the variant's scenario: preconditions.staffStability: expected a number from 0 to 1, found 1.1");
    for (const i of [1, 2, 3, 4, 5, 6, 7]) expect(existsSync(at(`bad${i}`))).toBe(false);
  });
});

describe('docs/examples/covenant.yaml (issue 16, items 10 and 11)', () => {
  const example = join(import.meta.dirname, '..', '..', 'docs', 'examples', 'covenant.yaml');

  it('is the covenant study: replications alone of two variants of top600', () => {
    const study = loadExperimentFile(example);
    expect(study).toMatchObject({ replications: 20, reference: 'baseline', metrics: ['successRate', 'sharingSuccessRate'] });
    expect(study.variants?.map((v) => v.name)).toEqual(['baseline', 'covenant']);
    expect(study.variants?.[1].events.at(-1)).toEqual({ week: 104, label: 'covenant', set: { informationSharing: 0.9 } });
  });

  it('runs end to end into results, an analysis of the covenant against the baseline and a report', async () => {
    // the example as written, with a shorter horizon and 3 replications so the test stays short
    const copy = at('covenant.yaml');
    writeFileSync(copy, `${readFileSync(example, 'utf8')}weeks: 130\n`);
    const swept = await cli('sweep', copy, '--out', at('covenant'), '--replications', '3', '--quiet');
    expect(swept.code).toBe(0);
    expect(parseCsv(text('covenant/runs.csv')).map((r) => r[5])).toEqual(['variant', 'baseline', 'baseline', 'baseline', 'covenant', 'covenant', 'covenant']);
    const analyzed = await cli('analyze', at('covenant'));
    expect(analyzed.code).toBe(0);
    expect(readdirSync(join(at('covenant'), 'analysis')).sort()).toEqual(['summary.csv', 'summary.json', 'variants.csv', 'variants.json']);
    expect((await cli('report', at('covenant'))).code).toBe(0);
    const html = readFileSync(join(at('covenant'), 'report.html'), 'utf8');
    expect(html).toContain('variant covenant');
    // the time series overlay both variants, with the covenant's week marked by a labelled rule
    const specs = [...html.matchAll(/<script type="application\/json"[^>]*>(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]) as TimeSpec);
    const series = specs.filter((s) => s.title?.text === 'Success rate per week');
    expect(series).toHaveLength(1);
    const layers = series[0].layer ?? [];
    expect([...new Set((series[0].data?.values ?? []).map((v) => v.group))]).toEqual(['baseline', 'covenant']);
    const rules = layers.filter((l) => typeof l.mark === 'object' && l.mark.type === 'rule');
    expect(rules.flatMap((l) => l.data?.values ?? [])).toContainEqual({ week: 104, event: 'covenant (covenant)' });
  });
});

/** The parts of a time-series chart's Vega-Lite spec the covenant test reads. */
interface TimeSpec {
  title?: { text?: string };
  data?: { values?: Record<string, unknown>[] };
  layer?: { mark?: string | { type: string }; data?: { values?: Record<string, unknown>[] } }[];
}
