import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/model/createSimulation.js';
import { METRIC_NAMES, WEEKLY_METRIC_NAMES } from '../../src/model/metrics/catalogue.js';
import { POWERS } from '../../src/model/domains.js';
import { simulate } from '../../src/model/simulate.js';
import { CaseStatus, TASK_FIELDS, TASK_ORG, TASK_POWER, TASK_STATE, TaskState } from '../../src/model/state/Case.js';
import type { SimulationState } from '../../src/model/state/SimulationState.js';
import { CASE_POWER_POOLS, DOMAIN_DEFAULTS, PRECONDITION_NAMES } from '../../src/scenario/defaults.js';
import type { CaseType, Domain, OrganisationSpec, Power, Scenario, ScenarioEvent } from '../../src/scenario/types.js';
import { validateScenario } from '../../src/scenario/validateScenario.js';

const PARTNER_DOMAINS: Domain[] = ['security', 'justice', 'municipal', 'care', 'youth', 'education', 'social', 'housing'];
const ALL_POWERS: Power[] = ['enforce', 'prosecute', 'administrative', 'care', 'youthcare', 'education', 'support', 'housing', 'probation'];
const unit = fc.double({ min: 0, max: 1, noNaN: true });

const partnerArb = fc.record({
  domain: fc.constantFrom(...PARTNER_DOMAINS),
  staff: fc.integer({ min: 0, max: 6 }),
  frame: fc.option(unit, { nil: undefined }),
  extraPower: fc.option(fc.constantFrom(...ALL_POWERS), { nil: undefined }),
  annualTurnover: fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: undefined }),
  vacancyWeeks: fc.integer({ min: 0, max: 20 }),
  handover: unit,
  detection: unit,
});

const eventArb = (weeks: number, orgs: number) =>
  fc.record({
    week: fc.integer({ min: 1, max: weeks }),
    kind: fc.constantFrom('precondition', 'urgency', 'turnoverShock', 'staff', 'orgShock'),
    name: fc.constantFrom(...PRECONDITION_NAMES),
    value: unit,
    org: fc.integer({ min: 0, max: orgs - 1 }),
    staff: fc.integer({ min: 0, max: 8 }),
  });

/** A random valid scenario: 2–8 organisations (a coordinating office for nao), a valid lead, random preconditions and phenomena. */
const scenarioArb = fc
  .record({
    form: fc.constantFrom('nao', 'lead', 'shared'),
    partners: fc.array(partnerArb, { minLength: 1, maxLength: 7 }),
    officeStaff: fc.integer({ min: 0, max: 4 }),
    leadPick: fc.nat(),
    weeks: fc.integer({ min: 60, max: 100 }),
    preconditions: fc.record(Object.fromEntries(PRECONDITION_NAMES.map((n) => [n, unit])) as Record<string, fc.Arbitrary<number>>),
    phenomena: fc.record({
      caseRate: fc.double({ min: 0, max: 6, noNaN: true }),
      caseMix: fc.record({ crime: unit, radicalisation: unit, both: unit }),
      layering: unit,
      volatility: unit,
      elusiveness: unit,
      escalationSpeed: unit,
    }),
    meetingInterval: fc.integer({ min: 1, max: 6 }),
    coordinatorCapacity: fc.double({ min: 0.1, max: 20, noNaN: true }),
    eventSeed: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat()), { maxLength: 3 }),
  })
  .chain((r) => {
    const partners = r.form === 'shared' && r.partners.length < 2 ? [...r.partners, r.partners[0]] : r.partners;
    const count = partners.length + (r.form === 'nao' ? 1 : 0);
    return fc.record({ r: fc.constant({ ...r, partners }), events: fc.array(eventArb(r.weeks, count), { maxLength: 3 }) });
  })
  .map(({ r, events }) => buildScenario(r, events));

function buildScenario(r: any, events: any[]): Scenario {
  const organisations: OrganisationSpec[] = r.partners.map((p: any, i: number) => {
    const powers = [...DOMAIN_DEFAULTS[p.domain as Domain].powers];
    if (p.extraPower && !powers.includes(p.extraPower)) powers.push(p.extraPower);
    const o: OrganisationSpec = { id: `org-${i}`, domain: p.domain, staff: p.staff, powers, vacancyWeeks: p.vacancyWeeks, handover: p.handover, detection: p.detection };
    if (p.frame !== undefined) o.frame = p.frame;
    if (p.annualTurnover !== undefined) o.annualTurnover = p.annualTurnover;
    return o;
  });
  // every case type needs at least two powers that some partner holds
  const held = new Set(organisations.flatMap((o) => o.powers!));
  for (const type of Object.keys(CASE_POWER_POOLS) as CaseType[]) {
    for (const power of CASE_POWER_POOLS[type]) {
      if (CASE_POWER_POOLS[type].filter((x) => held.has(x)).length >= 2) break;
      if (!held.has(power)) {
        organisations[0].powers!.push(power);
        held.add(power);
      }
    }
  }
  if (r.form === 'nao') organisations.push({ id: 'office', domain: 'coordination', staff: r.officeStaff, networkTimeShare: 0.9 });
  const lead = r.form === 'nao' ? 'office' : r.form === 'lead' ? organisations[r.leadPick % r.partners.length].id : undefined;
  const scenarioEvents: ScenarioEvent[] = events.map((e) => {
    const org = organisations[e.org % organisations.length].id;
    const set: Record<string, number> =
      e.kind === 'precondition' ? { [e.name]: e.value }
      : e.kind === 'urgency' ? { urgency: e.value }
      : e.kind === 'turnoverShock' ? { turnoverShock: e.value }
      : e.kind === 'staff' ? { [`organisations[${org}].staff`]: e.staff }
      : { [`organisations[${org}].turnoverShock`]: e.value };
    return { week: e.week, label: e.kind, set };
  });
  return {
    name: 'random',
    weeks: r.weeks,
    network: { form: r.form, ...(lead ? { lead } : {}), meetingInterval: r.meetingInterval, coordinatorCapacity: r.coordinatorCapacity },
    preconditions: r.preconditions,
    phenomena: r.phenomena,
    organisations,
    events: scenarioEvents,
  };
}

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** Metrics that are shares or levels in [0, 1]. */
const UNIT_METRICS = [
  'successRate', 'sharingSuccessRate', 'meanOrgTrust', 'sdOrgTrust', 'meanTieStrength', 'sdTieStrength', 'crossDomainTieDensity',
  'commitmentAcceptance', 'commitmentAcceptanceCare', 'commitmentAcceptanceSecurity', 'narrativeFitCare', 'narrativeFitSecurity',
  'narrativeCentre', 'meanPerspectiveTaking', 'boundarySpannerShare', 'vacancyRate', 'urgency',
].filter((name) => WEEKLY_METRIC_NAMES.includes(name));

/** A case not yet discussed (latent or recognised) has only open tasks: outcomes relies on it. */
function expectOpenTasksBeforeConference(state: SimulationState, week: number): void {
  for (const c of state.open) {
    if (c.status >= CaseStatus.conference) continue;
    for (let k = TASK_STATE; k < c.tasks.length; k += TASK_FIELDS) {
      if (c.tasks[k] !== TaskState.open) throw new Error(`week ${week}: case ${c.id} in status ${c.status} has a task in state ${c.tasks[k]}`);
    }
  }
}

/** Every downstream slot in use is held by exactly one task being delivered in an open case. */
function expectSlotsMatchDeliveries(state: SimulationState, week: number): void {
  const held = new Int32Array(state.slotsInUse.length);
  for (const c of state.open) {
    for (let k = 0; k < c.tasks.length; k += TASK_FIELDS) {
      if (c.tasks[k + TASK_STATE] === TaskState.delivering) held[c.tasks[k + TASK_ORG] * POWERS.length + c.tasks[k + TASK_POWER]]++;
    }
  }
  for (let pool = 0; pool < held.length; pool++) {
    if (held[pool] !== state.slotsInUse[pool]) throw new Error(`week ${week}: ${state.slotsInUse[pool]} slots of pool ${pool} in use, ${held[pool]} deliveries`);
    if (held[pool] > state.params.slots[pool] && state.scenario.events.length === 0) throw new Error(`week ${week}: pool ${pool} over its ${state.params.slots[pool]} slots`);
  }
}

describe('model properties over random valid scenarios and seeds', () => {
  it('the scenario generator makes valid scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        // per-organisation turnover shocks are a model event path the validator may not list yet
        const plain = { ...scenario, events: scenario.events!.filter((e) => !Object.keys(e.set)[0].endsWith('].turnoverShock')) };
        expect(validateScenario(plain)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps trust and ties in [0, 1], every metric finite, cases balanced, slots in use equal to deliveries, tasks open until a conference; reproduces runs; never mutates its input', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (input, seed) => {
        const before = JSON.stringify(input);
        const scenario = deepFreeze(input);
        const weeks = scenario.weeks!;
        const sim = createSimulation(scenario, { seed });
        const n = sim.state.params.orgCount;
        let arrived = 0;
        let ended = 0;
        for (let week = 1; week <= weeks; week++) {
          const row = sim.step();
          for (let k = 0; k < n * n; k++) {
            const t = sim.state.trust[k];
            if (!(t >= 0 && t <= 1)) throw new Error(`week ${week}: trust[${k}] = ${t}`);
          }
          sim.state.ties.forEach(sim.state.week, (a, b, s) => {
            if (!(s >= 0 && s <= 1)) throw new Error(`week ${week}: tie ${a}-${b} = ${s}`);
          });
          expect(Object.keys(row)).toEqual(['week', ...WEEKLY_METRIC_NAMES]);
          for (const [name, value] of Object.entries(row)) {
            // Missing (NaN) or a finite number; never ±Infinity.
            if (!Number.isFinite(value) && !Number.isNaN(value)) throw new Error(`week ${week}: ${name} = ${value}`);
            if (UNIT_METRICS.includes(name) && !Number.isNaN(value) && !(value >= 0 && value <= 1)) throw new Error(`week ${week}: ${name} = ${value} outside [0, 1]`);
            if (name !== 'narrativeCentre' && value < 0) throw new Error(`week ${week}: ${name} = ${value} < 0`);
          }
          arrived += row.casesArrived;
          ended += row.casesResolved + row.casesEscalated + row.casesClosedWithoutEffect;
          if (arrived !== row.casesOpen + ended) {
            throw new Error(`week ${week}: ${arrived} arrived but ${row.casesOpen} open + ${ended} ended`);
          }
          if (row.casesMissed > row.casesEscalated) throw new Error(`week ${week}: more missed than escalated`);
          // An undefined ratio is missing, never 0.
          const t = sim.state.total;
          if (Number.isNaN(row.meanWeeksToRecognition) !== (t.recognised === 0)) throw new Error(`week ${week}: meanWeeksToRecognition = ${row.meanWeeksToRecognition} with ${t.recognised} recognised`);
          if (Number.isNaN(row.successRate) !== (sim.state.endings.maturedArrivals === 0)) throw new Error(`week ${week}: successRate = ${row.successRate} with ${sim.state.endings.maturedArrivals} mature cases`);
          expectSlotsMatchDeliveries(sim.state, week);
          expectOpenTasksBeforeConference(sim.state, week);
        }
        const summary = sim.summary();
        expect(Object.keys(summary)).toEqual([...METRIC_NAMES]);
        for (const [name, value] of Object.entries(summary)) if (!Number.isFinite(value) && !Number.isNaN(value)) throw new Error(`summary ${name} = ${value}`);
        expect(summary.casesArrived).toBe(arrived);

        const again = simulate(scenario, { seed, weeks });
        expect(again.weekly).toEqual(sim.weekly);
        expect(again.summary).toEqual(summary);
        expect(simulate(scenario, { seed, weeks })).toEqual(again);
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 40 },
    );
  });
});
