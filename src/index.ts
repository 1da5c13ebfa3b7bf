/**
 * collabsim — agent-based simulation of collaboration between partner organisations.
 * The public API: what a researcher scripts with, grouped by concern and exported by name.
 * Everything else (the state layout, the model's building blocks, the results folder's parts,
 * the method rooms' estimators) is in the second entry point, `collabsim/internals`
 * (src/internals.ts), whose names follow the implementation.
 */

// --- Running the model --------------------------------------------------------------------
/**
 * One run with `SimulateOptions` gives a `SimulationResult`; a `Simulation` runs week by week.
 * @example
 * const options: SimulateOptions = { seed: 1, weeks: 104 };
 * const result: SimulationResult = simulate(loadPreset('safety-house'), options);
 * result.summary.successRate; // share of mature cases that succeeded
 * const sim: Simulation = createSimulation(loadPreset('safety-house'), { seed: 1 });
 * sim.step(); // one week
 */
export { simulate, type SimulateOptions, type SimulationResult } from './model/simulate.js';
export { createSimulation, type Simulation } from './model/createSimulation.js';

// --- Mechanisms and their registry --------------------------------------------------------
export { defaultMechanisms } from './model/defaultMechanisms.js';
export { type Mechanism, replaceMechanism, insertMechanism } from './model/Mechanism.js';
export * as mechanisms from './mechanisms.js';

// --- Writing a mechanism: the state it reads and writes -----------------------------------
/**
 * A mechanism reads and writes the `SimulationState`; `queueTrust` books a trust experience.
 * @example
 * const openCases: Mechanism = {
 *   name: 'openCases',
 *   step(state: SimulationState) {
 *     const waiting = state.open.filter((c) => c.status === CaseStatus.recognised).length;
 *     if (waiting > 20) queueTrust(state, 0, 1, -0.1); // a backlog strains trust between partners 0 and 1
 *   },
 * };
 */
export type { SimulationState } from './model/state/SimulationState.js';
export type { Case } from './model/state/Case.js';
export { CaseStatus } from './model/state/Case.js';
export { queueTrust } from './model/mechanisms/trust.js';
export { shiftLogOdds } from './model/logit.js';

// --- Metrics ------------------------------------------------------------------------------
/**
 * The metric catalogue: each metric's unit, aggregation and meaning; the rows a run reports.
 * @example
 * METRICS.length; // every metric, declared once
 * describeMetric('successRate')?.unit; // 'share of mature cases'
 * WEEKLY_METRIC_NAMES.includes('meanOrgTrust'); // true
 * const { weekly, summary }: { weekly: WeeklyRow[]; summary: RunSummary } = simulate(loadPreset('riec'), { seed: 1 });
 */
export { METRICS, WEEKLY_METRIC_NAMES, describeMetric } from './model/metrics/catalogue.js';
export type { WeeklyRow } from './model/metrics/observeWeek.js';
export type { RunSummary } from './model/metrics/RunAccumulator.js';
export { cumulativeIncidence } from './model/metrics/cumulativeIncidence.js';
/** Own metrics: a metrics module's default export (`metricsModule:` in an experiment, `run --metrics-module`). */
export { defineMetric } from './model/metrics/OwnMetric.js';

// --- Scenarios ----------------------------------------------------------------------------
/**
 * A `Scenario` as written (YAML or JSON), and the `NormalizedScenario` with every default filled in.
 * @example
 * const scenario: Scenario = loadPreset('safety-house');
 * const normalized: NormalizedScenario = normalizeScenario(scenario);
 * normalized.organisations.length; // the partners
 * PRECONDITION_NAMES.includes('mutualTrust'); // true
 */
export type { Scenario } from './scenario/types.js';
export type { NormalizedScenario } from './scenario/normalizedTypes.js';
export { loadPreset } from './scenario/loadPreset.js';
export { listPresets } from './scenario/listPresets.js';
export { loadScenario } from './scenario/loadScenario.js';
export { validateScenario } from './scenario/validateScenario.js';
export { normalizeScenario } from './scenario/normalizeScenario.js';
export { setScenarioPath } from './scenario/setScenarioPath.js';
/**
 * The preconditions a scenario sets, by name (factors of a sweep).
 * @example
 * PRECONDITION_NAMES[0]; // 'manpower'
 */
export { PRECONDITION_NAMES } from './scenario/defaults.js';

// --- Randomness ---------------------------------------------------------------------------
/**
 * A seeded generator (`Rng`): the only source of randomness of a run.
 * @example
 * const rng: Rng = createRng(42);
 * rng(); // a number in [0, 1), the same sequence for the same seed
 */
export { createRng, type Rng } from './random/rng.js';
export { deriveSeed } from './random/deriveSeed.js';

// --- Experiments --------------------------------------------------------------------------
/**
 * An `Experiment` file, normalised (`NormalizedExperiment`) and swept with `SweepOptions`
 * into a results folder (`SweepSummary`); `builtinModels` are the analytic test models.
 * @example
 * const input: Experiment = { model: 'ishigami', design: { method: 'sobol', samples: 1024 } };
 * const experiment: NormalizedExperiment = loadExperimentFile('sweep.yaml');
 * const options: SweepOptions = { out: 'results/sweep', workers: 2 };
 * const summary: SweepSummary = await runSweep(experiment, options);
 * Object.keys(builtinModels); // ['ishigami', 'sobol-g', 'linear', 'normal-mean']
 */
export type { Experiment, NormalizedExperiment } from './experiment/types.js';
export { loadExperimentFile } from './experiment/loadExperimentFile.js';
export { builtinModels } from './experiment/models/builtinModels.js';
export { generateDesign } from './methods/generateDesign.js';
export { runSweep, type SweepOptions, type SweepSummary } from './workflows/runSweep.js';
export { sweepUntilPrecise } from './workflows/sweepUntilPrecise.js';
export { mergeResults } from './results/mergeResults.js';
export { explore } from './workflows/explore.js';
export { screeningExperiment } from './experiment/screeningExperiment.js';

// --- Design and analysis methods ----------------------------------------------------------
export { DESIGN_METHODS, ANALYSIS_METHODS } from './methods/registry.js';

// --- Analysis -----------------------------------------------------------------------------
export { summarise } from './analysis/summarise.js';
export { pairedDifference } from './analysis/pairedDifference.js';
export { equivalenceTest } from './analysis/equivalenceTest.js';
export { replicationsNeeded } from './analysis/replicationsNeeded.js';
export { replicateNoiseShare } from './analysis/replicateNoiseShare.js';
export { sobolIndices } from './methods/sobol/sobolIndices.js';
/**
 * A finished sweep read for analysis (`ResultsData`), analysed (`Analysis`) or compared with
 * another (`Comparison`).
 * @example
 * const data: ResultsData = await readResults('results/sweep');
 * const analysis: Analysis = analyzeResults(data);
 * const comparison: Comparison = compareResults(data, await readResults('results/other'));
 */
export { readResults, type ResultsData } from './results/readResults.js';
export { analyzeResults, type Analysis } from './methods/analyzeResults.js';
export { analysisFiles } from './methods/analysisTables.js';
export { compareResults, type Comparison } from './analysis/results/compareResults.js';

// --- Charts and reports -------------------------------------------------------------------
export { timeseriesChart } from './charts/timeseriesChart.js';
export { effectsChart } from './methods/oat/effectsChart.js';
export { sobolChart } from './methods/sobol/sobolChart.js';
export { morrisChart } from './methods/morris/morrisChart.js';
export { heatmapChart } from './charts/heatmapChart.js';
export { distributionChart } from './charts/distributionChart.js';
export { trustMatrixChart } from './charts/trustMatrixChart.js';
export { renderSvg } from './charts/renderSvg.js';
export { renderPng } from './charts/renderPng.js';
export { renderHtmlReport } from './charts/renderHtmlReport.js';
/**
 * A results folder read for charts and reports: a sweep's or a single run's (`ResultsFolder`).
 * @example
 * const folder: ResultsFolder = await readResultsFolder('results/sweep');
 * folder.kind; // 'sweep' or 'run'
 */
export { readResultsFolder } from './results/readResultsFolder.js';
export type { ResultsFolder } from './results/ResultsFolder.js';
export { chartFromResults } from './workflows/charts/chartFromResults.js';
export { buildReport } from './workflows/report/buildReport.js';

// --- Errors -------------------------------------------------------------------------------
export { UserError } from './errors/UserError.js';
/**
 * The problems of a scenario or experiment file, one per line (`file: path: message`).
 * @example
 * try { loadScenario('bad.yaml'); } catch (error) { if (error instanceof ScenarioInputError) console.error(error.message); }
 */
export { ScenarioInputError } from './scenario/ScenarioInputError.js';
export { ResultsFolderError } from './results/ResultsFolderError.js';

// --- Scenario discovery -------------------------------------------------------------------
/**
 * PRIM, the Patient Rule Induction Method (Friedman & Fisher 1999; Bryant & Lempert 2010), on any
 * table of factors and a 0/1 column of cases of interest; agrees exactly with EMA Workbench.
 * @example
 * const x = { x1: [0.1, 0.2, 0.8, 0.9, 0.15, 0.7], x2: [0.9, 0.7, 0.8, 0.2, 0.95, 0.1] };
 * prim(x, [1, 1, 0, 0, 1, 0], { massMin: 0.3 }).box.density; // 1
 */
export { prim } from './analysis/discovery/prim.js';
export * as discovery from './discovery.js';
