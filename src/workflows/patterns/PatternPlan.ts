import type { Claim } from '../../analysis/patterns/Claim.js';
import type { NormalizedExperiment } from '../../experiment/types.js';

/**
 * A checked pattern file, ready to run: the sweeps its claims need (each a small `list`
 * experiment with common random numbers, shared by every claim on the same arms) and the
 * claims, one per pattern, scenario and metric.
 */
export interface PatternPlan {
  /** The pattern file, as named on the command line. */
  file: string;
  /** The file's `name` (default: the file name without extension). */
  name: string;
  /** Root seed of every sweep. */
  seed: number;
  sweeps: PlannedSweep[];
  claims: PlannedClaim[];
}

/** One sweep of the plan: its folder name under `<out>/sweeps/` and its experiment. */
export interface PlannedSweep {
  name: string;
  experiment: NormalizedExperiment;
}

/** One arm of a claim: a design point of one of the plan's sweeps. */
export interface ArmRef {
  sweep: number;
  point: number;
}

/** One claim: a pattern on one scenario and one metric. */
export interface PlannedClaim {
  /** The pattern's `name`. */
  pattern: string;
  /** Where it is in the file (`patterns[3]`). */
  path: string;
  /** The scenario as the file names it (for an ordering across scenarios, the names joined by `<`). */
  scenario: string;
  metric: string;
  claim: Claim;
  /** What is compared, in words (`staffStability 0.9 → 0.1`). */
  contrast: string;
  arms: ArmRef[];
  /** The measured reason this claim is known not to hold today, or null. */
  knownGap: string | null;
}
