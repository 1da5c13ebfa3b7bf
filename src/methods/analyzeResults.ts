import type { DesignMethod } from '../experiment/designs/types.js';
import { designSize } from '../analysis/results/designSize.js';
import { groupByPoint, type PointGroups } from '../analysis/results/groupByPoint.js';
import type { ResultsData } from '../results/readResults.js';
import { variantBlocks, type VariantBlock } from '../analysis/results/variantBlocks.js';
import { chooseMethod, type AnalysisRequest } from './chooseMethod.js';
import { ANALYSIS_METHODS, type AnalysisMethod, type AnalysisResult } from './registry.js';
import type { BootstrapOptions } from './sobol/sobolRows.js';

export type { ScreeningContext } from './screeningContext.js';

/** How to analyse a results folder. */
export interface AnalyzeOptions extends BootstrapOptions {
  /** The analysis, or `auto` (default) to take it from the design (see `chooseMethod`). */
  method?: AnalysisRequest;
}

/** What every analysis reports besides its rows. */
export interface AnalysisContext {
  /** The results folder. */
  results: string;
  /** The design the results come from. */
  design: DesignMethod;
  metrics: string[];
  replications: number;
  /** Runs in the results, and the failed ones among them (excluded). */
  runs: number;
  failed: number;
  /** Per metric: successful runs without a finite value (excluded). */
  missing: Record<string, number>;
  /** Interval coverage. */
  confidence: number;
}

/** The result of `analyzeResults`, by method; `rows` are the rows of `<method>.csv`. */
export type Analysis = AnalysisContext & AnalysisResult;

/**
 * Runs one analysis of a results folder read by `readResults`, for every metric read, with
 * the room of its method (`ANALYSIS_METHODS`, src/methods/registry.ts):
 *
 * - `summary`: per metric and design point, n, mean, sd, t-interval of the mean, median;
 * - `oat`: main effects from an oat or grid design, paired by replicate, ranked by |effect|;
 * - `sobol`: S1 and ST (and S2 when the design has it) with seeded bootstrap intervals, of
 *   the mean over replicates per point, and the replicate-noise share of the variance;
 * - `morris`: μ, μ*, σ with bootstrap intervals for μ*, of the replicate means.
 *
 * Failed runs are excluded and counted (`failed`); the method must fit the design
 * (`chooseMethod`). Pure given `data`: same data and options, same result.
 * Cost: dominated by the bootstrap, about 1–3 s for Sobol' with 3 factors, N = 65 536 and
 * 1000 resamples.
 *
 * @example
 * const analysis = analyzeResults(await readResults('results/ishigami'), { bootstrap: 500 });
 * analysis.method; // 'sobol'
 * analysis.rows[0]; // { metric: 'y', factor: 'x1', S1: 0.31, S1Low: 0.29, …, ST: 0.56, … }
 */
export function analyzeResults(data: ResultsData, options: AnalyzeOptions = {}): Analysis {
  const blocks = variantBlocks(data);
  if (blocks.length > 0) return analyzeByVariant(data, blocks, options);
  const method: AnalysisMethod = chooseMethod(options.method ?? 'auto', data.design.method);
  const confidence = options.confidence ?? 0.95;
  const points = designSize(data.design);
  const groups = new Map<string, PointGroups>(
    data.metrics.map((m) => [m, groupByPoint(data.point, data.values[m], points)]),
  );
  const context: AnalysisContext = {
    results: data.dir,
    design: data.design.method,
    metrics: data.metrics,
    replications: data.experiment.replications,
    runs: data.runs,
    failed: data.failed,
    missing: Object.fromEntries(data.metrics.map((m) => [m, groups.get(m)!.missing])),
    confidence,
  };
  const input = { data, groups, confidence, bootstrap: options.bootstrap ?? 1000, seed: options.seed ?? 0 };
  const result = (ANALYSIS_METHODS[method].analyze as (i: typeof input) => AnalysisResult)(input);
  return { ...context, ...result };
}

/**
 * The analysis of an experiment with variants: the method's analysis of each variant's runs
 * as a sweep of the design without variants (`variantBlocks`), its rows in one table with the
 * variant first (`variant`, then the method's columns), and everything else the method
 * reports per variant in `byVariant`. The context counts every run.
 */
function analyzeByVariant(data: ResultsData, blocks: VariantBlock[], options: AnalyzeOptions): Analysis {
  const results = blocks.map((block) => ({ variant: block.variant, analysis: analyzeResults(block.data, options) }));
  const first = results[0].analysis;
  const missing = Object.fromEntries(data.metrics.map((m) => [m, results.reduce((sum, r) => sum + r.analysis.missing[m], 0)]));
  const byVariant = Object.fromEntries(
    results.map(({ variant, analysis }) => {
      const { rows: _rows, results: _results, ...rest } = analysis;
      return [variant, rest];
    }),
  );
  const rows = results.flatMap(({ variant, analysis }) => (analysis.rows as object[]).map((row) => ({ variant, ...row })));
  return { ...first, results: data.dir, runs: data.runs, failed: data.failed, missing, rows, byVariant } as unknown as Analysis;
}
