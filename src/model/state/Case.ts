/** Case status codes, in the order a case normally moves through them. */
export const CaseStatus = {
  /** Signals exist but too few have been combined: nobody sees the case yet. */
  latent: 0,
  /** Enough signals combined; waiting for a case conference. */
  recognised: 1,
  /** Discussed; some required powers not yet committed. */
  conference: 2,
  /** Every required power committed; interventions under way. */
  intervention: 3,
} as const;

/** Task state codes for one required power of a case. */
export const TaskState = {
  /** Nobody committed yet. */
  open: 0,
  /** The request went astray (wrong partner, duplicate, nobody); waits for the next conference. */
  astray: 1,
  /** A partner committed and waits for a free downstream slot. */
  committed: 2,
  /** A partner is delivering, holding one slot until `taskUntil`. */
  delivering: 3,
  /** Delivered. */
  delivered: 4,
} as const;

/**
 * A person or situation that needs a multi-agency approach (design brief §2).
 * Arrays with the prefix `signal` are parallel, one entry per signal; those with the prefix
 * `task` are parallel, one entry per required power.
 */
export interface Case {
  id: number;
  /** 0 crime, 1 radicalisation, 2 both (index into `CASE_TYPES`). */
  type: number;
  /** Severity in [0, 1]; the case escalates when it reaches 1. */
  severity: number;
  /** How security-framed the network describes the case, on the frame axis, set at arrival. */
  label: number;
  status: number;
  arrivalWeek: number;
  recognisedWeek: number;
  conferenceWeek: number;
  /** The partner that took the initiative (shared networks), or the coordinator. */
  owner: number;
  signalOrg: number[];
  signalSeat: number[];
  signalWeek: number[];
  /** 1 once passed to the owner (or held by the owner itself). */
  signalShared: number[];
  sharedCount: number;
  taskPower: number[];
  taskState: number[];
  taskOrg: number[];
  taskUntil: number[];
  /** Indexes of the organisations that committed to the case (for trust updates), no repeats. */
  involved: number[];
}
