/**
 * Model benchmark (issue #2): median CPU time per 260-week run for each preset, and how time
 * grows when professionals and cases are multiplied. A benchmark, not a test: it prints a
 * markdown report (committed as bench/model-report.md) and asserts nothing.
 *
 * Time is the process's CPU time (user + system) around each run, so a busy shared machine
 * inflates it less than wall time would. Each configuration is warmed up for a second first.
 */
import { cpus } from 'node:os';
import { loadPreset } from '../src/scenario/loadPreset.js';
import { listPresets } from '../src/scenario/listPresets.js';
import { simulate } from '../src/model/simulate.js';
import type { Scenario } from '../src/scenario/types.js';

const TARGET_REGIONAL_MS = 5;
const TARGET_NATIONAL_MS = 150;
const TARGET_SCALING = 12;

/** Wall time of warm-up runs before each measured configuration. */
const WARM_UP_MS = 1000;

/** Median CPU time of a run; `weekly: false` is how sweeps run (no row objects kept). */
function medianRunMs(scenario: Scenario, runs: number, weekly = true): number {
  // Warm up for a second (at least three runs): with only a few runs, V8's young generation
  // has not yet grown and the first configuration measured in a process ran up to 3x slower.
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) simulate(scenario, { seed: 10_000 + i, weekly });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    simulate(scenario, { seed: i, weekly });
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
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
    const ms = medianRunMs(loadPreset(name), runs);
    const sweepMs = medianRunMs(loadPreset(name), runs, false);
    const target = national ? TARGET_NATIONAL_MS : TARGET_REGIONAL_MS;
    lines.push(`| ${name} | ${runs} | ${ms.toFixed(2)} | ≤ ${target} | ${ms <= target ? 'yes' : 'NO'} | ${sweepMs.toFixed(2)} |`);
  }
  const base = loadPreset('safety-house');
  const one = medianRunMs(base, 21);
  const ten = medianRunMs(scaled(base, 10), 9);
  const ratio = ten / one;
  lines.push('', '## Scaling', '');
  lines.push('safety-house with every organisation\'s staff, the case rate and the coordinator capacity multiplied by k.', '');
  lines.push('| k | median ms/run |', '|---|---|', `| 1 | ${one.toFixed(2)} |`, `| 10 | ${ten.toFixed(2)} |`);
  lines.push('', `Time ratio 10× / 1×: ${ratio.toFixed(2)} (target ≤ ${TARGET_SCALING}: ${ratio <= TARGET_SCALING ? 'met' : 'NOT met'}).`);
  return lines.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(runModelBenchmark());
