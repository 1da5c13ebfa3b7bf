/**
 * collabsim — agent-based simulation of collaboration between partner organisations.
 * The public API, grouped by concern and exported by name.
 */

// --- Running the model --------------------------------------------------------------------
export { simulate, type SimulateOptions, type SimulationResult } from './model/simulate.js';
export { createSimulation, type Simulation, type SimulationOptions } from './model/createSimulation.js';
export { defaultMechanisms } from './model/defaultMechanisms.js';
export { type Mechanism, replaceMechanism, insertMechanism } from './model/Mechanism.js';
export { trustMatrix, type TrustMatrix } from './model/trustMatrix.js';

// --- The weekly mechanisms, one by one (for replacing or wrapping them) -------------------
export { urgency } from './model/mechanisms/urgency.js';
export { workforce, leave, forgetTrust } from './model/mechanisms/workforce.js';
export { capacity } from './model/mechanisms/capacity.js';
export { arrivals } from './model/mechanisms/arrivals.js';
export { sharing } from './model/mechanisms/sharing.js';
export { conference, commitProbability } from './model/mechanisms/conference.js';
export { interventions } from './model/mechanisms/interventions.js';
export { outcomes, successProbability, planQuality } from './model/mechanisms/outcomes.js';
export { trust, queueTrust, applyTrustEvents, fadeExperiences } from './model/mechanisms/trust.js';
export { learning } from './model/mechanisms/learning.js';
export { narrative } from './model/mechanisms/narrative.js';

// --- Writing a mechanism: the state it reads and writes, and the model's building blocks ---
// The state's internal layout (flat task and signal records, queues, tie store, precondition
// mappings, ...) is in the second entry point, `collabsim/internals` (src/internals.ts).
export type { SimulationState } from './model/state/SimulationState.js';
export type { Case } from './model/state/Case.js';
export { CaseStatus, TaskState } from './model/state/Case.js';
export type { Workforce } from './model/state/Workforce.js';
export type { TrustEventQueue } from './model/state/TrustEventQueue.js';
export { bridgedFit, bridging, frameFit, translation } from './model/frameFit.js';
export { familiarity } from './model/familiarity.js';
export { reachPartner, newContact, type Contact } from './model/reachPartner.js';
export { effectiveTrust, TIE_WEIGHT } from './model/effectiveTrust.js';
export { shiftLogOdds } from './model/logit.js';
export { DOMAINS, POWERS, CASE_TYPES, CARE_GROUP, SECURITY_GROUP } from './model/domains.js';
export type { DerivedParameters } from './model/preconditions/deriveParameters.js';

// --- Metrics ------------------------------------------------------------------------------
export { METRICS, METRIC_NAMES, WEEKLY_METRIC_NAMES, describeMetric, type MetricInfo } from './model/metrics/catalogue.js';
export type { WeeklyRow } from './model/metrics/observeWeek.js';
export type { RunSummary } from './model/metrics/RunAccumulator.js';
export { cumulativeIncidence } from './model/metrics/cumulativeIncidence.js';

// --- Scenarios ----------------------------------------------------------------------------
export type {
  Scenario,
  OrganisationSpec,
  Preconditions,
  Phenomena,
  NetworkSpec,
  ScenarioEvent,
  ModelParameters,
  Domain,
  Power,
  GovernanceForm,
  CaseType,
} from './scenario/types.js';
export type { NormalizedScenario, NormalizedOrganisation } from './scenario/normalizedTypes.js';
export { normalizeScenario } from './scenario/normalizeScenario.js';
export { setScenarioPath, parseScenarioPath, ScenarioPathError } from './scenario/setScenarioPath.js';
export { PRECONDITION_NAMES, PRECONDITION_DEFAULTS, DOMAIN_DEFAULTS } from './scenario/defaults.js';
export { loadPreset } from './scenario/loadPreset.js';
export { listPresets } from './scenario/listPresets.js';
export { loadScenario } from './scenario/loadScenario.js';
export { loadScenarioFile } from './scenario/loadScenarioFile.js';
export { validateScenario } from './scenario/validateScenario.js';
export { ScenarioInputError } from './scenario/ScenarioInputError.js';

// --- Randomness ---------------------------------------------------------------------------
export { createRng, type Rng } from './random/rng.js';
export { deriveSeed } from './random/deriveSeed.js';

// --- Experiments --------------------------------------------------------------------------
export { generateDesign } from './methods/generateDesign.js';
export type { Design, DesignSpec, Factor, DesignPoint } from './experiment/designs/types.js';
export { builtinModels, getBuiltinModel } from './experiment/models/builtinModels.js';
export type { SweepModel } from './experiment/models/types.js';
export { ishigamiIndices } from './experiment/models/ishigami.js';
export { sobolGIndices } from './experiment/models/sobolG.js';
export { runSweep, type SweepOptions, type SweepProgress, type SweepSummary } from './workflows/runSweep.js';
export { SweepInterrupted } from './experiment/runPool.js';
export { loadExperimentFile } from './experiment/loadExperimentFile.js';
export { normalizeExperiment } from './experiment/normalizeExperiment.js';
export { validateExperiment } from './experiment/validateExperiment.js';
export type { Experiment, NormalizedExperiment, FactorSpec } from './experiment/types.js';
export { planSweep } from './workflows/planSweep.js';
export { runSeed } from './results/runSeed.js';
export { mergeResults } from './results/mergeResults.js';
export { writeSlurmScripts } from './experiment/writeSlurmScripts.js';
export { parseShard, shardOf, shardRuns, shardFromEnv } from './results/shard.js';
export { resultsPaths } from './results/resultsPaths.js';
export { sweepUntilPrecise } from './workflows/sweepUntilPrecise.js';
export { explore, type ExploreOptions, type ExploreResult } from './workflows/explore.js';
export { screeningExperiment, SCREENING_METRICS } from './experiment/screeningExperiment.js';

// --- Analysis -----------------------------------------------------------------------------
export { summarise } from './analysis/summarise.js';
export { pairedDifference } from './analysis/pairedDifference.js';
export { equivalenceTest, type EquivalenceTest } from './analysis/equivalenceTest.js';
export { replicationsNeeded } from './analysis/replicationsNeeded.js';
export { oatEffects } from './methods/oat/oatEffects.js';
export { sobolIndices } from './methods/sobol/sobolIndices.js';
export { morrisEffects } from './methods/morris/morrisEffects.js';
export { replicateNoiseShare } from './analysis/replicateNoiseShare.js';
export { readResults, type ResultsData } from './results/readResults.js';
export { analyzeResults, type Analysis, type AnalyzeOptions } from './methods/analyzeResults.js';
export { chooseMethod, type AnalysisMethod } from './methods/chooseMethod.js';
export { compareResults, type Comparison, type CompareOptions } from './analysis/results/compareResults.js';
export { analysisFiles, ANALYSIS_COLUMNS } from './methods/analysisTables.js';
export { comparisonFiles } from './analysis/results/comparisonFiles.js';
export { AnalysisError } from './analysis/results/AnalysisError.js';

// --- Charts -------------------------------------------------------------------------------
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
export { readResultsFolder } from './results/readResultsFolder.js';
export type { ResultsFolder, RunFolder, SweepFolder } from './results/ResultsFolder.js';
export { ResultsInputError } from './workflows/charts/ResultsInputError.js';
export { chartFromResults, type ChartRequest } from './workflows/charts/chartFromResults.js';
export { CHART_KINDS, type ChartKind } from './workflows/charts/chartKinds.js';
export { buildReport } from './workflows/report/buildReport.js';
export { catalogueDescribeMetric } from './charts/catalogueDescribeMetric.js';
