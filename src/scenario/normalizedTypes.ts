import type {
  CaseType,
  Domain,
  GovernanceForm,
  ModelParameters,
  Power,
  Preconditions,
  ScenarioEvent,
} from './types.js';

/** An organisation with every field filled in (defaults applied). Values are the organisation's own, before preconditions scale them. */
export interface NormalizedOrganisation {
  id: string;
  name: string;
  domain: Domain;
  frame: number;
  powers: Power[];
  staff: number;
  networkTimeShare: number;
  annualTurnover: number;
  vacancyWeeks: number;
  handover: number;
  secrecy: number;
  goalAlignment: number;
  detection: number;
  hiring: { perspectiveTaking: number; crossExperienceShare: number };
  interventionSlots: { [P in Power]?: number };
}

/** Phenomena with every field filled in; `caseMix` sums to 1. */
export interface NormalizedPhenomena {
  caseRate: number;
  caseMix: Record<CaseType, number>;
  layering: number;
  volatility: number;
  elusiveness: number;
  escalationSpeed: number;
  casePowers: Record<CaseType, Power[]>;
}

/**
 * The scenario that actually runs: every default filled in, `extends` resolved, events sorted
 * by week. `simulate` returns it beside the results so that any run can be rebuilt.
 */
export interface NormalizedScenario {
  name: string;
  description: string;
  weeks: number;
  warmUpWeeks: number;
  network: { form: GovernanceForm; lead: string | null; meetingInterval: number; coordinatorCapacity: number; caseDirector: boolean };
  preconditions: Required<Preconditions>;
  phenomena: NormalizedPhenomena;
  organisations: NormalizedOrganisation[];
  events: ScenarioEvent[];
  parameters: Required<ModelParameters>;
}
