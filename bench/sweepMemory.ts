/**
 * Peak memory of whole `collabsim sweep` commands as a user runs them (the built `dist/`, 2
 * workers, ishigami), in fresh processes (issue 15, item 18):
 *
 * - more runs of the same design: 100 points × 10, × 500 and × 5,000 replicates (1,000, 50,000
 *   and 500,000 runs), where the target is growth within 10% from 1,000 to 50,000 runs;
 * - more design points: 1,000 and 50,000 LHS points × 1 replicate, which gives the memory one
 *   design point costs (the points are held in the main thread and in each worker, and written
 *   into `experiment.json`).
 *
 * Peak memory is the process's maximum resident set (`process.resourceUsage().maxRSS`, worker
 * threads included). The sizes of each part are run in turn, `REPEATS` times, and the report
 * gives medians.
 *
 *   npm run build && npx tsx bench/sweepMemory.ts
 *   COLLABSIM_BENCH_DIST=.prev-dist npx tsx bench/sweepMemory.ts   # an older build, for comparison
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from 'simple-statistics';

const REPEATS = 5;
/** The build to measure: `dist/`, or another build's folder in COLLABSIM_BENCH_DIST (to compare builds). */
const build = process.env.COLLABSIM_BENCH_DIST ?? 'dist';
const main = pathToFileURL(resolve(build, 'cli/main.js')).href;
/**
 * Runs the CLI's `main` and prints the peak resident set in KiB on stderr's last line. Written
 * to a file, not passed with `-e`: worker threads inherit `process.execArgv`, so they would
 * run an `-e` script again.
 */
const child = `const { main } = await import(${JSON.stringify(main)});
process.exitCode = await main(process.argv.slice(2));
process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));`;

/** Peak RSS (MiB) of one `sweep` of the given design, in a fresh process, with files under `root`. */
function peak(root: string, name: string, samples: number, replications: number): number {
  const file = join(root, `${name}.yaml`);
  writeFileSync(file, `model: ishigami\nseed: 1\nreplications: ${replications}\ndesign: { method: lhs, samples: ${samples} }\n`);
  const out = join(root, name);
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(root, 'child.mjs'), 'sweep', file, '--out', out, '--workers', '2', '--quiet'], {
    encoding: 'utf8',
  });
  const kib = /maxRSS (\d+)/.exec(result.stderr)?.[1];
  if (result.status !== 0 || kib === undefined) throw new Error(`the sweep of ${name} failed: ${result.stderr.trim()}`);
  return Number(kib) / 1024;
}

/** Peak RSS (MiB) of fresh processes for several sizes, run in turn `REPEATS` times. */
function alternate(sizes: (() => number)[]): number[][] {
  const result = sizes.map(() => [] as number[]);
  for (let k = 0; k < REPEATS; k++) sizes.forEach((size, i) => result[i].push(size()));
  return result;
}

/** Runs the benchmark (needs `npm run build` first) and returns the markdown report. */
export function sweepMemoryBench(): string {
  const root = mkdtempSync(join(tmpdir(), 'collabsim-memory-'));
  writeFileSync(join(root, 'child.mjs'), child);
  const each = (list: number[]) => list.map((m) => m.toFixed(0)).join(', ');
  const lines = [
    '# Peak memory of whole sweeps (issue 15, item 18)',
    '',
    `\`npm run build && npx tsx bench/sweepMemory.ts\`: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start; the built CLI (\`${build}/\`), 2 workers, ishigami, median of ${REPEATS} fresh processes each, run alternately.`,
    '',
  ];
  try {
    const runs = alternate([100 * 10, 100 * 500, 100 * 5000].map((n) => () => peak(root, `runs-${n}`, 100, n / 100)));
    const [small, large, huge] = runs.map((list) => median(list));
    lines.push('## More runs of one design (100 points)', '', '| runs | peak RSS (MiB), median | each process (MiB) |', '|---:|---:|---|');
    ['1,000', '50,000', '500,000'].forEach((label, i) => lines.push(`| ${label} | ${median(runs[i]).toFixed(1)} | ${each(runs[i])} |`));
    lines.push('');
    lines.push(`Growth from 1,000 to 50,000 runs: **${((large / small - 1) * 100).toFixed(1)}%** (target ≤ 10%: ${large / small - 1 <= 0.1 ? 'met' : 'missed'}); from 50,000 to 500,000 runs: ${((huge / large - 1) * 100).toFixed(1)}%.`, '');
    const [fewPoints, manyPoints] = alternate([() => peak(root, 'points-1000', 1000, 1), () => peak(root, 'points-50000', 50_000, 1)]);
    const perPoint = ((median(manyPoints) - median(fewPoints)) * 1024 * 1024) / 49_000;
    lines.push('## More design points (1 replicate each, 3 factors)', '', '| points | peak RSS (MiB), median | each process (MiB) |', '|---:|---:|---|');
    lines.push(`| 1,000 | ${median(fewPoints).toFixed(1)} | ${each(fewPoints)} |`, `| 50,000 | ${median(manyPoints).toFixed(1)} | ${each(manyPoints)} |`, '');
    lines.push(`Peak memory per design point: **${(perPoint / 1024).toFixed(2)} KiB** (the growth over 49,000 points).`, '');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(sweepMemoryBench());
