import { designSize } from '../analysis/results/designSize.js';
import { groupByPoint } from '../analysis/results/groupByPoint.js';
import { readResults } from '../results/readResults.js';
import { summaryRows } from '../methods/summary/summaryRows.js';
import { extendReplications } from '../results/extendReplications.js';
import { readExperimentRecord } from '../results/readExperimentRecord.js';
import { resultsPaths } from '../results/resultsPaths.js';
import { planSweep } from './planSweep.js';
import { runSweep, type SweepOptions, type SweepSummary } from './runSweep.js';
import type { NormalizedExperiment } from '../experiment/types.js';
import { withOwnMetrics } from '../experiment/withOwnMetrics.js';

/** How precise to sweep. */
export interface PrecisionOptions extends Omit<SweepOptions, 'shard'> {
  /** Stop when every interval of a point's mean is narrower than this (full width, metric units). */
  width: number;
  /** Never run more replications than this (default 1000). */
  maxReplications?: number;
  /** Interval coverage (default 0.95). */
  confidence?: number;
  /** Called after each round with its replications and widest interval. */
  onRound?: (round: PrecisionRound) => void;
}

/** The widest interval after one round of replications. */
export interface PrecisionRound {
  replications: number;
  /** full width ciHigh − ciLow of the widest interval; Infinity while a point has fewer than 2 values */
  widest: number;
  metric: string;
  point: number;
}

/** What `sweepUntilPrecise` did. */
export interface PrecisionSummary extends PrecisionRound {
  /** true when every interval is narrower than `width`; false when stopped by `maxReplications` */
  precise: boolean;
  /** the last round's sweep */
  sweep: SweepSummary;
  rounds: PrecisionRound[];
}

/**
 * Sweeps an experiment, then adds replications until the Student-t interval of the mean of
 * every metric at every design point (the `summary` analysis) has full width below `width`:
 * after each round the replications double (capped at `maxReplications`, default 1000), the
 * finished runs are kept (`extendReplications`) and only the new replicates run, on the
 * runner's resume path. The folder ends as a normal results folder of the experiment with
 * the final replication count, byte for byte what a plain sweep with that count writes.
 *
 * The half-width of a t-interval shrinks like 1/√n, so each doubling narrows it by about
 * 30%; a point whose runs keep failing never gets an interval and runs to the cap. With
 * `resume`, a folder this function had already extended is continued at its own count.
 * Cost: the runs, plus one read of the results per round.
 *
 * @example
 * const s = await sweepUntilPrecise(experiment, { out: 'results/demo', width: 0.05 });
 * s.precise; // true
 * s.replications; // e.g. 16
 */
export async function sweepUntilPrecise(
  experiment: NormalizedExperiment,
  options: PrecisionOptions,
): Promise<PrecisionSummary> {
  const { width, maxReplications = 1000, confidence = 0.95, onRound, ...sweepOptions } = options;
  if (!(width > 0) || !Number.isFinite(width)) throw new Error(`sweepUntilPrecise requires a positive width, got ${width}`);
  if (!Number.isInteger(maxReplications) || maxReplications < 1) {
    throw new Error(`sweepUntilPrecise requires maxReplications of at least 1, got ${maxReplications}`);
  }
  const loaded = await withOwnMetrics(experiment);
  let current = sweepOptions.resume ? extendedEarlier(options.out, loaded) : loaded;
  const rounds: PrecisionRound[] = [];
  for (let first = true; ; first = false) {
    const sweep = await runSweep(current, { ...sweepOptions, resume: first ? sweepOptions.resume : true, force: first && sweepOptions.force });
    const round = { replications: current.replications, ...(await widestInterval(options.out, confidence)) };
    rounds.push(round);
    onRound?.(round);
    const precise = round.widest < width;
    if (precise || current.replications >= maxReplications) return { ...round, precise, sweep, rounds };
    const replications = Math.min(2 * current.replications, maxReplications);
    current = await extendReplications(options.out, current, replications, planSweep({ ...current, replications }).record);
  }
}

/** The experiment at the count a folder was already extended to, when it holds this experiment. */
function extendedEarlier(out: string, experiment: NormalizedExperiment): NormalizedExperiment {
  let stored: NormalizedExperiment;
  try {
    stored = readExperimentRecord(resultsPaths(out).experiment).experiment;
  } catch {
    return experiment;
  }
  const same = JSON.stringify({ ...stored, replications: 0 }) === JSON.stringify({ ...experiment, replications: 0 });
  return same && stored.replications > experiment.replications ? { ...experiment, replications: stored.replications } : experiment;
}

async function widestInterval(out: string, confidence: number): Promise<Omit<PrecisionRound, 'replications'>> {
  const data = await readResults(out);
  let widest = { widest: -Infinity, metric: data.metrics[0], point: 0 };
  for (const metric of data.metrics) {
    const groups = groupByPoint(data.point, data.values[metric], designSize(data.design));
    for (const row of summaryRows(metric, groups, confidence)) {
      const w = row.n < 2 ? Infinity : row.ciHigh - row.ciLow;
      if (w > widest.widest) widest = { widest: w, metric, point: row.point };
    }
  }
  return widest;
}
