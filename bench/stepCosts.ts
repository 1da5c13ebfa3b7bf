/**
 * Where a regional run's time goes (issue #2): time per 260-week run of each weekly
 * mechanism and of the end-of-week bookkeeping, for every regional preset; the same at a
 * near-zero case rate (what staff, ties, trust and observation cost without cases); and the
 * work a week holds (open cases, requests to partners, sharing attempts, random draws).
 * A benchmark, not a test: it prints a markdown report (committed as
 * bench/step-costs-report.md) and asserts nothing.
 *
 * Each mechanism is timed with `performance.now()` around its `step`; the bookkeeping
 * (`summariseTies`, `observeWeek`, the run accumulator, events and counters) is the rest of a
 * week: the run's time less its steps. The timer's own cost per step is measured and taken
 * off. Presets and case rates are measured in interleaved rounds, like `bench/model.ts`, so a
 * slow spell of the shared machine falls on all of them alike.
 *
 *   npx tsx bench/stepCosts.ts > bench/step-costs-report.md
 */
import { median } from 'simple-statistics';
import { createSimulation } from '../src/model/createSimulation.js';
import { defaultMechanisms } from '../src/model/defaultMechanisms.js';
import type { Mechanism } from '../src/model/Mechanism.js';
import { listPresets } from '../src/scenario/listPresets.js';
import { loadPreset } from '../src/scenario/loadPreset.js';
import type { Scenario } from '../src/scenario/types.js';

const WEEKS = 260;
const ROUNDS = 41;
const WARM_UP_RUNS = 30;
/** Cases a week in the "fixed cost" variant: almost none, so what remains is per-week upkeep. */
const NEAR_ZERO_CASE_RATE = 0.01;
const BOOKKEEPING = 'end-of-week bookkeeping';

/** ms per run of each step (mechanism names, `BOOKKEEPING` and `total`). */
type StepTimes = Map<string, number>;

/** The cost of one `performance.now()` pair, in ms (taken off each timed step). */
function timerCostMs(): number {
  let spent = 0;
  for (let i = 0; i < 100_000; i++) {
    const start = performance.now();
    spent += performance.now() - start;
  }
  return spent / 100_000;
}

/** The default mechanisms, mechanism k adding its time to `into[k]` (a typed array: no map lookups in the timed path). */
function timedMechanisms(into: Float64Array): Mechanism[] {
  return defaultMechanisms().map((m, k) => ({
    name: m.name,
    initialize: m.initialize,
    step(state, rng) {
      const start = performance.now();
      m.step(state, rng);
      into[k] += performance.now() - start;
    },
  }));
}

/** One timed run: ms per step, the bookkeeping as the rest, the timer's cost taken off. */
function timedRun(scenario: Scenario, seed: number, timer: number): StepTimes {
  const spent = new Float64Array(defaultMechanisms().length);
  const sim = createSimulation(scenario, { seed, mechanisms: timedMechanisms(spent), keepWeekly: false });
  const start = performance.now();
  for (let week = 0; week < WEEKS; week++) sim.advance();
  sim.summary();
  const timerTotal = timer * WEEKS * sim.mechanisms.length;
  const total = performance.now() - start - timerTotal;
  const times: StepTimes = new Map();
  let steps = 0;
  sim.mechanisms.forEach((m, k) => {
    const net = Math.max(0, spent[k] - timer * WEEKS);
    times.set(m.name, net);
    steps += net;
  });
  times.set(BOOKKEEPING, total - steps);
  times.set('total', total);
  return times;
}

/** Work per week of one run: open cases, requests (accepted, refused, astray), sharing attempts, random draws. */
function workPerWeek(scenario: Scenario, seed: number): Record<string, number> {
  let draws = 0;
  const counting = defaultMechanisms().map<Mechanism>((m) => ({
    name: m.name,
    initialize: m.initialize,
    step: (state, rng) => m.step(state, () => (draws++, rng())),
  }));
  const sim = createSimulation(scenario, { seed, mechanisms: counting, keepWeekly: false });
  let open = 0;
  for (let week = 0; week < WEEKS; week++) {
    sim.advance();
    open += sim.state.open.length;
  }
  const t = sim.state.total;
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    open: open / WEEKS,
    requests: (sum(t.accepted) + sum(t.refused) + t.astray) / WEEKS,
    sharing: (t.signalsShared + sum(t.signalsRefused)) / WEEKS,
    draws: draws / WEEKS,
  };
}

function withCaseRate(s: Scenario, caseRate: number): Scenario {
  return { ...s, phenomena: { ...s.phenomena, caseRate } };
}

/** A markdown table: a header of `first` and the preset names, then one row per label. */
function table(first: string, names: string[], rows: [label: string, cells: string[]][]): string[] {
  return [`| ${first} | ${names.join(' | ')} |`, `|---|${names.map(() => '---|').join('')}`, ...rows.map(([label, cells]) => `| ${label} | ${cells.join(' | ')} |`)];
}

/** Median per step over the rounds. */
function medians(runs: StepTimes[]): StepTimes {
  const out: StepTimes = new Map();
  for (const name of runs[0].keys()) out.set(name, median(runs.map((r) => r.get(name) ?? 0)));
  return out;
}

/** Runs the step-cost benchmark and returns its markdown report (takes about 5 s). */
export function runStepCostBenchmark(): string {
  const names = listPresets()
    .map(({ name }) => name)
    .filter((name) => name !== 'national');
  const scenarios = names.flatMap((name) => [loadPreset(name), withCaseRate(loadPreset(name), NEAR_ZERO_CASE_RATE)]);
  const timer = timerCostMs();
  for (let i = 0; i < WARM_UP_RUNS; i++) for (const s of scenarios) timedRun(s, 10_000 + i, timer);
  const runs: StepTimes[][] = scenarios.map(() => []);
  for (let round = 0; round < ROUNDS; round++) scenarios.forEach((s, k) => runs[k].push(timedRun(s, round, timer)));
  const full = names.map((_, k) => medians(runs[2 * k]));
  const fixed = names.map((_, k) => medians(runs[2 * k + 1]));
  const steps = [...full[0].keys()].filter((name) => name !== 'total');

  const ms = (t: StepTimes, step: string): number => t.get(step) ?? 0;
  const work = names.map((name) => workPerWeek(loadPreset(name), 1));
  const lines: string[] = ["# Where a regional run's time goes", ''];
  lines.push(`Node ${process.version}. Median over ${ROUNDS} interleaved rounds of wall ms per ${WEEKS}-week run, without weekly rows; each step timed with \`performance.now()\`, whose cost (${(timer * 1e6).toFixed(0)} ns a call) is taken off. "${BOOKKEEPING}" is the tie summary, the observation, the run accumulator, events and counters: the run less its steps.`, '');
  lines.push(
    ...table('step', names, [
      ...steps.map((step): [string, string[]] => [step, full.map((t) => `${ms(t, step).toFixed(2)} (${((100 * ms(t, step)) / ms(t, 'total')).toFixed(0)}%)`)]),
      ['**total**', full.map((t) => ms(t, 'total').toFixed(2))],
    ]),
  );
  lines.push('', `## Without cases (case rate ${NEAR_ZERO_CASE_RATE} a week)`, '');
  lines.push('What the staff, ties, trust, learning and observation cost when (almost) no case arrives: the per-week upkeep every run pays.', '');
  lines.push(
    ...table('', names, [
      [`${BOOKKEEPING}, ms/run`, fixed.map((t) => ms(t, BOOKKEEPING).toFixed(2))],
      ['total, ms/run', fixed.map((t) => ms(t, 'total').toFixed(2))],
      ['share of the full run', fixed.map((t, k) => `${((100 * ms(t, 'total')) / ms(full[k], 'total')).toFixed(0)}%`)],
    ]),
  );
  lines.push('', '## Work per week (seed 1)', '');
  lines.push(
    ...table('', names, [
      ['open cases', work.map((w) => w.open.toFixed(1))],
      ['requests to partners at conferences', work.map((w) => w.requests.toFixed(1))],
      ['sharing attempts', work.map((w) => w.sharing.toFixed(1))],
      ['random draws', work.map((w) => w.draws.toFixed(0))],
      ['µs per week (full run)', full.map((t) => ((1000 * ms(t, 'total')) / WEEKS).toFixed(1))],
    ]),
  );
  lines.push('', '## If the bookkeeping and the outcomes pass cost nothing', '');
  lines.push('The full run less the end-of-week bookkeeping and the whole outcomes step: a floor on what making the tie summary incremental and severity lazy (the two structural options left) could reach.', '');
  lines.push(...table('', names, [['ms/run', full.map((t) => (ms(t, 'total') - ms(t, BOOKKEEPING) - ms(t, 'outcomes')).toFixed(2))]]));
  return lines.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(runStepCostBenchmark());
