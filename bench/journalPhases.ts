/**
 * Benchmark of a sweep's bookkeeping for a cheap model (issue 15, item 18): the share of a
 * sweep's wall time spent running the model, journalling and indexing the runs, and
 * finalising the tables (`finalizeResults`: runs.csv from the journal, then runs.parquet). The
 * phases are the ones `runSweep` runs, timed one by one, on an ishigami Sobol' sweep in this
 * thread (`workers: 0`, so the model time is plain). Scanning the journal back
 * (`JournalIndex.scan`) is timed apart: a sweep does it once when it is resumed.
 *
 *   npx tsx bench/journalPhases.ts           # 20,480 and 81,920 runs, median of 3
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from 'simple-statistics';
import { loadExperimentFile } from '../src/experiment/loadExperimentFile.js';
import { runPool } from '../src/experiment/runPool.js';
import { JournalIndex } from '../src/results/JournalIndex.js';
import { JournalWriter } from '../src/results/JournalWriter.js';
import { finalizeResults } from '../src/results/finalizeResults.js';
import { prepareResultsFolder } from '../src/results/prepareResultsFolder.js';
import { resultsPaths } from '../src/results/resultsPaths.js';
import { shardRuns } from '../src/results/shard.js';
import { planSweep } from '../src/workflows/planSweep.js';

async function phases(samples: number) {
  const out = mkdtempSync(join(tmpdir(), 'collabsim-journal-bench-'));
  const file = join(out, 'bench.yaml');
  writeFileSync(file, `model: ishigami\nseed: 1\nreplications: 1\ndesign: { method: sobol, samples: ${samples} }\n`);
  const experiment = loadExperimentFile(file);
  const plan = planSweep(experiment);
  rmSync(file);
  const paths = resultsPaths(out);
  const whole = { index: 1, count: 1 };
  const { lock } = prepareResultsFolder(paths, plan.record, whole, {});
  try {
    let t = performance.now();
    const index = new JournalIndex(plan.total);
    const journalFile = join(paths.partial, 'journal-0.jsonl');
    const journal = new JournalWriter(journalFile);
    const indexAppended = index.appendingTo(journalFile);
    await runPool({
      experiment,
      context: plan.context,
      workers: 0,
      runs: shardRuns(plan.total, whole),
      remaining: plan.total,
      onBatch(text) {
        const bytes = Buffer.from(text, 'utf8');
        indexAppended(bytes, journal.append(bytes));
      },
    });
    journal.close();
    const run = performance.now() - t;
    // what --resume pays once before running (the sweep itself indexes while it appends)
    t = performance.now();
    const scanned = JournalIndex.scan(paths.partial, plan.total);
    const scan = performance.now() - t;
    if (scanned.done !== index.done) throw new Error('the scanned index differs from the one kept while appending');
    t = performance.now();
    await finalizeResults(paths, plan, index, whole);
    const finalize = performance.now() - t;
    return { runs: plan.total, run, scan, finalize };
  } finally {
    lock.release();
    rmSync(out, { recursive: true, force: true });
  }
}

/** Runs the benchmark and returns its markdown table. */
export async function journalPhasesBench(): Promise<string> {
  const lines = ['| runs | run + journal + index (ms) | finalize (ms) | finalize share | scan on --resume (ms) |', '|---:|---:|---:|---:|---:|'];
  for (const samples of [4096, 16384]) {
    const repeats: Awaited<ReturnType<typeof phases>>[] = [];
    for (let i = 0; i < 3; i++) repeats.push(await phases(samples));
    const m = (key: 'run' | 'scan' | 'finalize') => median(repeats.map((r) => r[key]));
    const share = m('finalize') / (m('run') + m('finalize'));
    lines.push(`| ${repeats[0].runs} | ${m('run').toFixed(0)} | ${m('finalize').toFixed(0)} | ${(share * 100).toFixed(0)}% | ${m('scan').toFixed(0)} |`);
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(await journalPhasesBench());
