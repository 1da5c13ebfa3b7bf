/**
 * collabsim/internals — the model's internal state layout and engine parts, for tests,
 * benchmarks and researchers who change the model itself. Unlike the main entry point
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

// --- Calibration: the ABC-SMC core (issue 17; the `calibrate` command will wire it) -------
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
