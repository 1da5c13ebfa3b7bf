import type { CaseType, Domain, ModelParameters, Power, Preconditions } from './types.js';

/**
 * Precondition levels used when a scenario does not set them. Each is also the reference
 * level p₀ at which an organisation's own value of the mapped parameter holds unscaled
 * (see `src/model/preconditions/`).
 */
export const PRECONDITION_DEFAULTS: Required<Preconditions> = {
  manpower: 0.6,
  staffStability: 0.5,
  time: 0.5,
  politicalUrgency: 0.5,
  ruleClarity: 0.5,
  roleClarity: 0.5,
  mutualTrust: 0.5,
  informationSharing: 0.5,
  regie: 0.5,
  sharedNarrative: 0.5,
  perspectiveTaking: 0.5,
  crossExperience: 0.3,
  learning: 0.3,
  downstreamCapacity: 0.5,
};

/** The names of the fourteen preconditions, in the order of the WODC study of Noordegraaf and colleagues (2020; docs/model.md §7.1). */
export const PRECONDITION_NAMES = Object.keys(PRECONDITION_DEFAULTS) as (keyof Preconditions)[];

/** Per-domain defaults for organisation fields the scenario leaves out. Illustrative values. */
export interface DomainDefaults {
  frame: number;
  powers: Power[];
  secrecy: number;
  goalAlignment: number;
  /** Case types whose signals organisations of this domain would see. */
  sees: CaseType[];
}

/**
 * Illustrative per-domain defaults. Frames follow the brief's axis (security thinking 1, care
 * thinking 0); secrecy is high where professional confidentiality is (care, youth); goal
 * alignment is high where crime and radicalisation are core task (police, prosecution).
 */
export const DOMAIN_DEFAULTS: Record<Domain, DomainDefaults> = {
  security: { frame: 0.9, powers: ['enforce'], secrecy: 0.2, goalAlignment: 0.85, sees: ['crime', 'radicalisation', 'both'] },
  justice: { frame: 0.8, powers: ['prosecute'], secrecy: 0.2, goalAlignment: 0.8, sees: ['crime', 'both'] },
  municipal: { frame: 0.55, powers: ['administrative', 'support'], secrecy: 0.15, goalAlignment: 0.7, sees: ['crime', 'radicalisation', 'both'] },
  housing: { frame: 0.4, powers: ['housing'], secrecy: 0.2, goalAlignment: 0.35, sees: ['crime', 'both'] },
  social: { frame: 0.3, powers: ['support'], secrecy: 0.4, goalAlignment: 0.45, sees: ['crime', 'radicalisation', 'both'] },
  care: { frame: 0.2, powers: ['care'], secrecy: 0.7, goalAlignment: 0.35, sees: ['radicalisation', 'both'] },
  youth: { frame: 0.15, powers: ['youthcare'], secrecy: 0.6, goalAlignment: 0.35, sees: ['radicalisation', 'both'] },
  education: { frame: 0.15, powers: ['education'], secrecy: 0.4, goalAlignment: 0.25, sees: ['radicalisation', 'both'] },
  coordination: { frame: 0.5, powers: [], secrecy: 0.1, goalAlignment: 1, sees: [] },
};

/** Which powers each case type can need before the network's own powers filter them. */
export const CASE_POWER_POOLS: Record<CaseType, Power[]> = {
  crime: ['enforce', 'prosecute', 'administrative', 'housing', 'support', 'probation'],
  radicalisation: ['care', 'youthcare', 'education', 'support', 'administrative', 'enforce'],
  both: ['enforce', 'prosecute', 'administrative', 'housing', 'support', 'probation', 'care', 'youthcare', 'education'],
};

/** Default organisation fields that do not depend on the domain. */
export const ORGANISATION_DEFAULTS = {
  staff: 4,
  networkTimeShare: 0.21,
  annualTurnover: 0.275,
  vacancyWeeks: 8,
  handover: 0.3,
  detection: 0.5,
  /** Intervention places per power held, per staff member, at downstreamCapacity = 0.5. */
  slotsPerPowerPerStaff: 2,
};

/** Default network settings. */
export const NETWORK_DEFAULTS = { form: 'nao' as const, meetingInterval: 2, coordinatorCapacity: 8, caseDirector: false };

/** Default phenomena (a regional network). */
export const PHENOMENA_DEFAULTS = {
  caseRate: 3,
  caseMix: { crime: 0.6, radicalisation: 0.25, both: 0.15 },
  layering: 0.4,
  volatility: 0.02,
  elusiveness: 0.3,
  escalationSpeed: 0.3,
};

/** Default mechanism constants; `docs/model.md` gives the reasons. */
export const PARAMETER_DEFAULTS: Required<ModelParameters> = {
  trustGain: 0.1,
  trustLoss: 0.3,
  tieFade: 0.005,
  tieGain: 0.15,
  trustMemoryWeeks: 104,
  urgencyHalfLife: 35,
  incidentUrgency: 0.02,
  hoursPerWeek: 36,
  deliveryHours: 2,
  deliveryWeeks: 4,
  maxTies: 12,
  successAge: 52,
};

/** Default horizon: five years of weeks. */
export const DEFAULT_WEEKS = 260;
