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
