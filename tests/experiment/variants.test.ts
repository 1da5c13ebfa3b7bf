import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExperimentFile } from '../../src/experiment/loadExperimentFile.js';
import { ScenarioInputError } from '../../src/scenario/ScenarioInputError.js';
import { planSweep } from '../../src/workflows/planSweep.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-variants-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  writeFileSync(join(root, name), text);
  return join(root, name);
};
const problems = (file: string): string[] => {
  try {
    loadExperimentFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioInputError);
    return (error as Error).message.split('\n');
  }
  throw new Error('expected problems');
};
const covenant = 'covenant: { events: [{ week: 20, label: covenant, set: { informationSharing: 0.9 } }] }';

describe('experiment variants (issue 16, items 1, 3, 10)', () => {
  it('runs replications alone, once per variant, with the same seeds in every variant', () => {
    const file = write('alone.yaml', `scenario: safety-house\nweeks: 30\nreplications: 3\nvariants:\n  baseline: {}\n  ${covenant}\nreference: baseline\nmetrics: [successRate]\n`);
    const experiment = loadExperimentFile(file);
    expect(experiment.factors).toEqual([{ kind: 'values', name: 'variant', values: ['baseline', 'covenant'] }]);
    expect(experiment.design).toEqual({ method: 'list', points: [{}] });
    expect(experiment.reference).toBe('baseline');
    expect(experiment.variants?.[1].events).toEqual([{ week: 20, label: 'covenant', set: { informationSharing: 0.9 } }]);
    const plan = planSweep(experiment);
    expect(plan.total).toBe(6);
    expect(plan.design.points).toEqual([{ variant: 'baseline' }, { variant: 'covenant' }]);
    expect(plan.design.layout.variants).toEqual({ names: ['baseline', 'covenant'], reference: 'baseline', basePoints: 1 });
  });

  it('crosses variants with the design, variant-major, and keeps the seeds of a base point without common random numbers', () => {
    const file = write(
      'crossed.yaml',
      `scenario: safety-house\nweeks: 30\ncommonRandomNumbers: false\nreplications: 2\ndesign: { method: grid, levels: 2 }\nfactors: { staffStability: [0.2, 0.8] }\nvariants:\n  a: {}\n  b: { set: { roleClarity: 0.9 } }\n`,
    );
    const plan = planSweep(loadExperimentFile(file));
    expect(plan.design.points).toEqual([
      { variant: 'a', staffStability: 0.2 },
      { variant: 'a', staffStability: 0.8 },
      { variant: 'b', staffStability: 0.2 },
      { variant: 'b', staffStability: 0.8 },
    ]);
    const seeds = JSON.parse(plan.record).seeds.seeds as number[][];
    expect(seeds[2]).toEqual(seeds[0]);
    expect(seeds[3]).toEqual(seeds[1]);
    expect(seeds[1]).not.toEqual(seeds[0]);
    expect(plan.context.basePoints).toBe(2);
  });

  it('starts a variant from another scenario file, relative to the experiment, and stores its content', () => {
    write('other.yaml', 'extends: safety-house\nname: other\nevents: [{ week: 10, label: shock, set: { turnoverShock: 0.3 } }]\n');
    const file = write('file-variant.yaml', 'scenario: safety-house\nweeks: 30\nvariants:\n  base: {}\n  other: { scenario: ./other.yaml, removeEvents: [shock], set: { caseRate: 3 } }\n');
    const [base, other] = loadExperimentFile(file).variants!;
    expect(base).toMatchObject({ scenario: null, content: null, events: [] });
    expect(other).toMatchObject({ scenario: './other.yaml', removeEvents: ['shock'], set: { 'phenomena.caseRate': 3 }, events: [] });
    expect(other.content?.name).toBe('other');
  });

  it('takes event levers by label and applies them only in variants that have the event', () => {
    const file = write(
      'lever.yaml',
      `scenario: safety-house\nweeks: 30\ndesign: { method: grid, levels: 2 }\nfactors: { "events[covenant].week": [5, 25] }\nvariants:\n  baseline: {}\n  ${covenant}\n`,
    );
    const experiment = loadExperimentFile(file);
    expect(experiment.factors[1]).toEqual({ kind: 'range', name: 'events[covenant].week', low: 5, high: 25, integer: true });
  });

  it('refuses an unknown event label, an unknown reference, a bad patch value, a bad set path and an unknown removed event', () => {
    const lever = write('bad-lever.yaml', `scenario: safety-house\ndesign: { method: grid, levels: 2 }\nfactors: { "events[covenat].week": [5, 25] }\nvariants:\n  ${covenant}\n`);
    expect(problems(lever)).toEqual([
      `${lever}: factors["events[covenat].week"]: no event labelled "covenat"; did you mean "covenant"? (labels: "covenant") (in variant "covenant")`,
    ]);
    const bad = write(
      'bad-variants.yaml',
      [
        'scenario: safety-house',
        'reference: basline',
        'variants:',
        '  baseline: {}',
        '  high: { set: { informationSharing: 1.5 } }',
        '  typo: { set: { informationSharng: 0.5 } }',
        '  gone: { removeEvents: [covenant] }',
        '  late: { events: [{ week: 9999, label: late, set: { urgency: 1 } }] }',
        '',
      ].join('\n'),
    );
    expect(problems(bad)).toEqual([
      `${bad}: variants.high: the variant's scenario: preconditions.informationSharing: expected a number from 0 to 1, found 1.5`,
      `${bad}: variants.typo.set.informationSharng: unknown path; it must start with a precondition name or one of weeks, network, preconditions, phenomena, parameters, organisations; did you mean "informationSharing"?`,
      `${bad}: variants.gone.removeEvents[0]: no event labelled "covenant" (the scenario has no labelled events)`,
      `${bad}: variants.late: the variant's scenario: events[0].week: week 9999 is after the horizon of 260 weeks, so the event would never happen`,
      `${bad}: reference: unknown variant "basline"; did you mean "baseline"?; the variants are "baseline", "high", "typo", "gone" and "late"`,
    ]);
  });

  it('reserves the factor name variant and needs variants for a reference', () => {
    const file = write('reserved.yaml', 'scenario: safety-house\nreference: a\ndesign: { method: grid, levels: 2 }\nfactors: { staffStability: [0, 1] }\n');
    expect(problems(file)).toEqual([`${file}: reference: a reference needs "variants" to choose from`]);
    const named = write('named.yaml', 'scenario: safety-house\nvariants: { a: {} }\ndesign: { method: grid, levels: 2 }\nfactors: { variant: { values: [x, y] } }\n');
    expect(problems(named)).toEqual([`${named}: factors.variant: factor name "variant" is also a column of the results; rename it`]);
  });
});

describe('event conflicts (issue 16, item 5)', () => {
  const text = (extra: string) =>
    `scenario: safety-house\nweeks: 30\ndesign: { method: grid, levels: 2 }\nfactors: { informationSharing: [0.2, 0.8] }\nvariants:\n  baseline: {}\n  ${covenant}\n${extra}`;

  it('records events that set a swept path in the experiment', () => {
    const experiment = loadExperimentFile(write('conflict.yaml', text('')));
    expect(experiment.eventConflicts).toEqual([
      { factor: 'informationSharing', path: 'informationSharing', variant: 'covenant', event: 'covenant', week: 20 },
    ]);
    expect(JSON.parse(planSweep(experiment).record).experiment.eventConflicts).toHaveLength(1);
  });

  it('refuses them with onEventConflict: error or the override', () => {
    const file = write('strict.yaml', text('onEventConflict: error\n'));
    expect(problems(file)).toEqual([
      `${file}: factors.informationSharing: variant covenant: event "covenant" at week 20 sets informationSharing, which the factor informationSharing varies: from week 20 on the event's value holds (onEventConflict: error)`,
    ]);
    expect(() => loadExperimentFile(write('override.yaml', text('')), { onEventConflict: 'error' })).toThrow(ScenarioInputError);
  });

  it('leaves experiment.json of an experiment without variants or conflicts as it was', () => {
    const experiment = loadExperimentFile(write('plain.yaml', 'scenario: safety-house\ndesign: { method: grid, levels: 2 }\nfactors: { staffStability: [0, 1] }\n'));
    expect(Object.keys(experiment)).not.toContain('variants');
    expect(Object.keys(experiment)).not.toContain('eventConflicts');
  });
});
