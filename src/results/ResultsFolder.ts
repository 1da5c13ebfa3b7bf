import type { ExperimentRecord } from './experimentRecord.js';
import type { RunRow, TrustMatrix, WeeklyRow } from '../charts/chartInputs.js';

/**
 * A single run's folder, as `collabsim run <scenario> --out DIR` writes it: the weekly rows
 * (`weekly.csv` or `weekly.json`), the summary and the final trust matrix (`summary.json`).
 * Metric values that were not numbers in the files (an undefined rate) are `NaN`.
 */
export interface RunFolder {
  kind: 'run';
  /** The folder as given. */
  dir: string;
  /** The scenario's name. */
  scenario: string;
  seed: number;
  weeks: number;
  /** One number per summary metric, in the file's order. */
  summary: Record<string, number>;
  /** Trust between the partners at the end of the run; null when the file has none. */
  trust: TrustMatrix | null;
  /** One row per week: `week` and every weekly metric. */
  weekly: WeeklyRow[];
}

/**
 * A sweep's results folder, as `collabsim sweep` or `collabsim merge` writes it: the record
 * of the experiment (`experiment.json`: design, factors, seeds, version) and one flat row per
 * run (`runs.csv`) with its factor values and metrics (`NaN` where a run gave none). Weekly
 * rows can be large, so they are read on demand with `readSweepWeekly`.
 */
export interface SweepFolder {
  kind: 'sweep';
  dir: string;
  record: ExperimentRecord;
  /** One row per run, sorted by run: `run`, `point`, `replicate`, `seed`, `status`, factors, metrics. */
  runs: RunRow[];
  /** The error message of each failed run, by run number. */
  errors: Map<number, string>;
  /** Whether `weekly.parquet` is there. */
  hasWeekly: boolean;
}

/** What `readResultsFolder` returns: a single run or a sweep. */
export type ResultsFolder = RunFolder | SweepFolder;
