import type { ReportSection } from '../../charts/renderHtmlReport.js';

/** One row of `patterns.json` (the columns of `patterns.csv`). */
interface SavedPatternRow {
  pattern: string;
  metric: string;
  effect: number | null;
  low: number | null;
  high: number | null;
  expect: string;
  pass: string;
  status: 'pass' | 'fail' | 'known-gap' | 'gap-holds';
  scenario: string;
  contrast: string;
  interval: string;
  n: number;
  rule: string;
  knownGap: string | null;
}

/** What `collabsim patterns check` saved (`patterns.json`). */
export interface SavedPatterns {
  file: string;
  name: string;
  seed: number;
  counts: Record<SavedPatternRow['status'], number>;
  patterns: SavedPatternRow[];
}

const SHOWN = { pass: 'pass', fail: 'FAIL', 'known-gap': 'known gap', 'gap-holds': 'known gap, now holds' } as const;

const GUIDE =
  'Each pattern is a claim the model should reproduce on a scenario (pattern-oriented modelling, Grimm et al. 2005). ' +
  'A comparison runs the scenario twice per replicate, with the factor at "from" and at "to" and everything else equal, ' +
  'with the same seed in both arms (common random numbers), so the noise the arms share cancels. ' +
  'The effect is the mean over replicates of the paired difference (to − from); for an interaction, the difference of the two gains; ' +
  "for a range without factor, the metric's mean; for an ordering, the adjacent difference closest to failing.\n\n" +
  'An increase holds when the 95% Student-t interval of the effect lies above 0 (or above the stated minimum), a decrease when it lies below; ' +
  'an equivalence holds when the 90% interval lies inside ± the declared margin (two one-sided tests at 5%, Schuirmann 1987); ' +
  'a range holds when the 95% interval lies inside the range. ' +
  'A known gap is a claim the model is known not to meet today, with the measured reason: it is shown and counted but does not fail the check; ' +
  'a known gap that now holds is flagged so the file can be updated.';

/**
 * The "Patterns" section of a pattern check's report: what the numbers mean, the counts, and
 * one table row per claim with its verdict, effect, interval and (for known gaps) the reason.
 *
 * @example
 * patternsSections(readSavedPatterns('results/sh') as SavedPatterns); // [{ heading: 'Patterns', … }]
 */
export function patternsSections(saved: SavedPatterns): ReportSection[] {
  const c = saved.counts;
  const total = saved.patterns.length;
  const summary =
    `${total} claims from ${saved.file} (root seed ${saved.seed}): ${c.pass} pass, ${c.fail} fail, ${c['known-gap']} known gaps` +
    (c['gap-holds'] > 0 ? `, ${c['gap-holds']} known gaps that now hold` : '') +
    '.';
  return [
    {
      heading: 'Patterns',
      text: `${GUIDE}\n\n${summary}`,
      table: {
        columns: ['result', 'pattern', 'scenario', 'metric', 'contrast', 'effect', 'low', 'high', 'interval', 'n', 'rule', 'known gap'],
        rows: saved.patterns.map((r) => ({
          result: SHOWN[r.status],
          pattern: r.pattern,
          scenario: r.scenario,
          metric: r.metric,
          contrast: r.contrast,
          effect: r.effect,
          low: r.low,
          high: r.high,
          interval: r.interval,
          n: r.n,
          rule: r.rule,
          'known gap': r.knownGap ?? '',
        })),
      },
    },
  ];
}
