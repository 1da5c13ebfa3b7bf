/**
 * Morris screening of the 14 preconditions plus a dummy input on safety-house, top600 and
 * riec, with independent seeds for every run. Writes `studies/screening-report.md` and
 * `studies/screening-indices.csv`; progress goes to stderr.
 *
 *   npm run study:screening
 *   STUDY_WORKERS=1 STUDY_TRAJECTORIES=8 npx tsx studies/screening.ts   # a quick check
 *
 * See `studies/README.md` for how to read the report.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { PRECONDITION_NAMES } from '../src/scenario/defaults.js';
import { loadPreset } from '../src/scenario/loadPreset.js';
import { distinguishableFromDummy, type DummyContrast } from './lib/distinguishableFromDummy.js';
import { effectSummary, type EffectSummary } from './lib/effectSummary.js';
import { markdownTable } from './lib/markdownTable.js';
import { factorColumn, morrisScreening } from './lib/morrisScreening.js';
import { RunPool } from './lib/RunPool.js';
import { signOfInterval } from './lib/signOfInterval.js';
import type { StudyFactor } from './lib/studyFactor.js';
import { studySeed } from './lib/studySeed.js';
import { gitDescription } from './lib/gitDescription.js';
import { DUMMY_FACTOR } from '../src/methods/withDummyFactor.js';

// --- The study's settings -------------------------------------------------------------------

const ROOT_SEED = 20261202;
const PRESETS = ['safety-house', 'top600', 'riec'];
const TRAJECTORIES = Number(process.env.STUDY_TRAJECTORIES ?? 120);
const LEVELS = 4;
/**
 * Replications per design point at the reference case rate (safety-house, 3 cases a week). A
 * preset with fewer cases a week gets proportionally more (`replicatesFor`), so every point's
 * output rests on about the same number of cases and the noise floor (the dummy's μ*) is
 * comparable across presets: the success rate of a run is a rate over its cases.
 */
const REPLICATES = Number(process.env.STUDY_REPLICATES ?? 10);
const REFERENCE_CASE_RATE = 3;

/** The replications each preset got, for the report ("safety-house 10"). */
const replicationsUsed: string[] = [];

/** Replications for a preset: `REPLICATES` scaled by reference case rate / the preset's case rate (safety-house 10, top600 12, riec 20). */
function replicatesFor(caseRate: number): number {
  return Math.max(1, Math.round((REPLICATES * REFERENCE_CASE_RATE) / caseRate));
}
const WORKERS = Number(process.env.STUDY_WORKERS ?? Math.min(2, availableParallelism()));
const RESAMPLES = 2000;
const CONFIDENCE = 0.95;
const DUMMY = DUMMY_FACTOR;

const PRIMARY = ['successRate', 'meanWeeksToRecognition', 'casesEscalated'] as const;
const SECONDARY = ['meanOrgTrust', 'sharingSuccessRate', 'commitmentAcceptance'] as const;
const OUTCOMES: string[] = [...PRIMARY, ...SECONDARY];
type Primary = (typeof PRIMARY)[number];

/**
 * Expected sign of each precondition's effect on each primary outcome, from the evidence the
 * model rests on (docs/model.md): more of a good precondition should raise successRate and
 * lower meanWeeksToRecognition and casesEscalated. Edit a row when the evidence says
 * otherwise; 0 means "no expectation" (the outcome then never counts for the check).
 */
const EXPECTED_SIGN: Record<string, Record<Primary, -1 | 0 | 1>> = {
  manpower: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  staffStability: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  time: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  politicalUrgency: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  ruleClarity: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  roleClarity: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  mutualTrust: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  informationSharing: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  regie: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  sharedNarrative: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  perspectiveTaking: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  crossExperience: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  learning: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
  downstreamCapacity: { successRate: 1, meanWeeksToRecognition: -1, casesEscalated: -1 },
};

/** Preconditions that must show their expected effect on successRate itself (criterion b). */
const SUCCESS_RATE_REQUIRED = new Set(['perspectiveTaking', 'crossExperience', 'learning', 'staffStability']);

/** Outcomes on which a significantly negative signed effect is a trade-off to explain. */
const TRADE_OFF_OUTCOMES = ['successRate', 'meanOrgTrust'];

// --- Running --------------------------------------------------------------------------------

/** The preconditions; the dummy is the library's (`dummy: true`, the last column of the design). */
const FACTORS: StudyFactor[] = PRECONDITION_NAMES.map((name) => ({ name, low: 0, high: 1, path: `preconditions.${name}` }));

interface Row {
  preset: string;
  outcome: string;
  factor: string;
  summary: EffectSummary;
  contrast: DummyContrast | null;
  expected: number;
}

function say(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function main(): Promise<void> {
  for (const p of PRECONDITION_NAMES) if (!EXPECTED_SIGN[p]) throw new Error(`EXPECTED_SIGN has no row for ${p}`);
  const started = performance.now();
  const pool = new RunPool(WORKERS);
  const rows: Row[] = [];
  let totalRuns = 0;
  try {
    for (const preset of PRESETS) {
      const presetStart = performance.now();
      let lastShown = 0;
      const scenario = loadPreset(preset);
      const replicates = replicatesFor(scenario.phenomena?.caseRate ?? REFERENCE_CASE_RATE);
      replicationsUsed.push(`${preset} ${replicates}`);
      const result = await morrisScreening({
        preset,
        scenario,
        factors: FACTORS,
        dummy: true,
        trajectories: TRAJECTORIES,
        levels: LEVELS,
        replicates,
        outcomes: OUTCOMES,
        root: ROOT_SEED,
        stream: [],
        pool,
        onProgress: (done, total) => {
          if (done === total || performance.now() - lastShown > 5000) {
            lastShown = performance.now();
            say(`screening ${preset}: ${done}/${total} runs (${((performance.now() - presetStart) / 1000).toFixed(0)} s)`);
          }
        },
      });
      totalRuns += result.runs;
      OUTCOMES.forEach((outcome, o) => {
        const effects = result.effects[outcome];
        const dummy = factorColumn(effects, DUMMY);
        // one bootstrap seed per (preset, outcome): every factor resamples the same trajectories
        const options = { resamples: RESAMPLES, confidence: CONFIDENCE, seed: studySeed(ROOT_SEED, preset, 0xb0, o) };
        for (const factor of effects.factors) {
          const column = factorColumn(effects, factor);
          const isPrimary = (PRIMARY as readonly string[]).includes(outcome);
          rows.push({
            preset,
            outcome,
            factor,
            summary: effectSummary(column, options),
            contrast: factor === DUMMY ? null : distinguishableFromDummy(column, dummy, options),
            expected: factor !== DUMMY && isPrimary ? EXPECTED_SIGN[factor][outcome as Primary] : 0,
          });
        }
      });
    }
  } finally {
    await pool.close();
  }
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(new URL('./screening-indices.csv', import.meta.url), csv(rows));
  writeFileSync(new URL('./screening-report.md', import.meta.url), report(rows, seconds, totalRuns));
  say(`screening: ${totalRuns} runs in ${seconds.toFixed(0)} s on ${WORKERS} workers; wrote studies/screening-report.md and studies/screening-indices.csv`);
}

// --- Verdicts -------------------------------------------------------------------------------

function find(rows: Row[], preset: string, outcome: string, factor: string): Row {
  const row = rows.find((r) => r.preset === preset && r.outcome === outcome && r.factor === factor);
  if (!row) throw new Error(`no result for ${preset} ${outcome} ${factor}`);
  return row;
}

/** Distinguishable from the dummy and the signed interval on the expected side of 0. */
function confirmed(row: Row): boolean {
  return (
    row.expected !== 0 &&
    row.contrast !== null &&
    row.contrast.distinguishable &&
    signOfInterval(row.summary.muLow, row.summary.muHigh) === row.expected
  );
}

interface Check {
  /** primary outcomes on which the expected effect is confirmed */
  outcomes: string[];
  a: boolean;
  /** criterion (b), or null when it does not apply */
  b: boolean | null;
  met: boolean;
}

function directionCheck(rows: Row[], preset: string, factor: string): Check {
  const outcomes = PRIMARY.filter((o) => confirmed(find(rows, preset, o, factor)));
  const a = outcomes.length > 0;
  const b = SUCCESS_RATE_REQUIRED.has(factor) ? outcomes.includes('successRate') : null;
  return { outcomes, a, b, met: a && b !== false };
}

// --- Output ---------------------------------------------------------------------------------

const f3 = (x: number) => (Number.isFinite(x) ? x.toPrecision(3) : 'NaN');
const interval = (lo: number, hi: number) => `[${f3(lo)}, ${f3(hi)}]`;
const signText = (s: number) => (s > 0 ? '+' : s < 0 ? '−' : '0');

function csv(rows: Row[]): string {
  const header = [
    'preset', 'outcome', 'factor', 'trajectories', 'mu', 'mu_low', 'mu_high', 'mu_star', 'mu_star_low',
    'mu_star_high', 'sigma', 'excess_over_dummy', 'excess_low', 'excess_high', 'distinguishable',
    'expected_sign', 'observed_sign',
  ];
  const lines = rows.map((r) =>
    [
      r.preset, r.outcome, r.factor, r.summary.n, r.summary.mu, r.summary.muLow, r.summary.muHigh, r.summary.muStar,
      r.summary.muStarLow, r.summary.muStarHigh, r.summary.sigma, r.contrast?.excess ?? '', r.contrast?.low ?? '',
      r.contrast?.high ?? '', r.contrast ? String(r.contrast.distinguishable) : '', r.expected,
      signOfInterval(r.summary.muLow, r.summary.muHigh),
    ].join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

function report(rows: Row[], seconds: number, runs: number): string {
  const preconditions = PRECONDITION_NAMES as readonly string[];
  const out: string[] = [];
  out.push('# Screening of the preconditions (Morris, with a dummy input)');
  out.push('');
  out.push(
    `Model at commit ${gitDescription()}. Generated by \`npm run study:screening\` (studies/screening.ts) ` +
      `in ${seconds.toFixed(0)} s: ${runs} runs of 260 weeks on ${WORKERS} worker threads. Raw indices: ` +
      '`studies/screening-indices.csv` (one row per preset × outcome × factor).',
  );
  out.push('');
  out.push('## Design');
  out.push('');
  out.push(
    `- Factors: the 14 preconditions on [0, 1] and a **dummy** on [0, 1] that the model never reads. ` +
      `Morris design (Morris 1991), r = ${TRAJECTORIES} trajectories, ${LEVELS} levels (Δ = ${LEVELS}/${2 * (LEVELS - 1)} ` +
      'of the range), drawn per preset; all other inputs at the preset\'s values.',
    `- Every run has its own seed, hashed from (root ${ROOT_SEED}, preset, design point, replicate) ` +
      '(no common random numbers), so the dummy\'s elementary effects are pure run-to-run noise. ' +
      `Replications per point: ${REPLICATES} at ${REFERENCE_CASE_RATE} cases a week, scaled by ${REFERENCE_CASE_RATE} / the preset's case rate so that every point rests on about as many cases (${replicationsUsed.join(', ')}); their mean (over runs where the outcome is defined) is the point's output.`,
    '- Effects are per full range of the factor (an effect of 0.1 on successRate: moving the precondition from 0 to 1 ' +
      'raises the success rate by 10 points), as in SALib.',
    `- μ* = mean |EE|, μ = mean EE (signed), σ = SD of EE over trajectories. Intervals: ${CONFIDENCE * 100}% percentile ` +
      `bootstrap over trajectories (${RESAMPLES} resamples; within a preset and outcome all factors resample the ` +
      'same trajectories). Trajectories whose effect is undefined (e.g. no case recognised) are left out.',
    `- Primary outcomes: ${PRIMARY.join(', ')}; secondary: ${SECONDARY.join(', ')}.`,
  );
  out.push('');
  out.push('## Definitions');
  out.push('');
  out.push(
    '**Distinguishable from the dummy.** For one factor, outcome and preset, pair the factor\'s elementary ' +
      'effect with the dummy\'s in each trajectory (both taken on the same trajectory), keep the trajectories ' +
      'where both are defined, and compute the excess E = μ*_factor − μ*_dummy = mean over trajectories of ' +
      `(|EE_factor| − |EE_dummy|). Resample the trajectories with replacement ${RESAMPLES} times, the same ` +
      'trajectories for the factor and the dummy (a paired, joint bootstrap), and take the ' +
      `${CONFIDENCE * 100}% percentile interval of E. The factor is distinguishable from the dummy when the ` +
      'lower end of that interval is above 0 (a one-sided test at the 2.5% level). It says the factor moves the ' +
      'outcome by more than run-to-run noise does; it does not say in which direction.',
  );
  out.push('');
  out.push(
    '**Expected direction confirmed** (per precondition, primary outcome and preset): distinguishable from the ' +
      'dummy, and the signed μ interval lies entirely on the expected side of 0 (above 0 where the expected sign ' +
      'is +, below 0 where it is −). Expected signs (table `EXPECTED_SIGN` in the script): every precondition + on ' +
      'successRate, − on meanWeeksToRecognition and casesEscalated.',
  );
  out.push('');
  out.push(
    `**Criterion (a)**: the expected direction is confirmed on at least one primary outcome. **Criterion (b)**, for ` +
      `${[...SUCCESS_RATE_REQUIRED].join(', ')} only: confirmed on successRate itself. A precondition *meets* the ` +
      'check when (a) holds and, where it applies, (b) holds.',
  );
  out.push('');
  out.push(
    `**Significantly negative**: the signed μ interval lies entirely below 0. Caveat on multiplicity: with 14 ` +
      'factors × 6 outcomes × 3 presets the one-sided 2.5% tests will flag about one in forty null effects by ' +
      'chance, so a single marginal verdict (interval end close to 0) deserves a rerun with more trajectories ' +
      'before it is explained.',
  );
  out.push('');

  out.push('## One-glance: does each precondition show its expected effect?');
  out.push('');
  out.push(oneGlance(rows, preconditions));
  out.push('');
  out.push('Cell: met / not met (criterion (a), plus (b) for the four marked †); in brackets the primary outcomes on which the expected direction is confirmed (SR = successRate, WR = meanWeeksToRecognition, CE = casesEscalated).');
  out.push('');

  out.push('## Trade-offs: significantly negative effects on successRate or meanOrgTrust');
  out.push('');
  const negatives = rows.filter(
    (r) => preconditions.includes(r.factor) && TRADE_OFF_OUTCOMES.includes(r.outcome) && signOfInterval(r.summary.muLow, r.summary.muHigh) < 0,
  );
  if (negatives.length === 0) out.push('None: no precondition has a signed μ interval entirely below 0 on successRate or meanOrgTrust.');
  for (const r of negatives) {
    out.push(
      `- **${r.factor}** on ${r.outcome} in ${r.preset}: μ = ${f3(r.summary.mu)} ${interval(r.summary.muLow, r.summary.muHigh)}` +
        `${r.contrast?.distinguishable ? ', distinguishable from the dummy' : ', not distinguishable from the dummy (μ* within noise)'}.`,
    );
  }
  out.push('');

  out.push('## Direction check per preset');
  out.push('');
  for (const preset of PRESETS) {
    out.push(`### ${preset}`);
    out.push('');
    const table = preconditions.map((p) => {
      const c = directionCheck(rows, preset, p);
      const perOutcome = PRIMARY.map((o) => {
        const r = find(rows, preset, o, p);
        const observed = signOfInterval(r.summary.muLow, r.summary.muHigh);
        return `${r.contrast?.distinguishable ? 'dist.' : 'noise'}, sign ${signText(observed)} (exp. ${signText(r.expected)})`;
      });
      return [p, ...perOutcome, c.a ? 'yes' : 'no', c.b === null ? '–' : c.b ? 'yes' : 'no', c.met ? '**met**' : 'not met'];
    });
    out.push(markdownTable(['precondition', ...PRIMARY, '(a)', '(b)', 'verdict'], table));
    out.push('');
  }

  out.push('## Morris measures');
  out.push('');
  out.push(
    'Per preset and outcome, sorted by μ*. "excess" is μ*_factor − μ*_dummy with its interval; ✓ = distinguishable ' +
      'from the dummy. The dummy row is the noise floor.',
  );
  out.push('');
  for (const preset of PRESETS) {
    for (const outcome of OUTCOMES) {
      const selected = rows
        .filter((r) => r.preset === preset && r.outcome === outcome)
        .sort((x, y) => (y.summary.muStar || 0) - (x.summary.muStar || 0));
      out.push(`### ${preset}: ${outcome}${(PRIMARY as readonly string[]).includes(outcome) ? ' (primary)' : ''}`);
      out.push('');
      out.push(
        markdownTable(
          ['factor', 'μ* [95%]', 'μ [95%]', 'σ', 'excess over dummy [95%]', 'dist.', 'n'],
          selected.map((r) => [
            r.factor === DUMMY ? '*dummy*' : r.factor,
            `${f3(r.summary.muStar)} ${interval(r.summary.muStarLow, r.summary.muStarHigh)}`,
            `${f3(r.summary.mu)} ${interval(r.summary.muLow, r.summary.muHigh)}`,
            f3(r.summary.sigma),
            r.contrast ? `${f3(r.contrast.excess)} ${interval(r.contrast.low, r.contrast.high)}` : '–',
            r.contrast ? (r.contrast.distinguishable ? '✓' : '') : '–',
            r.summary.n,
          ]),
        ),
      );
      out.push('');
    }
  }
  return out.join('\n');
}

function oneGlance(rows: Row[], preconditions: readonly string[]): string {
  const short: Record<string, string> = { successRate: 'SR', meanWeeksToRecognition: 'WR', casesEscalated: 'CE' };
  const table = preconditions.map((p) => [
    SUCCESS_RATE_REQUIRED.has(p) ? `${p} †` : p,
    ...PRESETS.map((preset) => {
      const c = directionCheck(rows, preset, p);
      const which = c.outcomes.length > 0 ? ` (${c.outcomes.map((o) => short[o]).join(', ')})` : '';
      return `${c.met ? 'met' : 'not met'}${which}`;
    }),
  ]);
  return markdownTable(['precondition', ...PRESETS], table);
}

await main();
