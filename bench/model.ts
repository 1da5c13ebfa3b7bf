/**
 * Model benchmark (issue #2): median CPU time per 260-week run for each preset, and how time
 * grows when professionals and cases are multiplied. A benchmark, not a test: it prints a
 * markdown report (committed as bench/model-report.md) and asserts nothing.
 *
 * Time is the process's CPU time (user + system) around each run, so a busy shared machine
 * inflates it less than wall time would. Each scenario is warmed up first (see `medianRunMs`).
 */
import { cpus } from 'node:os';
import { median } from 'simple-statistics';
import { loadPreset } from '../src/scenario/loadPreset.js';
import { listPresets } from '../src/scenario/listPresets.js';
import { simulate } from '../src/model/simulate.js';
import type { Scenario } from '../src/scenario/types.js';

const TARGET_REGIONAL_MS = 5;
const TARGET_NATIONAL_MS = 150;
const TARGET_SCALING = 12;

/** Warm-up before measuring a scenario: at least this wall time and `WARM_UP_RUNS` runs. */
const WARM_UP_MS = 2000;
const WARM_UP_RUNS = 5;

/**
 * Median CPU time of a run with weekly rows kept (`simulate`'s default) and without them (as
 * sweeps run), measured alternately so that both see the same machine. Warm-up first: with
 * only a few runs V8's heap is still growing, and the first configuration measured in a
 * process ran up to 3x slower (radicalisation-pga 6.8 against 2.0 ms; national 160 against 118).
 */
function medianRunMs(scenario: Scenario, runs: number): { weekly: number; sweep: number } {
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let i = 0; i < WARM_UP_RUNS || performance.now() < warmUntil; i++) simulate(scenario, { seed: 10_000 + i, weekly: i % 2 === 0 });
  const weekly: number[] = [];
  const sweep: number[] = [];
  for (let i = 0; i < runs; i++) {
    weekly.push(cpuMs(() => simulate(scenario, { seed: i })));
    sweep.push(cpuMs(() => simulate(scenario, { seed: i, weekly: false })));
  }
  return { weekly: median(weekly), sweep: median(sweep) };
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
  lines.push('Median CPU time per 260-week run (user + system), after warm-up.', '');
  lines.push('| preset | runs | median ms/run | target | met | without weekly rows (as in sweeps), ms/run |', '|---|---|---|---|---|---|');
  for (const { name } of listPresets()) {
    const national = name === 'national';
    const runs = national ? 9 : 41;
    const { weekly: ms, sweep: sweepMs } = medianRunMs(loadPreset(name), runs);
    const target = national ? TARGET_NATIONAL_MS : TARGET_REGIONAL_MS;
    lines.push(`| ${name} | ${runs} | ${ms.toFixed(2)} | ≤ ${target} | ${ms <= target ? 'yes' : 'NO'} | ${sweepMs.toFixed(2)} |`);
  }
  const base = loadPreset('safety-house');
  const one = medianRunMs(base, 21).weekly;
  const ten = medianRunMs(scaled(base, 10), 9).weekly;
  const ratio = ten / one;
  lines.push('', '## Scaling', '');
  lines.push('safety-house with every organisation\'s staff, the case rate and the coordinator capacity multiplied by k.', '');
  lines.push('| k | median ms/run |', '|---|---|', `| 1 | ${one.toFixed(2)} |`, `| 10 | ${ten.toFixed(2)} |`);
  lines.push('', `Time ratio 10× / 1×: ${ratio.toFixed(2)} (target ≤ ${TARGET_SCALING}: ${ratio <= TARGET_SCALING ? 'met' : 'NOT met'}).`);
  return lines.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(runModelBenchmark());
