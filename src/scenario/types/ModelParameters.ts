/** Constants of the mechanisms, for researchers who refine the model. Defaults in docs/model.md. */
export interface ModelParameters {
  /**
   * Trust gain per success, λ⁺, in log-odds units: logit(T) rises by λ⁺.
   * @minimum 0
   * @maximum 5
   * @default 0.1
   */
  trustGain?: number;
  /**
   * Trust loss per breach, λ⁻, in log-odds units (default 3·λ⁺: trust breaks three times faster than it builds).
   * @minimum 0
   * @maximum 5
   * @default 0.3
   */
  trustLoss?: number;
  /**
   * Share of a tie's strength lost each week without contact.
   * @minimum 0
   * @maximum 1
   * @default 0.005
   */
  tieFade?: number;
  /**
   * Tie strengthening per contact: s rises by this share of (1 − s).
   * @minimum 0
   * @maximum 1
   * @default 0.15
   */
  tieGain?: number;
  /**
   * Memory of experiences, in weeks: the time constant over which what successes and breaches
   * did to organisational trust fades back toward the network's starting trust (about a third
   * is left after this many weeks without new experiences).
   * @minimum 1
   * @maximum 5200
   * @default 104
   */
  trustMemoryWeeks?: number;
  /**
   * Half-life of urgency's return to its baseline, in weeks.
   * @minimum 1
   * @maximum 1000
   * @default 35
   */
  urgencyHalfLife?: number;
  /**
   * Urgency jump per escalated case, as a share of the distance to 1.
   * @minimum 0
   * @maximum 1
   * @default 0.02
   */
  incidentUrgency?: number;
  /**
   * Working hours per professional per week.
   * @minimum 1
   * @maximum 80
   * @default 36
   */
  hoursPerWeek?: number;
  /**
   * Network hours a week a committed partner spends on one intervention it delivers (the
   * network professional arranges and follows it; the treatment itself is outside network time).
   * @minimum 0
   * @maximum 80
   * @default 2
   */
  deliveryHours?: number;
  /**
   * Weeks a committed partner needs to deliver an intervention.
   * @minimum 1
   * @maximum 52
   * @default 4
   * @TJS-type integer
   */
  deliveryWeeks?: number;
  /**
   * Maximum ties a professional keeps (the weakest is dropped beyond it).
   * @minimum 1
   * @maximum 200
   * @default 12
   * @TJS-type integer
   */
  maxTies?: number;
  /**
   * Age of a case, in weeks since arrival, by which it must be resolved to count as a success
   * (`successRate`, the cohort rates and `successByAgeEstimate`). Every case that reaches this
   * age counts, whether it ended well, ended otherwise or is still open.
   * @minimum 1
   * @maximum 520
   * @default 52
   * @TJS-type integer
   */
  successAge?: number;
}
