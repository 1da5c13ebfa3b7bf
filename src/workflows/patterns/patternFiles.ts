import { toCsv } from '../../results/toCsv.js';
import { toJson } from '../../results/toJson.js';
import type { PatternCheck } from './checkPatterns.js';

/**
 * The columns of `patterns.csv`, one row per claim (a pattern on one scenario and metric):
 * `pattern` its name; `metric`; `effect` the mean paired difference (to − from; for an
 * interaction the difference of the two gains; for a range without factor the mean; for an
 * ordering the adjacent difference closest to failing); `low`, `high` its interval (`interval`
 * says which: 95% Student t, or 90% for an equivalence, the TOST at 5%); `expect`; `pass`
 * whether the claim holds (true/false); `status` pass, fail, known-gap or gap-holds;
 * `scenario`; `contrast` what was compared; `n` the replicates; `rule` what `pass` rests on;
 * `knownGap` the measured reason of a known gap (empty otherwise).
 */
export const PATTERN_COLUMNS = ['pattern', 'metric', 'effect', 'low', 'high', 'expect', 'pass', 'status', 'scenario', 'contrast', 'interval', 'n', 'rule', 'knownGap'] as const;

/**
 * The files a pattern check writes: `patterns.csv` (columns `PATTERN_COLUMNS`) and
 * `patterns.json` (the file, seed, counts and rows; what `collabsim report` reads).
 *
 * @example
 * Object.keys(patternFiles(check)); // ['patterns.csv', 'patterns.json']
 */
export function patternFiles(check: Pick<PatternCheck, 'plan' | 'results' | 'counts'>): Record<string, string> {
  const rows = check.results.map((r) => ({
    pattern: r.pattern,
    metric: r.metric,
    effect: r.effect,
    low: r.low,
    high: r.high,
    expect: r.claim.expect,
    pass: String(r.pass),
    status: r.status,
    scenario: r.scenario,
    contrast: r.contrast,
    interval: r.interval,
    n: r.n,
    rule: r.rule,
    knownGap: r.knownGap,
  }));
  const saved = { file: check.plan.file, name: check.plan.name, seed: check.plan.seed, counts: check.counts, patterns: rows };
  return { 'patterns.csv': toCsv(rows, PATTERN_COLUMNS), 'patterns.json': toJson(saved) };
}
