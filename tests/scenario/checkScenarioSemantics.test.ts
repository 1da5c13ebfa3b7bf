import { describe, expect, it } from 'vitest';
import { type Scenario, validateScenario } from '../../src/index.js';

const core: NonNullable<Scenario['organisations']> = [
  { id: 'office', domain: 'coordination' },
  { id: 'police', domain: 'security' },
  { id: 'prosecution', domain: 'justice' },
  { id: 'municipality', domain: 'municipal' },
  { id: 'care', domain: 'care' },
];

const problems = (scenario: Scenario) => validateScenario(scenario, 'test').map((p) => `${p.path}: ${p.message}`);

describe('network size limits (issue 15, item 8)', () => {
  it('refuses more than 200 organisations, naming the limit, before the other checks', () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ id: `o${i}`, domain: 'security' as const }));
    expect(problems({ organisations: many })).toEqual([
      'organisations: expected at most 200 organisations, found 201; the model keeps every pair of organisations, so a network this size cannot be simulated (the national preset has 43); split it into regional networks, one scenario each',
    ]);
  });

  it('refuses more than 10,000 staff in all, counting staff given by events', () => {
    const staffed = core.map((o) => ({ ...o, staff: 1900 }));
    expect(problems({ organisations: staffed })).toEqual([]);
    const grown = problems({ organisations: staffed, events: [{ week: 10, set: { 'organisations[police].staff': 2500 } }] });
    expect(grown).toHaveLength(1);
    expect(grown[0]).toMatch(/^organisations: expected at most 10000 staff in all organisations together .*found 10100;/);
  });
});

describe('event paths get "did you mean" (issue 15, item 17)', () => {
  it('suggests the closest precondition, shock or section field, with its section', () => {
    const set = { staffStabilty: 0.2, caseRat: 1, urgncy: 0.5, zzzzzz: 1 };
    const found = problems({ organisations: core, events: [{ week: 3, set }] });
    const unknown = 'unknown path; it must start with a precondition name or one of weeks, network, preconditions, phenomena, parameters, organisations';
    expect(found).toEqual([
      `events[0].set.staffStabilty: ${unknown}; did you mean "staffStability"?`,
      `events[0].set.caseRat: ${unknown}; did you mean "phenomena.caseRate"?`,
      `events[0].set.urgncy: ${unknown}; did you mean "urgency"?`,
      `events[0].set.zzzzzz: ${unknown}`,
    ]);
  });
});

describe('semantic checks', () => {
  it('accepts a complete small network', () => {
    expect(problems({ organisations: core })).toEqual([]);
  });

  it('accepts a lead network whose lead is a partner', () => {
    expect(problems({ network: { form: 'lead', lead: 'municipality' }, organisations: core.slice(1) })).toEqual([]);
  });

  it('requires a coordination office (or a lead naming one) for nao', () => {
    expect(problems({ network: { form: 'nao' }, organisations: core.slice(1) })).toEqual([
      'network.form: a "nao" network needs a coordinating office: an organisation with domain "coordination" (or network.lead naming one)',
    ]);
    expect(problems({ network: { form: 'nao', lead: 'police' }, organisations: core })).toEqual([
      'network.lead: a "nao" network\'s lead must be a coordinating office (domain "coordination"); "police" has domain "security"',
    ]);
  });

  it('accepts a shared network without any coordinator', () => {
    expect(problems({ network: { form: 'shared' }, organisations: core.slice(1) })).toEqual([]);
  });

  it('checks event weeks against the default horizon too', () => {
    expect(problems({ organisations: core, events: [{ week: 261, set: { time: 0.5 } }] })).toEqual([
      'events[0].week: week 261 is after the horizon of 260 weeks, so the event would never happen',
    ]);
    expect(problems({ organisations: core, events: [{ week: 260, set: { time: 0.5, urgency: 1 } }] })).toEqual([]);
  });

  it('checks that listed case powers are held, only for case types that occur', () => {
    const phenomena = { casePowers: { radicalisation: ['care' as const, 'youthcare' as const] } };
    expect(problems({ phenomena, organisations: core })).toEqual([
      'phenomena.casePowers.radicalisation: radicalisation cases can need "youthcare", but no organisation holds it',
    ]);
    expect(problems({ phenomena: { ...phenomena, caseMix: { crime: 1, radicalisation: 0, both: 0 } }, organisations: core })).toEqual([]);
  });

  it('counts powers an organisation is given explicitly', () => {
    const organisations = [{ id: 'office', domain: 'coordination' as const }, { id: 'police', domain: 'security' as const, powers: ['enforce' as const, 'care' as const] }];
    expect(problems({ phenomena: { caseMix: { crime: 0, radicalisation: 1, both: 0 } }, organisations })).toEqual([]);
  });

  it('refuses extends in data that has no file to resolve it against', () => {
    expect(problems({ extends: 'safety-house' })).toEqual([
      'extends: "extends" is resolved only when a scenario is loaded from a file; use loadScenarioFile',
    ]);
  });
});
