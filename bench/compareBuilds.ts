/**
 * Paired comparison of two builds of the library, for speed work on a noisy shared machine:
 * both builds run the same presets and seeds alternately in one process, so a slow spell hits
 * both, and the report gives the median of the per-run time ratios (new / old).
 *
 *   git stash && npx tsc -p tsconfig.build.json --outDir .prev-dist && git stash pop
 *   npx tsc -p tsconfig.build.json --outDir .bench-dist
 *   npx tsx bench/compareBuilds.ts .prev-dist .bench-dist [preset ...]
 *
 * A benchmark, not a test: it prints a table and asserts nothing. Runs are without weekly rows,
 * as in sweeps; each build is warmed up first.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from 'simple-statistics';

interface Build {
  simulate(scenario: unknown, options: { seed: number; weekly: boolean }): unknown;
  loadPreset(name: string): unknown;
}

const RUNS = 60;
const WARM_UP_RUNS = 10;

async function load(dir: string): Promise<Build> {
  return (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as Build;
}

function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const [oldDir, newDir, ...names] = process.argv.slice(2);
if (!oldDir || !newDir) {
  process.stderr.write('usage: npx tsx bench/compareBuilds.ts <old build dir> <new build dir> [preset ...]\n');
  process.exit(2);
}
const [before, after] = await Promise.all([load(oldDir), load(newDir)]);
const presets = names.length > 0 ? names : ['safety-house', 'top600', 'ad-hoc', 'riec'];
const lines = ['| preset | old ms/run | new ms/run | median ratio new/old |', '|---|---|---|---|'];
for (const name of presets) {
  const a = before.loadPreset(name);
  const b = after.loadPreset(name);
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    before.simulate(a, { seed: 100_000 + i, weekly: false });
    after.simulate(b, { seed: 100_000 + i, weekly: false });
  }
  const old: number[] = [];
  const now: number[] = [];
  for (let seed = 0; seed < RUNS; seed++) {
    old.push(timeMs(() => before.simulate(a, { seed, weekly: false })));
    now.push(timeMs(() => after.simulate(b, { seed, weekly: false })));
  }
  const ratio = median(now.map((t, i) => t / old[i]));
  lines.push(`| ${name} | ${median(old).toFixed(2)} | ${median(now).toFixed(2)} | ${ratio.toFixed(3)} |`);
}
process.stdout.write(lines.join('\n') + '\n');
