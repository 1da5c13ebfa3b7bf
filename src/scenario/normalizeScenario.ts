import {
  CASE_POWER_POOLS,
  DEFAULT_WEEKS,
  DOMAIN_DEFAULTS,
  NETWORK_DEFAULTS,
  ORGANISATION_DEFAULTS,
  PARAMETER_DEFAULTS,
  PHENOMENA_DEFAULTS,
  PRECONDITION_DEFAULTS,
} from './defaults.js';
import type { NormalizedOrganisation, NormalizedPhenomena, NormalizedScenario } from './normalizedTypes.js';
import type { CaseType, OrganisationSpec, Power, Scenario } from './types.js';

const CASE_TYPES: CaseType[] = ['crime', 'radicalisation', 'both'];

/**
 * Fills every default of a (validated, `extends`-resolved) scenario, so the model reads no
 * optional field. Pure: the input is not changed. Idempotent: normalising a normalised
 * scenario gives an equal one.
 *
 * @example
 * normalizeScenario({ organisations: [{ id: 'police', domain: 'security' }] }).weeks; // 260
 */
export function normalizeScenario(scenario: Scenario | NormalizedScenario): NormalizedScenario {
  const input = scenario as Scenario;
  const organisations = (input.organisations ?? []).map(normalizeOrganisation);
  const held = new Set<Power>(organisations.flatMap((o) => o.powers));
  const network = input.network ?? {};
  return {
    name: input.name ?? 'scenario',
    description: input.description ?? '',
    weeks: input.weeks ?? DEFAULT_WEEKS,
    warmUpWeeks: input.warmUpWeeks ?? 0,
    network: {
      form: network.form ?? NETWORK_DEFAULTS.form,
      lead: network.lead ?? defaultLead(network.form ?? NETWORK_DEFAULTS.form, organisations),
      meetingInterval: network.meetingInterval ?? NETWORK_DEFAULTS.meetingInterval,
      coordinatorCapacity: network.coordinatorCapacity ?? NETWORK_DEFAULTS.coordinatorCapacity,
      caseDirector: network.caseDirector ?? NETWORK_DEFAULTS.caseDirector,
    },
    preconditions: { ...PRECONDITION_DEFAULTS, ...input.preconditions },
    phenomena: normalizePhenomena(input.phenomena ?? {}, held),
    organisations,
    events: [...(input.events ?? [])]
      .map((e) => ({ ...e, set: { ...e.set } }))
      .sort((a, b) => a.week - b.week),
    parameters: { ...PARAMETER_DEFAULTS, ...input.parameters },
  };
}

function defaultLead(form: string, organisations: NormalizedOrganisation[]): string | null {
  if (form !== 'nao') return null;
  return organisations.find((o) => o.domain === 'coordination')?.id ?? null;
}

function normalizeOrganisation(spec: OrganisationSpec): NormalizedOrganisation {
  const d = DOMAIN_DEFAULTS[spec.domain];
  const powers = spec.powers ? [...spec.powers] : [...d.powers];
  const staff = spec.staff ?? ORGANISATION_DEFAULTS.staff;
  const slots: { [P in Power]?: number } = {};
  for (const p of powers) {
    slots[p] = spec.interventionSlots?.[p] ?? ORGANISATION_DEFAULTS.slotsPerPowerPerStaff * Math.max(1, staff);
  }
  return {
    id: spec.id,
    name: spec.name ?? spec.id,
    domain: spec.domain,
    frame: spec.frame ?? d.frame,
    powers,
    staff,
    networkTimeShare: spec.networkTimeShare ?? ORGANISATION_DEFAULTS.networkTimeShare,
    annualTurnover: spec.annualTurnover ?? ORGANISATION_DEFAULTS.annualTurnover,
    vacancyWeeks: spec.vacancyWeeks ?? ORGANISATION_DEFAULTS.vacancyWeeks,
    handover: spec.handover ?? ORGANISATION_DEFAULTS.handover,
    secrecy: spec.secrecy ?? d.secrecy,
    goalAlignment: spec.goalAlignment ?? d.goalAlignment,
    detection: spec.detection ?? ORGANISATION_DEFAULTS.detection,
    hiring: {
      perspectiveTaking: spec.hiring?.perspectiveTaking ?? 0.5,
      crossExperienceShare: spec.hiring?.crossExperienceShare ?? 0.3,
    },
    interventionSlots: slots,
  };
}

function normalizePhenomena(p: NonNullable<Scenario['phenomena']>, held: Set<Power>): NormalizedPhenomena {
  const mix = { ...PHENOMENA_DEFAULTS.caseMix, ...p.caseMix };
  const total = mix.crime + mix.radicalisation + mix.both;
  const casePowers = {} as Record<CaseType, Power[]>;
  for (const t of CASE_TYPES) {
    casePowers[t] = p.casePowers?.[t] ? [...p.casePowers[t]!] : CASE_POWER_POOLS[t].filter((x) => held.has(x));
  }
  return {
    caseRate: p.caseRate ?? PHENOMENA_DEFAULTS.caseRate,
    caseMix:
      total > 0
        ? { crime: mix.crime / total, radicalisation: mix.radicalisation / total, both: mix.both / total }
        : { ...PHENOMENA_DEFAULTS.caseMix },
    layering: p.layering ?? PHENOMENA_DEFAULTS.layering,
    volatility: p.volatility ?? PHENOMENA_DEFAULTS.volatility,
    elusiveness: p.elusiveness ?? PHENOMENA_DEFAULTS.elusiveness,
    escalationSpeed: p.escalationSpeed ?? PHENOMENA_DEFAULTS.escalationSpeed,
    casePowers,
  };
}
