/**
 * A scheduled change: at week `week`, set each path in `set` to its value. Paths are
 * precondition names (`informationSharing`), `phenomena.caseRate`, `network.form`,
 * `organisations[police].staff` style paths, or the shocks `urgency` (an immediate jump),
 * `turnoverShock` (share of all staff who leave at once) and
 * `organisations[police].turnoverShock` (share of one partner's staff who leave). A partner
 * that joins later is listed from the start with `staff: 0` and given staff at its week.
 */
export interface ScenarioEvent {
  /**
   * Week at which the change takes effect (1 = the first week).
   * @minimum 1
   * @TJS-type integer
   */
  week: number;
  /** Short description shown in outputs, e.g. "covenant signed". */
  label?: string;
  /** Path → new value. */
  set: { [path: string]: number | string };
}
