import type { DesignPoint } from './designs/types.js';
import type { RunFunction } from './buildRunFunction.js';
import { formatJournalLine, type JournalEntry } from '../results/journalLine.js';
import { runCoordinates } from '../results/runCoordinates.js';
import { runSeed } from '../results/runSeed.js';

/** What a worker needs to turn a run number into a design point and a seed. */
export interface RunContext {
  points: DesignPoint[];
  replications: number;
  seed: number;
  commonRandomNumbers: boolean;
  metricCount: number;
  /**
   * Points of the design without variants: a point's seeds are those of point
   * `point mod basePoints` (common random numbers across variants). Equals `points.length`
   * without variants.
   */
  basePoints: number;
}

/** The journal text of a batch of finished runs, and how many of them failed. */
export interface BatchResult {
  text: string;
  failed: number;
}

/**
 * Executes a batch of runs and formats them as journal lines. A run that throws is recorded
 * as failed with its error message (no stack trace, so the text is the same on every
 * machine), and the batch goes on.
 *
 * @example
 * executeBatch(run, context, [0, 1, 2]).text.split('\n').length; // 4 (three lines and the end)
 */
export function executeBatch(run: RunFunction, context: RunContext, runs: ArrayLike<number>): BatchResult {
  let text = '';
  let failed = 0;
  for (let i = 0; i < runs.length; i++) {
    const number = runs[i];
    const { point, replicate } = runCoordinates(number, context.replications);
    const seed = runSeed(context.seed, point % context.basePoints, replicate, context.commonRandomNumbers);
    let entry: JournalEntry;
    try {
      const outcome = run(context.points[point], seed);
      entry = { run: number, status: 'ok', metrics: outcome.metrics };
      if (outcome.weekly) entry.weekly = outcome.weekly;
      if (outcome.organisations) entry.organisations = outcome.organisations;
      if (outcome.trustSnapshots) entry.trustSnapshots = outcome.trustSnapshots;
    } catch (error) {
      failed++;
      entry = {
        run: number,
        status: 'failed',
        metrics: new Array<null>(context.metricCount).fill(null),
        error: error instanceof Error ? error.message : String(error),
      };
    }
    text += formatJournalLine(entry);
  }
  return { text, failed };
}
