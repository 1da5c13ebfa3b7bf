import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { analysisFiles } from '../methods/analysisTables.js';
import { analyzeResults } from '../methods/analyzeResults.js';
import { metricsDefinedEverywhere } from '../analysis/results/metricsDefinedEverywhere.js';
import { readResults } from '../results/readResults.js';
import { buildReport } from './report/buildReport.js';
import { readResultsFolder } from '../results/readResultsFolder.js';
import { renderHtmlReport } from '../charts/renderHtmlReport.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { writeFileAtomic } from '../results/writeFileAtomic.js';
import { experimentError } from '../experiment/ExperimentError.js';
import { normalizeExperiment } from '../experiment/normalizeExperiment.js';
import type { EventConflict } from '../experiment/types.js';
import { runSweep, type SweepProgress } from './runSweep.js';
import { screeningExperiment, SCREENING_METRICS, type ScreeningOptions } from '../experiment/screeningExperiment.js';

/** Options of `explore`. */
export interface ExploreOptions extends ScreeningOptions {
  /** The results folder (created; an existing one needs `force` or `resume`). */
  out: string;
  workers?: number;
  force?: boolean;
  resume?: boolean;
  /** Bootstrap resamples for the μ* intervals (default 1000). */
  bootstrap?: number;
  signal?: AbortSignal;
  onProgress?: (progress: SweepProgress) => void;
  /** Seconds one run may take on a worker thread (default 600); see `SweepOptions.runTimeout`. Not applied with `workers: 0`. */
  runTimeout?: number;
  /** Refuse (a `ScenarioInputError`) when a timeline event sets a precondition being screened. */
  strictEvents?: boolean;
  /** Called before the sweep with each event that sets a screened precondition (see `findEventConflicts`). */
  onEventConflicts?: (conflicts: EventConflict[]) => void;
}

/** One precondition's place in the ranking for one outcome. */
export interface RankedPrecondition {
  rank: number;
  factor: string;
  muStar: number;
  muStarLow: number;
  muStarHigh: number;
  mu: number;
  sigma: number;
  /**
   * Whether μ* is distinguishable from the dummy's (the noise floor; `distinguishableFromDummy`);
   * null without a dummy or without bootstrap.
   */
  distinguishable: boolean | null;
}

/** The dummy factor's μ* for one outcome: the noise floor of the ranking. */
export interface NoiseFloor {
  muStar: number;
  muStarLow: number;
  muStarHigh: number;
}

/** What `explore` produced. */
export interface ExploreResult {
  out: string;
  report: string;
  runs: number;
  failed: number;
  /** Runs found finished in `out` from an earlier call (`resume`) and not run again. */
  reused: number;
  /** Ranked preconditions per outcome (by μ*, the mean absolute elementary effect); the dummy is not among them. */
  ranking: Record<string, RankedPrecondition[]>;
  /**
   * Per ranked outcome, the dummy's μ* with its interval (the noise floor), and whether the
   * runs shared common random numbers (then the floor is exactly 0); null without a dummy.
   */
  noiseFloor: { commonRandomNumbers: boolean; byOutcome: Record<string, NoiseFloor> } | null;
  /**
   * Outcomes left out of the analysis and the ranking (an empty list) because they were
   * missing at some design point: every run there left them undefined, such as `successRate`
   * in runs shorter than `successAge` or an acceptance rate where nobody was asked.
   */
  unranked: string[];
}

/**
 * The researcher's main job in one call: screen every precondition of a scenario (Morris,
 * `screeningExperiment`, with a dummy factor by default), run the sweep into `out`, write the
 * Morris analysis (`analysis/morris.csv|json`) and the HTML report (`report.html`), and return
 * the ranking, each precondition marked by whether it is distinguishable from the dummy.
 *
 * @example
 * const { ranking } = await explore('safety-house', { out: 'results/explore' });
 * ranking.successRate[0].factor; // the precondition that moves success most
 */
export async function explore(scenario: string, options: ExploreOptions): Promise<ExploreResult> {
  const input = screeningExperiment(scenario, options);
  const normalized = normalizeExperiment(input, {
    name: input.name!,
    scenario: loadScenario(scenario),
    onEventConflict: options.strictEvents ? 'error' : 'warn',
  });
  if (!normalized.experiment) throw experimentError(scenario, normalized.problems);
  const conflicts = normalized.experiment.eventConflicts ?? [];
  if (conflicts.length > 0) options.onEventConflicts?.(conflicts);
  const sweep = await runSweep(normalized.experiment, {
    out: options.out,
    workers: options.workers,
    force: options.force,
    resume: options.resume,
    signal: options.signal,
    runTimeout: options.runTimeout,
    onProgress: options.onProgress,
  });
  const data = await readResults(options.out, {});
  const { defined, missing: unranked } = metricsDefinedEverywhere(data);
  const analysis = analyzeResults({ ...data, metrics: defined }, { method: 'morris', bootstrap: options.bootstrap ?? 1000, seed: 0 });
  const analysisDir = join(options.out, 'analysis');
  mkdirSync(analysisDir, { recursive: true });
  for (const [name, text] of Object.entries(analysisFiles(analysis))) writeFileAtomic(join(analysisDir, name), text);
  const report = join(options.out, 'report.html');
  writeFileAtomic(report, renderHtmlReport(await buildReport(await readResultsFolder(options.out))));
  const dummy = analysis.method === 'morris' ? analysis.noiseFloor : null;
  const ranking: Record<string, RankedPrecondition[]> = {};
  const floors: Record<string, NoiseFloor> = {};
  for (const metric of SCREENING_METRICS) {
    const rows = (analysis.rows as unknown as (RankedPrecondition & { metric: string })[]).filter((r) => r.metric === metric);
    const floor = rows.find((r) => r.factor === dummy?.factor);
    if (floor) floors[metric] = { muStar: floor.muStar, muStarLow: floor.muStarLow, muStarHigh: floor.muStarHigh };
    ranking[metric] = rows
      .filter((r) => r !== floor)
      .sort((a, b) => b.muStar - a.muStar || a.factor.localeCompare(b.factor))
      .map((r, i) => ({
        rank: i + 1,
        factor: r.factor,
        muStar: r.muStar,
        muStarLow: r.muStarLow,
        muStarHigh: r.muStarHigh,
        mu: r.mu,
        sigma: r.sigma,
        distinguishable: r.distinguishable,
      }));
  }
  const noiseFloor = dummy ? { commonRandomNumbers: dummy.commonRandomNumbers, byOutcome: floors } : null;
  return { out: options.out, report, runs: sweep.total, failed: sweep.failed, reused: sweep.resumed, ranking, noiseFloor, unranked };
}
