/**
 * Peak memory of whole `collabsim sweep` commands as a user runs them (the built `dist/`, 2
 * workers, ishigami), in fresh processes (issue 15, item 18):
 *
 * - more runs of the same design: 100 points × 10 and × 500 replicates (1,000 and 50,000 runs),
 *   where the target is growth within 10%;
 * - more design points: 1,000 and 50,000 LHS points × 1 replicate, which gives the memory one
 *   design point costs (the points are held in the main thread and in each worker, and written
 *   into `experiment.json`).
 *
 * Peak memory is the process's maximum resident set (`process.resourceUsage().maxRSS`, worker
 * threads included). The two sizes of each pair are run alternately, `REPEATS` times, and the
 * report gives medians.
 *
 *   npm run build && npx tsx bench/sweepMemory.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from 'simple-statistics';

const REPEATS = 5;
const main = pathToFileURL(resolve('dist/cli/main.js')).href;
/** Runs the CLI's `main` and prints the peak resident set in KiB on stderr's last line. */
const child = `const { main } = await import(${JSON.stringify(main)});
process.exitCode = await main(process.argv.slice(1));
process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));`;

/** Peak RSS (MiB) of one `sweep` of the given design, in a fresh process, with files under `root`. */
function peak(root: string, name: string, samples: number, replications: number): number {
  const file = join(root, `${name}.yaml`);
  writeFileSync(file, `model: ishigami\nseed: 1\nreplications: ${replications}\ndesign: { method: lhs, samples: ${samples} }\n`);
  const out = join(root, name);
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', child, 'sweep', file, '--out', out, '--workers', '2', '--quiet'], {
    encoding: 'utf8',
  });
  const kib = /maxRSS (\d+)/.exec(result.stderr)?.[1];
  if (result.status !== 0 || kib === undefined) throw new Error(`the sweep of ${name} failed: ${result.stderr.trim()}`);
  return Number(kib) / 1024;
}

/** Medians of alternating fresh processes for two sizes. */
function pair(small: () => number, large: () => number): { small: number[]; large: number[] } {
  const result = { small: [] as number[], large: [] as number[] };
  for (let k = 0; k < REPEATS; k++) {
    result.small.push(small());
    result.large.push(large());
  }
  return result;
}

/** Runs the benchmark (needs `npm run build` first) and returns the markdown report. */
export function sweepMemoryBench(): string {
  const root = mkdtempSync(join(tmpdir(), 'collabsim-memory-'));
  const each = (list: number[]) => list.map((m) => m.toFixed(0)).join(', ');
  const lines = [
    '# Peak memory of whole sweeps (issue 15, item 18)',
    '',
    `\`npm run build && npx tsx bench/sweepMemory.ts\`: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start; the built CLI, 2 workers, ishigami, median of ${REPEATS} fresh processes each, run alternately.`,
    '',
  ];
  try {
    const runs = pair(() => peak(root, 'runs-1000', 100, 10), () => peak(root, 'runs-50000', 100, 500));
    const growth = median(runs.large) / median(runs.small) - 1;
    lines.push('## More runs of one design (100 points)', '', '| runs | peak RSS (MiB), median | each process (MiB) |', '|---:|---:|---|');
    lines.push(`| 1,000 | ${median(runs.small).toFixed(1)} | ${each(runs.small)} |`, `| 50,000 | ${median(runs.large).toFixed(1)} | ${each(runs.large)} |`, '');
    lines.push(`Growth: **${(growth * 100).toFixed(1)}%** (target ≤ 10%: ${growth <= 0.1 ? 'met' : 'missed'}).`, '');
    const points = pair(() => peak(root, 'points-1000', 1000, 1), () => peak(root, 'points-50000', 50_000, 1));
    const perPoint = ((median(points.large) - median(points.small)) * 1024 * 1024) / 49_000;
    lines.push('## More design points (1 replicate each, 3 factors)', '', '| points | peak RSS (MiB), median | each process (MiB) |', '|---:|---:|---|');
    lines.push(`| 1,000 | ${median(points.small).toFixed(1)} | ${each(points.small)} |`, `| 50,000 | ${median(points.large).toFixed(1)} | ${each(points.large)} |`, '');
    lines.push(`Peak memory per design point: **${(perPoint / 1024).toFixed(2)} KiB** (the growth over 49,000 points).`, '');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(sweepMemoryBench());
