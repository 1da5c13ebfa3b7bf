import type { Domain, Power } from './vocabulary.js';

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
