import { describe, expect, it } from 'vitest';
import { POWERS } from '../../../src/model/domains.js';
import { deriveParameters } from '../../../src/model/preconditions/deriveParameters.js';
import * as m from '../../../src/model/preconditions/mappings.js';
import { normalizeScenario } from '../../../src/scenario/normalizeScenario.js';
import type { Scenario } from '../../../src/scenario/types.js';

const scenario: Scenario = {
  network: { form: 'nao', lead: 'office', meetingInterval: 3, coordinatorCapacity: 5 },
  preconditions: {
    manpower: 1, staffStability: 0.8, time: 0.25, politicalUrgency: 0.7, ruleClarity: 0.4, roleClarity: 0.9,
    mutualTrust: 0.2, informationSharing: 0.6, regie: 0.6, sharedNarrative: 0.25, perspectiveTaking: 0.75,
    crossExperience: 0.6, learning: 0.5, downstreamCapacity: 1,
  },
  phenomena: { caseRate: 2.5, elusiveness: 0.8, escalationSpeed: 0.1, layering: 0.7, volatility: 0.05, caseMix: { crime: 2, radicalisation: 1, both: 1 } },
  organisations: [
    { id: 'office', domain: 'coordination', staff: 2 },
    { id: 'police', domain: 'security', staff: 5, annualTurnover: 0.55, networkTimeShare: 0.42, interventionSlots: { enforce: 11 } },
    { id: 'care', domain: 'care', staff: 3, secrecy: 0.5, hiring: { perspectiveTaking: 0.25, crossExperienceShare: 0.15 } },
  ],
};

describe('deriveParameters', () => {
  const p = deriveParameters(normalizeScenario(scenario));

  it('maps the network-level preconditions', () => {
    expect(p.orgCount).toBe(3);
    expect(p.coordinator).toBe(0);
    expect(p.brokerage).toBe(1);
    expect(p.baselineUrgency).toBe(0.7);
    expect(p.conflictProbability).toBeCloseTo(0.2 * 0.6, 15);
    expect(p.astrayProbability).toBeCloseTo(0.4 * 0.1, 15);
    expect(p.meetingInterval).toBe(Math.round(3 * (2 - 0.6))); // 4
    expect(p.conferenceCapacity).toBeCloseTo(5 * 4 * (0.3 + 0.7 * 0.6), 14);
    expect(p.followUp).toBeCloseTo(0.8, 15);
    expect(p.initialTrust).toBeCloseTo(0.15 + 0.7 * 0.2, 15);
    expect(p.initialTie).toBeCloseTo(0.1 + 0.6 * 0.2, 15);
    expect(p.learningInterval).toBe(8);
    expect(p.narrativeBreadth).toBeCloseTo(0.15 + 0.45 * 0.25, 15);
    expect(p.narrativeAnchor).toBeCloseTo(0.75 * 0.9 + 0.25 * ((0.9 + 0.2) / 2), 15); // the office is left out
  });

  it('maps the phenomena', () => {
    expect(p.signalsNeeded).toBe(2 + Math.round(1.6)); // 4
    expect(p.detectionFactor).toBeCloseTo(0.6, 15);
    expect(p.severityGrowth).toBeCloseTo(0.002 + 0.0028, 15);
    expect(p.caseRate).toBe(2.5);
    expect(p.caseMixCumulative).toEqual([0.5, 0.75, 1]);
    expect(p.layering).toBe(0.7);
    expect(p.volatility).toBe(0.05);
  });

  it('scales each organisation\'s own values by its precondition relative to the default level', () => {
    expect([...p.posts]).toEqual([3, 8, 5]); // round(staff · 1.5)
    expect(p.timeShare[1]).toBeCloseTo((0.42 * m.networkTimeShare(0.25)) / m.networkTimeShare(0.5), 15);
    expect(p.timeShare[2]).toBeCloseTo(m.networkTimeShare(0.25), 15);
    const policeTurnover = (0.55 * m.annualTurnover(0.8)) / m.annualTurnover(0.5);
    expect(p.weeklyLeave[1]).toBeCloseTo(1 - Math.exp(-policeTurnover / 52), 15);
    expect(p.weeklyLeave[2]).toBeCloseTo(1 - Math.exp(-m.annualTurnover(0.8) / 52), 15);
    expect(p.hirePerspective[1]).toBeCloseTo(m.meanPerspectiveTaking(0.75), 15);
    expect(p.hirePerspective[2]).toBeCloseTo((0.25 * 0.7) / 0.5, 15);
    expect(p.hireExperience[1]).toBeCloseTo(0.6, 15);
    expect(p.hireExperience[2]).toBeCloseTo((0.15 * 0.6) / 0.3, 15);
    expect(p.permitted[1]).toBeCloseTo(m.sharingPermitted(0.6, 0.2), 15);
    expect(p.permitted[2]).toBeCloseTo(m.sharingPermitted(0.6, 0.5), 15);
  });

  it('gives slots own·(0.2 + 1.8p)/1.1, rounded, at least 1 where the organisation has some; default two per staff member', () => {
    const slot = (org: number, power: string) => p.slots[org * POWERS.length + POWERS.indexOf(power as never)];
    expect(slot(1, 'enforce')).toBe(Math.round((11 * 2) / 1.1)); // 20
    expect(slot(2, 'care')).toBe(Math.round((2 * 3 * 2) / 1.1)); // 11
    expect(slot(1, 'care')).toBe(0);
    const scarce = deriveParameters(normalizeScenario({ ...scenario, preconditions: { downstreamCapacity: 0 } }));
    expect(scarce.slots[1 * POWERS.length + POWERS.indexOf('enforce')]).toBe(Math.round((11 * 0.2) / 1.1));
    const tiny = deriveParameters(normalizeScenario({ ...scenario, organisations: [scenario.organisations![0], { id: 'p', domain: 'security', interventionSlots: { enforce: 1 } }], preconditions: { downstreamCapacity: 0 } }));
    expect(tiny.slots[1 * POWERS.length + POWERS.indexOf('enforce')]).toBe(1);
  });

  it('has no coordinator in a shared network and half brokerage for a lead partner', () => {
    const shared = deriveParameters(normalizeScenario({ ...scenario, network: { form: 'shared' } }));
    expect(shared.coordinator).toBe(-1);
    expect(shared.brokerage).toBe(0);
    expect(shared.initiative).toBeCloseTo(m.initiativeProbability(0.6, 3), 15);
    const lead = deriveParameters(normalizeScenario({ ...scenario, network: { form: 'lead', lead: 'care' } }));
    expect(lead.coordinator).toBe(2);
    expect(lead.brokerage).toBe(0.5);
  });
});
