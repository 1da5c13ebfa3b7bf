import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimVerdict } from '../../analysis/patterns/Claim.js';
import { evaluateClaim } from '../../analysis/patterns/evaluateClaim.js';
import { resultsMessages } from '../../errors/messages.js';
import { readResults } from '../../results/readResults.js';
import { ResultsFolderError } from '../../results/ResultsFolderError.js';
import { writeResultFiles } from '../../results/writeResultFiles.js';
import { runSweep, type SweepProgress } from '../runSweep.js';
import type { PatternPlan, PlannedClaim } from './PatternPlan.js';
import { patternFiles } from './patternFiles.js';
import { readPatternFile } from './readPatternFile.js';

/** How to run a pattern check. */
export interface PatternCheckOptions {
  /** The output folder: `patterns.csv`, `patterns.json` and one sweep folder per arm set under `sweeps/`. */
  out: string;
  /** Worker threads per sweep (default: all cores); 0 runs in this thread. */
  workers?: number;
  /** Continue a check already in `out`: finished sweeps are reused, unfinished ones resumed. */
  resume?: boolean;
  /** Replace the results already in `out`. */
  force?: boolean;
  /** Stops cleanly; finished runs are kept for `resume`. */
  signal?: AbortSignal;
  /** Called after every finished batch of runs, with the sweep it belongs to (1-based) of `sweeps`. */
  onProgress?: (progress: SweepProgress & { sweep: number; sweeps: number }) => void;
}

/**
 * How a claim came out:
 * - `pass`: it holds;
 * - `fail`: it does not hold and is not a known gap (the check fails);
 * - `known-gap`: it does not hold, as its `knownGap` says (counted and shown, not a failure);
 * - `gap-holds`: it is listed as a known gap but now holds (the list should be updated).
 */
export type PatternStatus = 'pass' | 'fail' | 'known-gap' | 'gap-holds';

/** One checked claim: the plan's claim with its verdict and status. */
export interface PatternResult extends PlannedClaim, ClaimVerdict {
  status: PatternStatus;
}

/** A finished pattern check. */
export interface PatternCheck {
  plan: PatternPlan;
  results: PatternResult[];
  /** Claims per status. */
  counts: Record<PatternStatus, number>;
  /** Files written into `out`. */
  written: string[];
}

/**
 * Checks the claims of a pattern file (a path, or a plan from `readPatternFile`): runs each
 * set of arms as a sweep into `<out>/sweeps/<name>/` with the sweep machinery (common random
 * numbers: replicate r of every arm has the same seed; worker threads; a journal, so that
 * `resume` after an interruption, even `kill -9`, reuses every finished run and gives the same
 * bytes), settles every claim with `evaluateClaim`, and writes `patterns.csv` (columns
 * `pattern,metric,effect,low,high,expect,pass,status,…`) and `patterns.json` (what the report
 * reads). The results depend on the file and seed only, not on workers or interruptions.
 *
 * @example
 * const check = await checkPatterns('patterns/model/p1-turnover.yaml', { out: 'results/p1' });
 * check.counts.fail; // 0 when every claim holds or is a known gap
 */
export async function checkPatterns(source: PatternPlan | string, options: PatternCheckOptions): Promise<PatternCheck> {
  const plan = typeof source === 'string' ? readPatternFile(source) : source;
  const { out } = options;
  if (!options.resume && !options.force && existsSync(out) && readdirSync(out).length > 0) {
    throw new ResultsFolderError(resultsMessages.exists(out), { path: out });
  }
  const values: Map<string, Float64Array>[][] = [];
  for (const [k, sweep] of plan.sweeps.entries()) {
    const dir = join(out, 'sweeps', sweep.name);
    await runSweep(sweep.experiment, {
      out: dir,
      workers: options.workers,
      resume: options.resume,
      force: options.force,
      signal: options.signal,
      onProgress: (p) => options.onProgress?.({ ...p, sweep: k + 1, sweeps: plan.sweeps.length }),
    });
    values.push(await pointValues(dir, plan, k));
  }
  const results = plan.claims.map((claim): PatternResult => {
    const verdict = evaluateClaim(claim.claim, claim.arms.map((arm) => values[arm.sweep][arm.point].get(claim.metric)!));
    const status: PatternStatus = claim.knownGap === null ? (verdict.pass ? 'pass' : 'fail') : verdict.pass ? 'gap-holds' : 'known-gap';
    return { ...claim, ...verdict, status };
  });
  const counts: Record<PatternStatus, number> = { pass: 0, fail: 0, 'known-gap': 0, 'gap-holds': 0 };
  for (const r of results) counts[r.status]++;
  const check = { plan, results, counts, written: [] as string[] };
  check.written = writeResultFiles(out, patternFiles(check), true);
  return check;
}

/** Per design point of sweep k, per metric its claims read: the values by replicate (NaN for a failed run). */
async function pointValues(dir: string, plan: PatternPlan, k: number): Promise<Map<string, Float64Array>[]> {
  const metrics = [...new Set(plan.claims.filter((c) => c.arms.some((a) => a.sweep === k)).map((c) => c.metric))];
  const { experiment } = plan.sweeps[k];
  const data = await readResults(dir, { metrics });
  const design = experiment.design as { points: unknown[] };
  const points = design.points.map(() => new Map(metrics.map((m) => [m, new Float64Array(experiment.replications).fill(NaN)])));
  for (let i = 0; i < data.point.length; i++) {
    for (const m of metrics) points[data.point[i]].get(m)![data.replicate[i]] = data.values[m][i];
  }
  return points;
}
