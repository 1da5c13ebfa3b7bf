/**
 * Model benchmark (issue #2): median CPU time per 260-week run for each preset, and how time
 * grows when professionals and cases are multiplied. A benchmark, not a test: it prints a
 * markdown report (committed as bench/model-report.md) and asserts nothing.
 *
 * Time is the process's CPU time (user + system) around each run, so a busy shared machine
 * inflates it less than wall time would. Each scenario is warmed up first (see `medianRunMs`).
 */
import { cpus } from 'node:os';
import { median, quantile } from 'simple-statistics';
import { loadPreset } from '../src/scenario/loadPreset.js';
import { listPresets } from '../src/scenario/listPresets.js';
import { simulate } from '../src/model/simulate.js';
import type { Scenario } from '../src/scenario/types.js';

const TARGET_REGIONAL_MS = 5;
const TARGET_NATIONAL_MS = 150;
const TARGET_SCALING = 12;

/** Warm-up before measuring: at least this wall time and `WARM_UP_RUNS` runs per scenario. */
const WARM_UP_MS = 2000;
const WARM_UP_RUNS = 5;

/** Measured rounds; a scenario slower than `SLOW_MS` is measured in every `SLOW_EVERY`-th round only. */
const ROUNDS = 81;
const SLOW_MS = 50;
const SLOW_EVERY = 4;

interface Timing {
  /** Median CPU ms of a run with weekly rows kept (`simulate`'s default). */
  weekly: number;
  /** Median CPU ms of a run without weekly rows (as sweeps run). */
  sweep: number;
  /** Interquartile range of the `weekly` times, as a measure of the machine's noise. */
  low: number;
  high: number;
  runs: number;
}

/**
 * Median CPU time per run of each scenario, with and without weekly rows. Scenarios are
 * measured in rounds, one run of each (both ways) per round, so that the slow and fast spells
 * of a shared machine, which last tens of seconds, fall on every scenario alike instead of on
 * whichever was measured at the time. Everything is warmed up first: with only a few runs V8's
 * heap is still growing, and the first configuration measured in a process ran up to 3x
 * slower (radicalisation-pga 6.8 against 2.0 ms; national 160 against 118).
 */
function measure(scenarios: Scenario[]): Timing[] {
  const slow = scenarios.map((scenario) => {
    const warmUntil = performance.now() + WARM_UP_MS;
    let ms = 0;
    for (let i = 0; i < WARM_UP_RUNS || performance.now() < warmUntil; i++) ms = cpuMs(() => simulate(scenario, { seed: 10_000 + i, weekly: i % 2 === 0 }));
    return ms > SLOW_MS;
  });
  const weekly: number[][] = scenarios.map(() => []);
  const sweep: number[][] = scenarios.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    scenarios.forEach((scenario, k) => {
      if (slow[k] && round % SLOW_EVERY !== 0) return;
      weekly[k].push(cpuMs(() => simulate(scenario, { seed: round })));
      sweep[k].push(cpuMs(() => simulate(scenario, { seed: round, weekly: false })));
    });
  }
  return scenarios.map((_, k) => ({
    weekly: median(weekly[k]),
    sweep: median(sweep[k]),
    low: quantile(weekly[k], 0.25),
    high: quantile(weekly[k], 0.75),
    runs: weekly[k].length,
  }));
}

/** CPU time (user + system) of `run`, in milliseconds. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The scenario with every organisation's staff and the case rate multiplied by `k`. */
function scaled(s: Scenario, k: number): Scenario {
  return {
    ...s,
    network: { ...s.network, coordinatorCapacity: (s.network?.coordinatorCapacity ?? 8) * k },
    phenomena: { ...s.phenomena, caseRate: (s.phenomena?.caseRate ?? 3) * k },
    organisations: s.organisations?.map((o) => ({ ...o, staff: (o.staff ?? 4) * k })),
  };
}

export function runModelBenchmark(): string {
  const lines: string[] = [];
  lines.push('# Model benchmark', '');
  lines.push(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), one core used.`);
  lines.push('Median CPU time per 260-week run (user + system), after warm-up; presets measured in interleaved rounds.', '');
  lines.push('| preset | runs | median ms/run | interquartile range | target | met | without weekly rows (as in sweeps), ms/run |', '|---|---|---|---|---|---|---|');
  const presets = listPresets().map(({ name }) => name);
  const base = loadPreset('safety-house');
  const timings = measure([...presets.map((name) => loadPreset(name)), scaled(base, 10)]);
  presets.forEach((name, k) => {
    const t = timings[k];
    const target = name === 'national' ? TARGET_NATIONAL_MS : TARGET_REGIONAL_MS;
    lines.push(`| ${name} | ${t.runs} | ${t.weekly.toFixed(2)} | ${t.low.toFixed(2)}–${t.high.toFixed(2)} | ≤ ${target} | ${t.weekly <= target ? 'yes' : 'NO'} | ${t.sweep.toFixed(2)} |`);
  });
  const one = timings[presets.indexOf('safety-house')].weekly;
  const ten = timings[presets.length].weekly;
  const ratio = ten / one;
  lines.push('', '## Scaling', '');
  lines.push('safety-house with every organisation\'s staff, the case rate and the coordinator capacity multiplied by k (measured in the same rounds).', '');
  lines.push('| k | median ms/run |', '|---|---|', `| 1 | ${one.toFixed(2)} |`, `| 10 | ${ten.toFixed(2)} |`);
  lines.push('', `Time ratio 10× / 1×: ${ratio.toFixed(2)} (target ≤ ${TARGET_SCALING}: ${ratio <= TARGET_SCALING ? 'met' : 'NOT met'}).`);
  return lines.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(runModelBenchmark());
