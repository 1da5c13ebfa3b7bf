import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExperimentFile } from '../../src/index.js';
import { buildExperimentSchema, EXPERIMENT_SCHEMA_FILE, experimentSchemaText } from '../../scripts/generateExperimentSchema.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-experiment-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(root, name);
  writeFileSync(file, text);
  return file;
}

function problems(file: string): string[] {
  try {
    loadExperimentFile(file);
  } catch (error) {
    return (error as Error).message.split('\n');
  }
  throw new Error('expected problems');
}

describe('loadExperimentFile', () => {
  it('normalises a model experiment with every default', () => {
    const file = write('ish.yaml', 'model: ishigami\ndesign: { method: lhs, samples: 8 }\nfactors: { x1: [0, 1] }\n');
    const experiment = loadExperimentFile(file, { replications: 3 });
    expect(experiment).toMatchObject({
      name: 'ish',
      source: { kind: 'model', model: 'ishigami', constants: {} },
      weeks: null,
      seed: 1,
      replications: 3,
      commonRandomNumbers: true,
      factors: [{ kind: 'range', name: 'x1', low: 0, high: 1 }],
      fixed: { x2: 0, x3: 0 },
      metrics: ['y'],
      weeklyEvery: 0,
    });
  });

  it('loads the scenario, accepts short and full paths, and rounds whole-number fields', () => {
    const file = write(
      'sh.yaml',
      [
        'scenario: safety-house',
        'weeks: 52',
        'design: { method: grid, levels: 2 }',
        'factors:',
        '  staffStability: [0, 1]',
        '  "organisations[police].staff": [4, 12]',
        '  form: { values: [nao, shared] }',
        'metrics: [successRate, meanOrgTrust]',
        'weekly: 4',
      ].join('\n'),
    );
    const experiment = loadExperimentFile(file);
    expect(experiment.source.kind).toBe('scenario');
    expect(experiment.factors[1]).toEqual({ kind: 'range', name: 'organisations[police].staff', low: 4, high: 12, integer: true });
    expect(experiment).toMatchObject({ weeks: 52, weeklyEvery: 4, weeklyMetrics: ['successRate', 'meanOrgTrust'].filter((m) => experiment.weeklyMetrics.includes(m)) });
  });

  it('reports every problem as file: path: message, with suggestions', () => {
    const file = write(
      'bad.yaml',
      [
        'scenario: safety-house',
        'seed: -3',
        'design: { method: lhs, sample: 4 }',
        'factors: { staffStability: [0, 1, 2] }',
        'wekly: 4',
      ].join('\n'),
    );
    expect(problems(file)).toEqual([
      `${file}: seed: expected an integer from 0 to 4294967295, found -3`,
      `${file}: design.sample: unknown key; did you mean "samples"?`,
      `${file}: design: missing required key "samples" (a number)`,
      `${file}: factors.staffStability: expected a list of 2 to 2 items, found 3`,
      `${file}: wekly: unknown key; did you mean "weekly"?`,
    ]);
    const semantic = write(
      'semantic.yaml',
      [
        'scenario: safety-house',
        'design: { method: lhs, samples: 4 }',
        'factors:',
        '  staffStabilty: [0, 1]',
        '  "organisations[polise].staff": [4, 12]',
        '  "network.form": { values: [nao, bogus] }',
        '  manpower: [1, 0]',
        'metrics: [successRate, meanOrgTrst]',
      ].join('\n'),
    );
    expect(problems(semantic)).toEqual([
      `${semantic}: metrics[1]: unknown metric "meanOrgTrst"; did you mean "meanOrgTrust"?`,
      `${semantic}: factors.staffStabilty: unknown factor: not a precondition name or scenario path; did you mean "staffStability"?`,
      `${semantic}: factors["organisations[polise].staff"]: no organisation "polise" in the scenario`,
      `${semantic}: factors["network.form"]: value "bogus" does not fit the scenario: network.form: expected one of "nao", "lead" or "shared", found "bogus"`,
      `${semantic}: factors.manpower: expected low ≤ high, found low 1 and high 0`,
    ]);
    expect(problems(write('both.yaml', 'scenario: safety-house\nmodel: ishigami\ndesign: { method: lhs, samples: 4 }\n'))).toEqual([
      `${join(root, 'both.yaml')}: give either "scenario" or "model", not both`,
      `${join(root, 'both.yaml')}: missing required key "factors" (what the experiment varies)`,
    ]);
    expect(problems(write('model.yaml', 'model: ishigam\nweekly: true\ndesign: { method: sobol, samples: 6 }\n'))).toEqual([
      `${join(root, 'model.yaml')}: model: expected one of "ishigami", "sobol-g", "linear" or "normal-mean", found "ishigam"; did you mean "ishigami"?`,
      `${join(root, 'model.yaml')}: weekly: weekly rows exist for scenario experiments only`,
    ]);
    expect(problems(write('design.yaml', 'model: ishigami\ndesign: { method: sobol, samples: 6 }\n'))).toEqual([
      `${join(root, 'design.yaml')}: design: sobol design requires samples to be a power of two, got 6`,
    ]);
  });

  it('names the scenario field and the resolved paths of a missing scenario (issue 15, item 17)', () => {
    const file = write('missing-scenario.yaml', 'scenario: ./nowhere.yaml\nfactors: { staffStability: [0, 1] }\ndesign: { method: oat }\n');
    const [message, ...rest] = problems(file);
    expect(rest).toEqual([]);
    expect(message).toContain(`${file}: scenario: no scenario file "${join(root, 'nowhere.yaml')}" or "${join(process.cwd(), 'nowhere.yaml')}", and no preset named "./nowhere.yaml"`);
    expect(message).toContain('presets: "ad-hoc", ');
  });

  it('names an unknown or missing design method plainly and still reports the rest of the file (issue 15, item 14)', () => {
    const methods = '"grid", "oat", "lhs", "sobol", "morris" or "list"';
    const typo = write('sobl.yaml', 'model: linear\ndesign: { method: sobl }\nreplications: zero\n');
    expect(problems(typo)).toEqual([
      `${typo}: design.method: unknown design method "sobl"; expected one of ${methods}; did you mean "sobol"?`,
      `${typo}: replications: expected an integer from 1 to 1000000, found "zero"`,
    ]);
    const semantic = write('sobl-metric.yaml', 'model: linear\ndesign: { method: sobl }\nmetrics: [yy]\n');
    expect(problems(semantic)).toEqual([
      `${semantic}: design.method: unknown design method "sobl"; expected one of ${methods}; did you mean "sobol"?`,
      `${semantic}: metrics[0]: unknown metric "yy"; did you mean "y"?`,
    ]);
    const missing = write('no-design.yaml', 'model: linear\nfactors: { x9: [0, 1] }\n');
    expect(problems(missing)).toEqual([
      `${missing}: missing required key "design" (an object with method ${methods})`,
      `${missing}: factors.x9: linear has no factor "x9"; did you mean "x1"?`,
    ]);
    expect(problems(write('no-method.yaml', 'model: linear\ndesign: { samples: 4 }\n'))).toEqual([
      `${join(root, 'no-method.yaml')}: design: missing required key "method" (one of ${methods})`,
    ]);
    expect(problems(write('design-3.yaml', 'model: linear\ndesign: 3\n'))).toEqual([
      `${join(root, 'design-3.yaml')}: design: expected an object with method ${methods}, found 3`,
    ]);
  });

  it('has an up-to-date schema (npx tsx scripts/generateExperimentSchema.ts)', () => {
    expect(readFileSync(EXPERIMENT_SCHEMA_FILE, 'utf8')).toBe(experimentSchemaText(buildExperimentSchema()));
  });
});
