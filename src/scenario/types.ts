/**
 * The scenario file's types: the single source of the scenario JSON Schema
 * (`npm run schema` → `schema/scenario.schema.json`) and of `docs/scenarios.md`.
 *
 * A scenario file describes one network of partner organisations, the preconditions of its
 * collaboration (each a number in [0, 1]), the phenomena it faces, and an optional timeline of
 * events. All fields but `organisations` have defaults; see `defaults.ts`.
 */

/** The field an organisation works in. `coordination` is the network's own coordinating office. */
export type Domain =
  | 'security'
  | 'justice'
  | 'municipal'
  | 'care'
  | 'youth'
  | 'education'
  | 'social'
  | 'housing'
  | 'coordination';

/** A kind of intervention an organisation can deliver. */
export type Power =
  | 'enforce'
  | 'prosecute'
  | 'administrative'
  | 'care'
  | 'youthcare'
  | 'education'
  | 'support'
  | 'housing'
  | 'probation';

/**
 * Governance form (Provan & Kenis 2008): `nao` a neutral network administrative organisation
 * (safety house, RIEC), `lead` a lead partner directs (Top600, municipal approach), `shared`
 * no coordinator (ad hoc, self-governed).
 */
export type GovernanceForm = 'nao' | 'lead' | 'shared';

/** The kind of problem a case is. */
export type CaseType = 'crime' | 'radicalisation' | 'both';

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

/** The hiring profile of an organisation: who replaces a leaver. */
export interface HiringProfile {
  /**
   * Mean perspective-taking of hires, before the `perspectiveTaking` precondition scales it.
   * @minimum 0
   * @maximum 1
   */
  perspectiveTaking?: number;
  /**
   * Share of hires with work experience at another partner, before `crossExperience` scales it.
   * @minimum 0
   * @maximum 1
   */
  crossExperienceShare?: number;
}

/**
 * Downstream capacity: concurrent intervention places per power (treatment places, housing,
 * ...), at `downstreamCapacity` = 0.5. Each value is a number of places from 0 to 10000.
 */
export interface InterventionSlots {
  /** Enforcement places (police capacity for a person-centred intervention). @minimum 0 @maximum 10000 */
  enforce?: number;
  /** Prosecution places. @minimum 0 @maximum 10000 */
  prosecute?: number;
  /** Administrative interventions (closures, permits, orders). @minimum 0 @maximum 10000 */
  administrative?: number;
  /** Care places (mental health, addiction). @minimum 0 @maximum 10000 */
  care?: number;
  /** Youth care places. @minimum 0 @maximum 10000 */
  youthcare?: number;
  /** Education places (school, compulsory-education trajectories). @minimum 0 @maximum 10000 */
  education?: number;
  /** Support places (social work, debt help). @minimum 0 @maximum 10000 */
  support?: number;
  /** Housing places. @minimum 0 @maximum 10000 */
  housing?: number;
  /** Probation supervision places. @minimum 0 @maximum 10000 */
  probation?: number;
}

/** A partner organisation in the network. */
export interface OrganisationSpec {
  /**
   * Stable identifier, unique in the scenario, used by `lead`, events and factor paths.
   * @pattern ^[a-z][a-z0-9-]*$
   */
  id: string;
  /** Display name. Default: the id. */
  name?: string;
  /** The field the organisation works in. */
  domain: Domain;
  /**
   * Frame: 1 = security/enforcement thinking, 0 = care/protection thinking.
   * Default by domain (security 0.9, justice 0.8, municipal 0.55, housing 0.4, social 0.3, care 0.2, education 0.15, youth 0.15, coordination 0.5).
   * @minimum 0
   * @maximum 1
   */
  frame?: number;
  /** Kinds of intervention it can deliver. Default by domain. */
  powers?: Power[];
  /**
   * Professionals in network roles (posts), at manpower 0.6.
   * @minimum 0
   * @maximum 10000
   * @default 4
   * @TJS-type integer
   */
  staff?: number;
  /**
   * Share of working time granted for network work at `time` = 0.5 (default 0.21); the precondition scales it.
   * @minimum 0
   * @maximum 1
   */
  networkTimeShare?: number;
  /**
   * Share of staff leaving per year at `staffStability` = 0.5 (default 0.275); the precondition scales it.
   * @minimum 0
   * @maximum 2
   */
  annualTurnover?: number;
  /**
   * Mean weeks a post stays vacant after a departure.
   * @minimum 0
   * @maximum 104
   * @default 8
   */
  vacancyWeeks?: number;
  /**
   * Share of a leaver's ties passed on to the successor (each tie inherited with this probability, at half strength).
   * @minimum 0
   * @maximum 1
   * @default 0.3
   */
  handover?: number;
  /**
   * Professional-secrecy constraint on sharing. Default by domain (care 0.7, youth 0.6, education 0.4, social 0.4, others 0.1-0.2).
   * @minimum 0
   * @maximum 1
   */
  secrecy?: number;
  /**
   * How much the network's goal is part of the organisation's own task. Default by domain.
   * @minimum 0
   * @maximum 1
   */
  goalAlignment?: number;
  /**
   * Probability that the organisation notices a signal of a case its domain would see.
   * @minimum 0
   * @maximum 1
   * @default 0.5
   */
  detection?: number;
  /** Who replaces a leaver. Default: the network's precondition levels. */
  hiring?: HiringProfile;
  /** Downstream places per power at `downstreamCapacity` = 0.5. Default: two per power held per staff member. */
  interventionSlots?: InterventionSlots;
}

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

/** Shares of case types among arriving cases; normalised to sum to 1. */
export interface CaseMix {
  /** Weight of crime cases (any non-negative number; weights are normalised). @minimum 0 @maximum 1000 */
  crime?: number;
  /** Weight of radicalisation cases. @minimum 0 @maximum 1000 */
  radicalisation?: number;
  /** Weight of cases that are both. @minimum 0 @maximum 1000 */
  both?: number;
}

/** The phenomena the network faces: how layered, changeable and elusive the problems are. */
export interface Phenomena {
  /**
   * New cases a week (Poisson mean).
   * @minimum 0
   * @maximum 1000
   * @default 3
   */
  caseRate?: number;
  /** Shares of crime, radicalisation and both. Default 0.6 / 0.25 / 0.15. */
  caseMix?: CaseMix;
  /**
   * How many powers a case needs: 0 → 2, 1 → 4 (mean 2 + 2·layering).
   * @minimum 0
   * @maximum 1
   * @default 0.4
   */
  layering?: number;
  /**
   * Weekly chance that an open case's required powers change.
   * @minimum 0
   * @maximum 1
   * @default 0.02
   */
  volatility?: number;
  /**
   * How elusive cases are: more signals must be combined (2 to 4) and detection falls (×(1 − 0.5·e)).
   * @minimum 0
   * @maximum 1
   * @default 0.3
   */
  elusiveness?: number;
  /**
   * How fast open cases worsen: severity grows 0.002 + 0.028·e a week (0.0104 at the default: about 70 weeks from 0.25 to 1).
   * @minimum 0
   * @maximum 1
   * @default 0.3
   */
  escalationSpeed?: number;
  /**
   * Which powers each case type can need (a case draws 2-4 of its type's pool). Default pools:
   * crime enforce, prosecute, administrative, housing, support, probation; radicalisation care,
   * youthcare, education, support, administrative, enforce; both the union. Defaults keep only
   * powers some partner holds; an explicit pool naming a power nobody holds is an error.
   */
  casePowers?: { [T in CaseType]?: Power[] };
}

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

/** A scenario file. */
export interface Scenario {
  /** Editor hint: the JSON Schema this file follows. Ignored by the model. */
  $schema?: string;
  /** A preset name or a path (relative to this file) whose scenario this one extends. */
  extends?: string;
  /** Short name of the scenario. */
  name?: string;
  /** What the scenario represents and where its numbers come from. */
  description?: string;
  /**
   * Horizon in weeks (one tick = one week).
   * @minimum 1
   * @maximum 5200
   * @default 260
   * @TJS-type integer
   */
  weeks?: number;
  /**
   * Weeks the network runs before week 1: the history of an established network (its ties,
   * trust, staff and open cases), run with the scenario's own settings and not observed;
   * timeline events do not apply in it. 0 for a network that starts now.
   * @minimum 0
   * @maximum 1040
   * @default 0
   * @TJS-type integer
   */
  warmUpWeeks?: number;
  network?: NetworkSpec;
  preconditions?: Preconditions;
  phenomena?: Phenomena;
  organisations?: OrganisationSpec[];
  events?: ScenarioEvent[];
  parameters?: ModelParameters;
}
