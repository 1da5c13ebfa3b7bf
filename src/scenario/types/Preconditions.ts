/**
 * The fourteen preconditions of the WODC study (Noordegraaf et al. 2020), each in [0, 1]:
 * 0 = absent, 1 = fully in place. `docs/model.md` gives each mapping onto model parameters.
 */
export interface Preconditions {
  /**
   * Enough people: staff multiplier 0.25 + 1.25·p on each organisation's `staff` (1.0 at p = 0.6).
   * @minimum 0
   * @maximum 1
   * @default 0.6
   */
  manpower?: number;
  /**
   * Stable staffing: network annual turnover 0.50 − 0.45·p (50% down to 5% a year).
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  staffStability?: number;
  /**
   * Time granted for network work: share of working time 0.02 + 0.38·p.
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  time?: number;
  /**
   * Urgency, priority and attention from politics and administration: baseline urgency.
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  politicalUrgency?: number;
  /**
   * Clear rules of the game: lowers the chance of procedural conflict at a case conference.
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  ruleClarity?: number;
  /**
   * Clear roles: requests reach the right partner; no duplicated or orphaned tasks.
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  roleClarity?: number;
  /**
   * Trust at the start: initial organisational trust and tie strength.
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  mutualTrust?: number;
  /**
   * Legal basis and habit of sharing (covenants): probability that sharing is permitted.
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  informationSharing?: number;
  /**
   * Clear direction and coordination (regie): coordinator capacity, meeting regularity, follow-up.
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  regie?: number;
  /**
   * One story that fits all partners: narrative centre moves from the most security-framed
   * partner to the mean frame, and its breadth from narrow to broad.
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  sharedNarrative?: number;
  /**
   * Professionals who can take others' perspective (selection, training): mean perspective-taking of staff and hires.
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  perspectiveTaking?: number;
  /**
   * Staff with work experience at another partner: share of staff and hires with such experience, p (at an organisation's default hiring profile).
   * @minimum 0
   * @maximum 1
   * @default 0.3
   */
  crossExperience?: number;
  /**
   * Room for joint learning and reflection: joint learning sessions, from none to every 4 weeks.
   * @minimum 0
   * @maximum 1
   * @default 0.3
   */
  learning?: number;
  /**
   * Means to act once agreed (care places, housing): intervention slots multiplier 0.2 + 1.8·p.
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  downstreamCapacity?: number;
}
