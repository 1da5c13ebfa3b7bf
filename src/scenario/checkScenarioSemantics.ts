import { CASE_POWER_POOLS, DEFAULT_WEEKS, NETWORK_DEFAULTS, ORGANISATION_DEFAULTS, PARAMETER_DEFAULTS, PHENOMENA_DEFAULTS, PRECONDITION_NAMES } from './defaults.js';
import { describeValue } from './describeValue.js';
import { SCENARIO_LIMITS } from './limits.js';
import { EVENT_ONLY_PATHS, eventOnlyPath } from './eventOnlyPaths.js';
import { findDuplicateIds } from './findDuplicateIds.js';
import type { JsonSchema } from './JsonSchema.js';
import { quote, scenarioMessages } from '../errors/messages.js';
import { normalizeScenario } from './normalizeScenario.js';
import type { ValueProblem } from './ScenarioProblem.js';
import { ScenarioPathError, setScenarioPath } from './setScenarioPath.js';
import { isEventPath } from './setEventPath.js';
import { suggest } from './suggest.js';
import type { CaseType, Scenario } from './types.js';
import { validateAgainstSchema } from './validateAgainstSchema.js';

const CASE_TYPES: CaseType[] = ['crime', 'radicalisation', 'both'];

/**
 * The checks a schema cannot express, on a scenario that already fits the schema and has
 * `extends` resolved:
 * - at most `SCENARIO_LIMITS.maxOrganisations` organisations and `maxTotalStaff` staff in all
 *   (each organisation counted at the largest staff it is given, at the start or by an event);
 *   a network beyond them is refused before any other check, as nothing could simulate it;
 * - at least one organisation, and no organisation id used twice;
 * - `network.lead`, when given, names an organisation; a `lead` network has one; a `nao`
 *   network has a coordinating office (an organisation with domain `coordination`, which
 *   `network.lead` must name when given);
 * - every event falls within the horizon, and every path it sets names a settable field and
 *   gets a value that field accepts;
 * - the network holds the powers its cases can need: every power listed in
 *   `phenomena.casePowers`, and otherwise at least two powers of each occurring case type's
 *   default pool (`CASE_POWER_POOLS`).
 *
 * @example
 * checkScenarioSemantics({ network: { form: 'lead' }, organisations: [{ id: 'police', domain: 'security' }] }, schema);
 * // includes { path: ['network'], message: 'a "lead" network needs network.lead, ...' }
 */
export function checkScenarioSemantics(scenario: Scenario, schema: JsonSchema): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const organisations = scenario.organisations ?? [];
  if (organisations.length === 0) {
    problems.push({ path: ['organisations'], message: scenarioMessages.noOrganisations() });
  }
  const tooLarge = checkNetworkSize(scenario);
  if (tooLarge.length > 0) return tooLarge;
  problems.push(...findDuplicateIds(organisations));
  problems.push(...checkNetwork(scenario));
  problems.push(...checkEvents(scenario, schema));
  if (organisations.length > 0) problems.push(...checkPowers(scenario));
  return problems;
}

/** That the network is small enough to simulate (`SCENARIO_LIMITS`), checked before anything is built from it. */
function checkNetworkSize(scenario: Scenario): ValueProblem[] {
  const organisations = scenario.organisations ?? [];
  if (organisations.length > SCENARIO_LIMITS.maxOrganisations) {
    return [{ path: ['organisations'], message: scenarioMessages.tooManyOrganisations(organisations.length, SCENARIO_LIMITS.maxOrganisations) }];
  }
  const largest = organisations.map((o) => o.staff ?? ORGANISATION_DEFAULTS.staff);
  (scenario.events ?? []).forEach((event) => {
    for (const [path, value] of Object.entries(event.set ?? {})) {
      const match = /^organisations\[([^\]]+)\]\.staff$/.exec(path);
      if (!match || typeof value !== 'number') continue;
      const index = /^\d+$/.test(match[1]) ? Number(match[1]) : organisations.findIndex((o) => o.id === match[1]);
      if (index >= 0 && index < largest.length) largest[index] = Math.max(largest[index], value);
    }
  });
  const total = largest.reduce((sum, n) => sum + n, 0);
  if (total > SCENARIO_LIMITS.maxTotalStaff) {
    return [{ path: ['organisations'], message: scenarioMessages.tooMuchStaff(total, SCENARIO_LIMITS.maxTotalStaff) }];
  }
  return [];
}

function checkNetwork(scenario: Scenario): ValueProblem[] {
  const organisations = scenario.organisations ?? [];
  const ids = organisations.map((o) => o.id);
  const form = scenario.network?.form ?? NETWORK_DEFAULTS.form;
  const lead = scenario.network?.lead;
  if (lead !== undefined) {
    const organisation = organisations.find((o) => o.id === lead);
    if (!organisation) {
      return [{ path: ['network', 'lead'], message: scenarioMessages.unknownOrganisation(lead, suggest(lead, ids)) }];
    }
    if (form === 'nao' && organisation.domain !== 'coordination') {
      return [{ path: ['network', 'lead'], message: scenarioMessages.naoLeadNotCoordination(lead, organisation.domain) }];
    }
    return [];
  }
  if (form === 'lead') return [{ path: ['network'], message: scenarioMessages.leadMissing() }];
  if (form === 'nao' && organisations.length > 0 && !organisations.some((o) => o.domain === 'coordination')) {
    return [{ path: scenario.network?.form ? ['network', 'form'] : ['organisations'], message: scenarioMessages.naoNeedsCoordinator() }];
  }
  return [];
}

function checkEvents(scenario: Scenario, schema: JsonSchema): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const weeks = scenario.weeks ?? DEFAULT_WEEKS;
  (scenario.events ?? []).forEach((event, i) => {
    if (event.week > weeks) {
      problems.push({ path: ['events', i, 'week'], message: scenarioMessages.eventAfterHorizon(event.week, weeks) });
    }
    for (const [path, value] of Object.entries(event.set)) {
      const at = ['events', i, 'set', path];
      const shock = eventOnlyPath(path, (scenario.organisations ?? []).map((o) => o.id));
      if (shock) {
        if (shock.unknownOrganisation !== undefined) {
          problems.push({ path: at, message: `no organisation "${shock.unknownOrganisation}" in the scenario` });
        } else if (typeof value !== 'number' || value < shock.minimum || value > shock.maximum) {
          const expectation = `a number from ${shock.minimum} to ${shock.maximum}`;
          problems.push({ path: at, message: scenarioMessages.expected(expectation, describeValue(value)) });
        }
        continue;
      }
      if (isEventPath(path)) {
        problems.push({ path: at, message: 'an event cannot change the timeline; set a scenario field or a shock' });
        continue;
      }
      let changed: Scenario;
      try {
        changed = setScenarioPath(scenario, path, value);
      } catch (error) {
        if (!(error instanceof ScenarioPathError)) throw error;
        const guess = /[.[]/.test(path) ? undefined : suggestEventPath(path);
        problems.push({ path: at, message: `${stripPath(error.message, path)}${guess ? `; did you mean ${quote(guess)}?` : ''}` });
        continue;
      }
      for (const p of validateAgainstSchema(changed, schema)) problems.push({ path: at, message: p.message });
    }
  });
  return problems;
}

function checkPowers(scenario: Scenario): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const normalized = normalizeScenario(scenario);
  const held = new Set(normalized.organisations.flatMap((o) => o.powers));
  for (const type of CASE_TYPES) {
    if (normalized.phenomena.caseMix[type] === 0) continue;
    const listed = scenario.phenomena?.casePowers?.[type];
    if (listed) {
      const missing = listed.filter((p) => !held.has(p));
      if (missing.length > 0) {
        problems.push({ path: ['phenomena', 'casePowers', type], message: scenarioMessages.powersNotHeld(type, missing) });
      }
    } else {
      const pool = CASE_POWER_POOLS[type];
      const available = pool.filter((p) => held.has(p));
      if (available.length < 2) {
        problems.push({ path: ['organisations'], message: scenarioMessages.poolTooSmall(type, available, pool) });
      }
    }
  }
  return problems;
}

/**
 * The event path closest to a bare name that is none (`staffStabilty` → `staffStability`,
 * `caseRat` → `phenomena.caseRate`), with the suggestion helper factor paths use: precondition
 * names, the top-level shocks and the fields of `network`, `phenomena` and `parameters`, a
 * field given with its section.
 */
function suggestEventPath(name: string): string | undefined {
  const full = new Map<string, string>();
  for (const p of PRECONDITION_NAMES) full.set(p, p);
  for (const shock of Object.keys(EVENT_ONLY_PATHS)) if (!/[.[]/.test(shock)) full.set(shock, shock);
  const sections = { network: NETWORK_DEFAULTS, phenomena: PHENOMENA_DEFAULTS, parameters: PARAMETER_DEFAULTS };
  for (const [section, fields] of Object.entries(sections)) for (const field of Object.keys(fields)) if (!full.has(field)) full.set(field, `${section}.${field}`);
  const guess = suggest(name, [...full.keys()]);
  return guess === undefined ? undefined : full.get(guess);
}

/** `ScenarioPathError` messages start with the path, which the problem's own path already shows. */
function stripPath(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
