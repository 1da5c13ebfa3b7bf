/**
 * PRIM's speed (issue #18): `prim` with peeling and pasting, EMA Workbench's defaults, on
 * 50,000 rows × 15 uniform factors, cases of interest where x1 < 0.3 and x2 > 0.6 with 10% of
 * the labels flipped (so the peeling runs its full course to massMin, as on noisy sweep
 * output). Target: under 5 s. A benchmark, not a test: it prints a markdown report (committed
 * as bench/discovery-report.md) and asserts nothing.
 *
 *   npx tsx bench/discovery.ts > bench/discovery-report.md
 */
import { loadavg } from 'node:os';
import { median } from 'simple-statistics';
import { prim } from '../src/analysis/discovery/prim.js';
import { createRng } from '../src/random/rng.js';

const ROWS = 50_000;
const FACTORS = 15;
const REPEATS = 5;
const FLIP = 0.1;

/** The benchmark's table: seeded uniform factors x1…x15 and the noisy known box. */
function table(seed: number) {
  const rng = createRng(seed);
  const x: Record<string, Float64Array> = {};
  for (let f = 1; f <= FACTORS; f++) x[`x${f}`] = new Float64Array(ROWS);
  for (let r = 0; r < ROWS; r++) for (let f = 1; f <= FACTORS; f++) x[`x${f}`][r] = rng();
  const y = new Uint8Array(ROWS);
  for (let r = 0; r < ROWS; r++) {
    const inside = x.x1[r] < 0.3 && x.x2[r] > 0.6;
    y[r] = Number(rng() < FLIP ? !inside : inside);
  }
  return { x, y };
}

export function runDiscoveryBenchmark(): string {
  const load = loadavg()[0];
  const { x, y } = table(18);
  const seconds: number[] = [];
  let result = prim(x, y); // warm-up
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    result = prim(x, y);
    seconds.push((performance.now() - start) / 1000);
  }
  const peels = result.trajectory.filter((b) => b.phase === 'peel').length;
  const pastes = result.trajectory.filter((b) => b.phase === 'paste').length;
  const restricted = result.box.limits.filter((l) => l.restricted).map((l) => `${l.factor} ${l.low!.toFixed(3)}–${l.high!.toFixed(3)}`);
  const time = median(seconds);
  return [
    '## Scenario discovery: PRIM (issue #18)',
    '',
    `Node ${process.version}, load average ${load.toFixed(1)} at start. \`prim(x, y)\` with the defaults`,
    `(lenient1, peelAlpha 0.05, pasteAlpha 0.05, massMin 0.05), including the quasi-p-values of`,
    `every box; ${ROWS.toLocaleString('en')} rows × ${FACTORS} uniform factors, interest where x1 < 0.3 and x2 > 0.6,`,
    `${FLIP * 100}% of labels flipped; median of ${REPEATS} runs after one warm-up.`,
    '',
    '| rows × factors | boxes on the trajectory (peels + pastes) | seconds, median | each run (s) |',
    '| --- | --- | --- | --- |',
    `| ${ROWS.toLocaleString('en')} × ${FACTORS} | ${result.trajectory.length} (${peels} + ${pastes}) | ${time.toFixed(2)} | ${seconds.map((s) => s.toFixed(2)).join(', ')} |`,
    '',
    `Target under 5 s: ${time < 5 ? 'met' : 'not met'}. Box found: ${restricted.join(', ')};`,
    `coverage ${result.box.coverage.toFixed(3)}, density ${result.box.density.toFixed(3)}.`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(runDiscoveryBenchmark());
