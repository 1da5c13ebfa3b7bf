/**
 * Seeded golden trajectories of every preset: a handful of summary metrics and the week 26,
 * 52 and 104 values of a few weekly metrics, compared with `golden/<preset>.json`.
 *
 * The run is deterministic, so any difference means the model's behaviour changed. When that
 * is intended (a mechanism or constant changed), rewrite the files and review the diff:
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/model/golden.test.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { simulate } from '../../src/model/simulate.js';
import type { Scenario } from '../../src/scenario/types.js';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const SEED = 12345;
/** Relative tolerance: the run is deterministic; this only absorbs float formatting. */
const TOLERANCE = 1e-9;

const SUMMARY_METRICS = [
  'casesArrived', 'casesRecognised', 'casesResolved', 'casesEscalated', 'casesClosedWithoutEffect', 'casesMissed',
  'successRate', 'meanWeeksToRecognition', 'signalsShared', 'signalsRefused', 'meanOrgTrust', 'finalOrgTrust',
  'meanTieStrength', 'commitmentAcceptance', 'meanPerspectiveTaking', 'vacancyRate', 'departures', 'networkHoursUsed',
];
const WEEKLY_METRICS = ['casesOpen', 'successRate', 'meanOrgTrust', 'meanTieStrength', 'urgency', 'narrativeCentre', 'staffPresent'];
const WEEKS = [26, 52, 104];

interface Golden {
  preset: string;
  seed: number;
  weeks: number;
  summary: Record<string, number>;
  weekly: Record<string, Record<string, number>>;
}

function observe(preset: string): Golden {
  const scenario = parse(readFileSync(`${SCENARIOS}${preset}.yaml`, 'utf8')) as Scenario;
  delete scenario.$schema;
  const weeks = preset === 'national' ? 52 : 104;
  const { summary, weekly } = simulate(scenario, { seed: SEED, weeks });
  const golden: Golden = { preset, seed: SEED, weeks, summary: {}, weekly: {} };
  for (const name of SUMMARY_METRICS) golden.summary[name] = summary[name];
  for (const week of WEEKS.filter((w) => w <= weeks)) {
    golden.weekly[week] = {};
    for (const name of WEEKLY_METRICS) golden.weekly[week][name] = weekly[week - 1][name];
  }
  return golden;
}

function expectClose(actual: number, expected: number | null, what: string) {
  // A missing value (NaN) is stored as null in JSON.
  if (expected === null && Number.isNaN(actual)) return;
  if (expected === null) throw new Error(`${what}: got ${actual}, golden missing (null)`);
  const scale = Math.max(Math.abs(expected), 1e-12);
  if (!(Math.abs(actual - expected) <= TOLERANCE * scale || actual === expected)) {
    throw new Error(`${what}: got ${actual}, golden ${expected} (rerun with UPDATE_GOLDEN=1 if the change is intended)`);
  }
}

const presets = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length))
  .sort();

describe('golden trajectories of the presets (seed 12345)', () => {
  it('covers every preset', () => {
    expect(presets.length).toBeGreaterThanOrEqual(5);
  });

  it.each(presets)('%s', (preset) => {
    const file = `${GOLDEN}${preset}.json`;
    const actual = observe(preset);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE) throw new Error(`${file} is missing; run UPDATE_GOLDEN=1 npx vitest run tests/model/golden.test.ts`);
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    const golden = JSON.parse(readFileSync(file, 'utf8')) as Golden;
    expect({ seed: actual.seed, weeks: actual.weeks }).toEqual({ seed: golden.seed, weeks: golden.weeks });
    expect(Object.keys(actual.summary)).toEqual(Object.keys(golden.summary));
    for (const name of Object.keys(golden.summary)) expectClose(actual.summary[name], golden.summary[name], `${preset} summary.${name}`);
    expect(Object.keys(actual.weekly)).toEqual(Object.keys(golden.weekly));
    for (const week of Object.keys(golden.weekly)) {
      for (const name of Object.keys(golden.weekly[week])) {
        expectClose(actual.weekly[week][name], golden.weekly[week][name], `${preset} week ${week} ${name}`);
      }
    }
  });
});
