/** How a case ended, as recorded in `CaseEndings.kind`. */
export const CaseEnd = {
  /** Closed successfully after every required power was delivered. */
  resolved: 1,
  /** Closed after every required power was delivered, without success. */
  closedWithoutEffect: 2,
  /** Severity reached 1 (an incident). */
  escalated: 3,
} as const;

/**
 * The outcome record of every case, for the success metrics: each ended case's age at its end
 * (weeks from arrival to end) and how it ended, and per arrival week the cases that arrived
 * and those resolved within `successAge` weeks of arrival. The counts of an arrival week are
 * added to `maturedArrivals` and `maturedSuccesses` once the week is `successAge` weeks old
 * (`matureArrivals`), so the cumulative success share costs O(1) a week.
 *
 * `successAge` is fixed when the run starts (a timeline event that changes
 * `parameters.successAge` does not change the definition mid-run).
 *
 * @example
 * const endings = new CaseEndings(52);
 * endings.successAge; // 52
 */
export class CaseEndings {
  /** Age of each ended case at its end, in weeks, in the order the cases ended. */
  readonly age: number[] = [];
  /** How each ended case ended (`CaseEnd`), parallel to `age`. */
  readonly kind: number[] = [];
  /** Cases that arrived, by arrival week (index = week; index 0 unused). */
  readonly arrivals: number[] = [0];
  /** Cases resolved within `successAge` weeks of arrival, by arrival week. */
  readonly successes: number[] = [0];
  /** Cases that arrived at least `successAge` weeks ago (mature cases), to date. */
  maturedArrivals = 0;
  /** Mature cases that were resolved within `successAge` weeks of arrival, to date. */
  maturedSuccesses = 0;

  constructor(
    /** Age in weeks by which a case must be resolved to count as a success. */
    readonly successAge: number,
  ) {}
}
