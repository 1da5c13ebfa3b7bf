import type { GovernanceForm } from './vocabulary.js';

/** The network's governance. */
export interface NetworkSpec {
  /**
   * Governance form.
   * @default "nao"
   */
  form?: GovernanceForm;
  /** Id of the lead organisation (required for `lead`; for `nao` the coordinating office when one is listed). */
  lead?: string;
  /**
   * Weeks between case conferences at full regie (low regie stretches it up to twice).
   * @minimum 1
   * @maximum 52
   * @default 2
   * @TJS-type integer
   */
  meetingInterval?: number;
  /**
   * Cases a week the coordinator can discuss at regie = 1 (regie scales it from 30%); a
   * conference covers the weeks since the previous one.
   * @minimum 0.1
   * @maximum 1000
   * @default 8
   */
  coordinatorCapacity?: number;
  /**
   * Every case has a fixed director: the coordinator's professional who first chairs the case
   * chairs every later discussion of it while in post (a successor takes over after a
   * departure), as in the Top600 approach. Default false: any present professional of the
   * coordinator chairs.
   * @default false
   */
  caseDirector?: boolean;
}
