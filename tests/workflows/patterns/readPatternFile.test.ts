import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScenarioInputError } from '../../../src/scenario/ScenarioInputError.js';
import { readPatternFile } from '../../../src/workflows/patterns/readPatternFile.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-patterns-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
}

/** The problems readPatternFile reports for `text`, as printed lines. */
function problems(text: string): string[] {
  const path = file('bad.yaml', text);
  try {
    readPatternFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioInputError);
    return (error as Error).message.split('\n').map((line) => line.replace(`${path}: `, ''));
  }
  throw new Error('expected problems');
}

const HEAD = 'scenario: safety-house\nreplications: 30\nseed: 1\npatterns:\n';

describe('readPatternFile', () => {
  it("reads the issue's example: two comparisons, each its own two-arm sweep with common random numbers", () => {
    const plan = readPatternFile(join('patterns', 'safety-house.yaml'));
    expect(plan.claims.map((c) => [c.pattern, c.metric, c.claim.expect, c.contrast])).toEqual([
      ['stable staff help', 'successRate', 'increase', 'staffStability 0.1 → 0.9'],
      ['no effect of x', 'successRate', 'equivalent', 'ruleClarity 0.4 → 0.6'],
    ]);
    expect(plan.sweeps).toHaveLength(2);
    const { experiment } = plan.sweeps[0];
    expect(experiment).toMatchObject({ seed: 1, replications: 30, commonRandomNumbers: true, design: { method: 'list', points: [{ staffStability: 0.1 }, { staffStability: 0.9 }] } });
    expect(plan.claims[1].claim.margin).toBe(0.02);
  });

  it('shares one sweep between claims on the same arms, and runs a pattern on each of the file\'s scenarios', () => {
    const plan = readPatternFile(
      file(
        'shared.yaml',
        'scenarios: [safety-house, { scenario: riec, replications: 4 }]\nreplications: 3\npatterns:\n' +
          '  - { name: a, factor: regie, from: 0.1, to: 0.9, metrics: [successRate, meanOrgTrust], expect: increase, knownGap: { riec: measured } }\n' +
          '  - { name: b, factor: regie, from: 0.1, to: 0.9, metric: signalsShared, expect: decrease, min: 1 }\n',
      ),
    );
    expect(plan.claims.map((c) => `${c.pattern}|${c.scenario}|${c.metric}|${c.knownGap}`)).toEqual([
      'a|safety-house|successRate|null',
      'a|safety-house|meanOrgTrust|null',
      'a|riec|successRate|measured',
      'a|riec|meanOrgTrust|measured',
      'b|safety-house|signalsShared|null',
      'b|riec|signalsShared|null',
    ]);
    expect(plan.sweeps.map((s) => s.experiment.replications)).toEqual([3, 4]);
    expect(plan.claims.map((c) => c.arms[0].sweep)).toEqual([0, 0, 1, 1, 0, 1]);
  });

  it('plans interactions (four arms), settings held fixed, ranges and orderings', () => {
    const plan = readPatternFile(
      file(
        'kinds.yaml',
        HEAD +
          '  - { name: i, factor: regie, from: 0.1, to: 0.9, by: { factor: downstreamCapacity, from: 0.05, to: 0.9 }, with: { form: shared }, metric: successRate, expect: increase }\n' +
          '  - { name: r, metric: successRate, expect: range, range: [0, 1] }\n' +
          '  - { name: o, metric: successRate, expect: ordered, order: descending, scenarios: [safety-house, riec] }\n' +
          '  - { name: v, factor: staffStability, values: [0.1, 0.5, 0.9], metric: successRate, expect: ordered }\n',
      ),
    );
    const points = (k: number) => (plan.sweeps[plan.claims[k].arms[0].sweep].experiment.design as { points: unknown[] }).points;
    expect(points(0)).toEqual([
      { form: 'shared', downstreamCapacity: 0.05, regie: 0.1 },
      { form: 'shared', downstreamCapacity: 0.05, regie: 0.9 },
      { form: 'shared', downstreamCapacity: 0.9, regie: 0.1 },
      { form: 'shared', downstreamCapacity: 0.9, regie: 0.9 },
    ]);
    expect(plan.claims[0].contrast).toBe('(regie 0.1 → 0.9) at downstreamCapacity 0.9 − at downstreamCapacity 0.05, with form shared');
    // a range without factor runs the scenario as it is: staffStability at its own value (0.6)
    expect(points(1)).toEqual([{ staffStability: 0.6 }]);
    expect(plan.claims[2]).toMatchObject({ scenario: 'safety-house > riec', claim: { shape: 'sequence', order: 'descending' } });
    expect(new Set(plan.claims[2].arms.map((a) => a.sweep)).size).toBe(2);
    expect(plan.claims[3].arms).toHaveLength(3);
  });

  it('reports every problem at once with file, path, expectation and what was found', () => {
    const found = problems(
      'scenario: safety-house\nreplications: 0\npatterns:\n' +
        '  - { name: a, factor: staffStabilty, from: 0.1, to: 0.9, metric: successRate, expect: increase }\n' +
        '  - { name: b, factor: ruleClarity, from: 1.4, to: 0.6, metric: sucessRate, expect: equivalent }\n' +
        '  - { name: c, factor: ruleClarity, from: 0.4, to: 0.6, metric: successRate, expect: increase, scenario: saftey-house }\n' +
        '  - { name: d, factor: regie, from: 0.1, to: 0.9, metric: successRate, expect: sideways, margn: 2 }\n',
    );
    expect(found).toEqual([
      'replications: expected an integer from 2 to 1000000, found 0',
      'patterns[0].factor: on safety-house: unknown factor: not a precondition name or scenario path; did you mean "staffStability"?',
      'patterns[1].metric: expected a summary metric (docs/metrics.md), found "sucessRate"; did you mean "successRate"?',
      'patterns[1]: an equivalent pattern needs "margin": the largest difference that counts as none, in the metric\'s units',
      'patterns[1].from: on safety-house: value 1.4 does not fit the scenario: preconditions.ruleClarity: expected a number from 0 to 1, found 1.4',
      'patterns[2].scenario: no scenario file or preset named "saftey-house"; did you mean "safety-house"?',
      'patterns[3].margn: unknown key; did you mean "margin"?',
      'patterns[3].expect: expected one of "increase", "decrease", "equivalent", "range" or "ordered", found "sideways"',
    ]);
  });

  it('refuses a file-level scenario that does not exist, missing keys and misplaced options', () => {
    expect(problems('scenario: nowhere\nreplications: 5\npatterns:\n  - { name: a, metric: successRate, expect: range, range: [0, 1] }\n')).toEqual([
      'scenario: no scenario file or preset named "nowhere"',
      'patterns[0]: no scenario: give "scenario" at the top of the file or in the pattern',
    ]);
    expect(problems('scenario: riec\npatterns: []\n')).toEqual(['missing required key "replications"', 'patterns: expected a list of at least one pattern, found []']);
    expect(problems(HEAD + '  - { name: a, factor: regie, from: 0.1, to: 0.9, metric: successRate, expect: increase, margin: 0.1, knownGap: { riec: x } }\n')).toEqual([
      'patterns[0].margin: only "equivalent" patterns take "margin"; this one expects increase',
      'patterns[0].knownGap.riec: expected one of the scenarios the pattern runs on ("safety-house"), found "riec"',
    ]);
    expect(problems(HEAD + '  - { name: a, factor: regie, from: 0.5, to: 0.5, metric: successRate, expect: increase }\n')).toEqual([
      'patterns[0].to: expected a value other than from (0.5), found the same',
    ]);
  });

  it('loads scenario files relative to the pattern file', () => {
    file('mine.yaml', 'extends: riec\nname: mine\n');
    const plan = readPatternFile(file('rel.yaml', 'scenario: mine.yaml\nreplications: 2\npatterns:\n  - { name: a, metric: successRate, expect: range, range: [0, 1] }\n'));
    expect(plan.claims[0].scenario).toBe('mine.yaml');
    expect(existsSync(join(root, 'mine.yaml'))).toBe(true);
  });
});
