/**
 * collabsim/internals — everything a script may need beyond the main entry point: the model's
 * internal state layout and engine parts, the scenario's sub-types, the design and analysis
 * methods' estimators, the parts of a results folder and of a sweep. For tests, benchmarks
 * and researchers who change the model or add a method. Unlike the main entry point
 * (`collabsim`, src/index.ts), these names follow the implementation and may change between
 * minor versions.
 */

// --- Cases: flat task and signal records -------------------------------------------------
export { CaseRecord } from './model/state/CaseRecord.js';
export {
  SIGNAL_FIELDS,
  SIGNAL_ORG,
  SIGNAL_SEAT,
  SIGNAL_WEEK,
  SIGNAL_SHARED,
  TASK_FIELDS,
  TASK_POWER,
  TASK_STATE,
  TASK_ORG,
  TASK_UNTIL,
  TASK_TICKET,
  appendSignal,
  appendTask,
  signalCount,
  taskCount,
  signalField,
  taskField,
} from './model/state/Case.js';

// --- Tasks, slots and queues -------------------------------------------------------------
export { commitTask } from './model/state/commitTask.js';
export { slotPool, taskPool, releaseSlot } from './model/state/slotPool.js';
export { TaskQueue } from './model/state/TaskQueue.js';
export { TrustEventQueue } from './model/state/TrustEventQueue.js';

// --- Professionals and ties --------------------------------------------------------------
export { TieStore } from './model/state/TieStore.js';
export { contact } from './model/state/contact.js';

// --- Building the state ------------------------------------------------------------------
export { createInitialState } from './model/state/createInitialState.js';
export { deriveParameters } from './model/preconditions/deriveParameters.js';
export {
  staffMultiplier,
  annualTurnover,
  networkTimeShare,
  conflictProbability,
  astrayProbability,
  initialTrust,
  initialTieStrength,
  sharingPermitted,
  meetingStretch,
  coordinatorShare,
  followUpProbability,
  initiativeProbability,
  narrativeCentre,
  narrativeBreadth,
  meanPerspectiveTaking,
  crossExperienceShare,
  learningInterval,
  slotMultiplier,
  scaleByPrecondition,
} from './model/preconditions/mappings.js';

// --- Observation -------------------------------------------------------------------------
export { RunAccumulator } from './model/metrics/RunAccumulator.js';

// --- The mechanisms' helpers and the model's building blocks -------------------------------
export type { SimulationOptions } from './model/createSimulation.js';
export { trustMatrix, type TrustMatrix } from './model/trustMatrix.js';
export { leave, forgetTrust } from './model/mechanisms/workforce.js';
export { commitProbability } from './model/mechanisms/conference.js';
export { successProbability, planQuality } from './model/mechanisms/outcomes.js';
export { applyTrustEvents, fadeExperiences } from './model/mechanisms/trust.js';
export { TaskState } from './model/state/Case.js';
export type { Workforce } from './model/state/Workforce.js';
export { bridgedFit, bridging, frameFit, translation } from './model/frameFit.js';
export { familiarity } from './model/familiarity.js';
export { reachPartner, newContact, type Contact } from './model/reachPartner.js';
export { effectiveTrust, TIE_WEIGHT } from './model/effectiveTrust.js';
export { DOMAINS, POWERS, CASE_TYPES, CARE_GROUP, SECURITY_GROUP } from './model/domains.js';
export type { DerivedParameters } from './model/preconditions/deriveParameters.js';
export { METRIC_NAMES, type MetricInfo } from './model/metrics/catalogue.js';
export type { OwnMetric, OwnMetricObserver } from './model/metrics/OwnMetric.js';
export { finishOwnMetrics } from './model/metrics/finishOwnMetrics.js';
export { simulateObserved, type WeekObserver } from './model/simulateObserved.js';
export { organisationObserver, type OrganisationWeekRow } from './model/metrics/organisationObserver.js';
export { trustSnapshotObserver, type TrustSnapshotRow } from './model/metrics/trustSnapshotObserver.js';
export { loadMetricsModule } from './experiment/loadMetricsModule.js';
export { withOwnMetrics } from './experiment/withOwnMetrics.js';
export { OwnMetricsError } from './experiment/OwnMetricsError.js';
export { runScenario, type RunScenarioOptions, type ScenarioRun } from './workflows/runScenario.js';
export { organisationTables, ORGANISATION_COLUMNS, TRUST_SNAPSHOT_COLUMNS } from './results/organisationTables.js';
export { trustPairsChart, type TrustPairRow } from './charts/trustPairsChart.js';
export { overlayTimeseries, type OverlaySeries } from './workflows/charts/overlayTimeseries.js';
export { buildOverlayReport } from './workflows/report/buildOverlayReport.js';
export { readFolderEvents } from './results/readFolderEvents.js';
export { readTrustSnapshots } from './results/readTrustSnapshots.js';
export { writeWeeklyCsv } from './results/writeWeeklyCsv.js';

// --- Scenarios: sections, paths and defaults -------------------------------------------------
export type {
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
export type { NormalizedOrganisation } from './scenario/normalizedTypes.js';
export { parseScenarioPath, ScenarioPathError } from './scenario/setScenarioPath.js';
export { PRECONDITION_DEFAULTS, DOMAIN_DEFAULTS } from './scenario/defaults.js';
export { loadScenarioFile } from './scenario/loadScenarioFile.js';

// --- Experiments: designs, models, plans, seeds, shards -----------------------------------
export type { Design, DesignSpec, Factor, DesignPoint } from './experiment/designs/types.js';
export { getBuiltinModel } from './experiment/models/builtinModels.js';
export type { SweepModel } from './experiment/models/types.js';
export { ishigamiIndices } from './experiment/models/ishigami.js';
export { sobolGIndices } from './experiment/models/sobolG.js';
export { normalizeExperiment } from './experiment/normalizeExperiment.js';
export { validateExperiment } from './experiment/validateExperiment.js';
export type { FactorSpec } from './experiment/types.js';
export { SCREENING_METRICS } from './experiment/screeningExperiment.js';
export { writeSlurmScripts } from './experiment/writeSlurmScripts.js';
export { SweepInterrupted } from './experiment/runPool.js';
export { createProgressReporter } from './experiment/sweepProgressReporter.js';
export type { SweepProgress } from './workflows/runSweep.js';
export { planSweep } from './workflows/planSweep.js';
export type { ExploreOptions, ExploreResult } from './workflows/explore.js';

// --- Design and analysis methods: the rooms' parts ----------------------------------------
export type { DesignMethodRoom } from './methods/DesignMethodRoom.js';
export type { AnalysisMethodRoom, AnalysisInput, EffectsView } from './methods/AnalysisMethodRoom.js';
export { oatEffects } from './methods/oat/oatEffects.js';
export { morrisEffects } from './methods/morris/morrisEffects.js';
export { chooseMethod, type AnalysisMethod } from './methods/chooseMethod.js';
export type { AnalyzeOptions } from './methods/analyzeResults.js';
export { ANALYSIS_COLUMNS } from './methods/analysisTables.js';
export type { EquivalenceTest } from './analysis/equivalenceTest.js';
export type { CompareOptions } from './analysis/results/compareResults.js';
export { comparisonFiles } from './analysis/results/comparisonFiles.js';
export { compareVariants, variantComparisonFiles, type VariantComparison } from './analysis/results/compareVariants.js';
export { variantBlocks, type VariantBlock } from './analysis/results/variantBlocks.js';
export { AnalysisError } from './analysis/results/AnalysisError.js';

// --- Results folders ----------------------------------------------------------------------
export { resultsPaths } from './results/resultsPaths.js';
export { runSeed } from './results/runSeed.js';
export { variantLayout, seedPoint, type VariantLayout } from './results/variantLayout.js';

// --- Variants, event paths, settings, replay (issue 16) -----------------------------------
export { mergeEvents } from './scenario/mergeEvents.js';
export { patchScenario, type ScenarioPatch } from './scenario/patchScenario.js';
export { setEventPath, isEventPath } from './scenario/setEventPath.js';
export { variantScenario } from './experiment/normalizeVariants.js';
export { pointScenario } from './experiment/pointScenario.js';
export { findEventConflicts, describeEventConflict } from './experiment/findEventConflicts.js';
export { applySettings, parseSetting, type Setting } from './experiment/applySettings.js';
export { replayPlan, type ReplayPlan } from './workflows/replayPlan.js';
export { parseShard, shardOf, shardRuns, shardFromEnv } from './results/shard.js';
export type { RunFolder, SweepFolder } from './results/ResultsFolder.js';

// --- Charts from a results folder ---------------------------------------------------------
export type { ChartRequest } from './workflows/charts/chartFromResults.js';
export { CHART_KINDS, type ChartKind } from './workflows/charts/chartKinds.js';
export { ResultsInputError } from './workflows/charts/ResultsInputError.js';
export { catalogueDescribeMetric } from './charts/catalogueDescribeMetric.js';
export { readSavedDiscovery } from './results/readSavedDiscovery.js';
export { discoveryFiles } from './analysis/discovery/discoveryFiles.js';

// --- Calibration: the ABC-SMC core (issue 17) ----------------------------------------------
export { abcSmc, abcStopReason } from './analysis/calibration/abcSmc.js';
export { abcGeneration } from './analysis/calibration/abcGeneration.js';
export { abcProposal, PROPOSAL_STREAM, SIMULATION_STREAM } from './analysis/calibration/abcProposal.js';
export { abcSettings, type AbcSettings } from './analysis/calibration/abcSettings.js';
export {
  ABC_DEFAULTS,
  type AbcSetup,
  type AbcGeneration,
  type AbcProposal,
  type AbcSimulator,
  type AbcRun,
  type AbcRunOptions,
  type AbcStopReason,
} from './analysis/calibration/AbcSetup.js';
export { abcDistance, type AbcTarget } from './analysis/calibration/abcDistance.js';
export { perturbationKernel, MAX_KERNEL_TRIES, type PerturbationKernel } from './analysis/calibration/perturbationKernel.js';
export { posteriorSummary, type PosteriorRow } from './analysis/calibration/posteriorSummary.js';
export type { Prior, PriorSpec, CalibrationParameter } from './analysis/calibration/Prior.js';
export { priorFromSpec } from './analysis/calibration/priorFromSpec.js';
export { uniformPrior } from './analysis/calibration/uniformPrior.js';
export { logUniformPrior } from './analysis/calibration/logUniformPrior.js';
export { truncatedNormalPrior } from './analysis/calibration/truncatedNormalPrior.js';
export { integerPrior } from './analysis/calibration/integerPrior.js';
export { normalCdf, normalUpperTail } from './analysis/calibration/normalCdf.js';
export { weightedQuantile } from './analysis/calibration/weightedQuantile.js';
export { weightedCovariance } from './analysis/calibration/weightedCovariance.js';
export { effectiveSampleSize } from './analysis/calibration/effectiveSampleSize.js';
export { cholesky } from './analysis/calibration/cholesky.js';

// --- Calibration: the workflow behind `collabsim calibrate` (issue 17) -------------------
export type { CalibrationFile, CalibrationTargetSpec, NormalizedCalibration } from './workflows/calibrate/CalibrationFile.js';
export { loadCalibrationFile, CALIBRATION_DEFAULTS } from './workflows/calibrate/loadCalibrationFile.js';
export { checkCalibrationFile } from './workflows/calibrate/checkCalibrationFile.js';
export { calibrate, abcSetup, type CalibrateOptions, type CalibrationProgress, type CalibrationResult } from './workflows/calibrate/calibrate.js';
export { CalibrationFolder, CALIBRATION_RECORD, type CalibrationRecord } from './workflows/calibrate/CalibrationFolder.js';
export { CalibrationPool } from './workflows/calibrate/CalibrationPool.js';
export { simulateParticles, type ParticleBatch } from './workflows/calibrate/simulateParticles.js';
export { calibrationTables, GENERATION_COLUMNS, POSTERIOR_COLUMNS, PREDICTIVE_COLUMNS } from './workflows/calibrate/calibrationTables.js';
export { predictiveDraws, predictiveRows, PREDICTIVE_STREAM, type PredictiveRow } from './workflows/calibrate/posteriorPredictive.js';
export { calibrationCharts } from './workflows/calibrate/calibrationCharts.js';
export { calibrationReport, isCalibrationFolder } from './workflows/report/calibrationReport.js';
export { normalMean } from './experiment/models/normalMean.js';

// --- Patterns: claims a scenario should reproduce (`collabsim patterns check`; issue 17) ---
export { checkPatterns, type PatternCheck, type PatternCheckOptions, type PatternResult, type PatternStatus } from './workflows/patterns/checkPatterns.js';
export { readPatternFile, type PatternOverrides } from './workflows/patterns/readPatternFile.js';
export type { PatternPlan, PlannedClaim, PlannedSweep, ArmRef } from './workflows/patterns/PatternPlan.js';
export { evaluateClaim } from './analysis/patterns/evaluateClaim.js';
export { EXPECTATIONS, type Claim, type ClaimVerdict, type Expectation } from './analysis/patterns/Claim.js';
export { formatPatternTable } from './workflows/patterns/formatPatternTable.js';
export { patternFiles, PATTERN_COLUMNS } from './workflows/patterns/patternFiles.js';
