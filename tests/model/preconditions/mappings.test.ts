import { describe, expect, it } from 'vitest';
import * as m from '../../../src/model/preconditions/mappings.js';

/** Each mapping at p = 0 and p = 1 against the design brief's table (§3) and the mapping docs. */
const ENDS: [string, (p: number) => number, number, number][] = [
  ['manpower: staff multiplier 0.25 → 1.5', m.staffMultiplier, 0.25, 1.5],
  ['staffStability: annual turnover 50% → 5%', m.annualTurnover, 0.5, 0.05],
  ['time: network time share 0.02 → 0.4', m.networkTimeShare, 0.02, 0.4],
  ['ruleClarity: conflict chance 0.2 → 0', m.conflictProbability, 0.2, 0],
  ['roleClarity: astray chance 0.4 → 0', m.astrayProbability, 0.4, 0],
  ['mutualTrust: initial organisational trust 0.15 → 0.85', m.initialTrust, 0.15, 0.85],
  ['mutualTrust: initial tie strength 0.1 → 0.7', m.initialTieStrength, 0.1, 0.7],
  ['regie: meeting interval stretch 2 → 1', m.meetingStretch, 2, 1],
  ['regie: coordinator share 0.3 → 1', m.coordinatorShare, 0.3, 1],
  ['regie: follow-up chance 0.5 → 1', m.followUpProbability, 0.5, 1],
  ['sharedNarrative: breadth 0.15 → 0.6', m.narrativeBreadth, 0.15, 0.6],
  ['perspectiveTaking: mean 0.1 → 0.9', m.meanPerspectiveTaking, 0.1, 0.9],
  ['crossExperience: share 0 → 1', m.crossExperienceShare, 0, 1],
  ['downstreamCapacity: slot multiplier 0.2 → 2', m.slotMultiplier, 0.2, 2],
];

describe('precondition mappings', () => {
  it.each(ENDS)('%s', (_name, f, at0, at1) => {
    expect(f(0)).toBeCloseTo(at0, 14);
    expect(f(1)).toBeCloseTo(at1, 14);
    expect(f(0.5)).toBeCloseTo((at0 + at1) / 2, 14); // linear
  });

  it('manpower 0.6 keeps the staff as given', () => {
    expect(m.staffMultiplier(0.6)).toBeCloseTo(1, 15);
  });

  it('sharingPermitted = (0.4 + 0.6p)(1 − s(1 − p)): full covenant permits all, secrecy bites without one', () => {
    for (const s of [0, 0.2, 0.7, 1]) expect(m.sharingPermitted(1, s)).toBeCloseTo(1, 15);
    expect(m.sharingPermitted(0, 0.7)).toBeCloseTo(0.12, 15);
    expect(m.sharingPermitted(0, 0.2)).toBeCloseTo(0.32, 15);
    expect(m.sharingPermitted(0.5, 0.4)).toBeCloseTo(0.7 * 0.8, 15);
  });

  it('initiativeProbability = (0.1 + 0.6p)·min(1, 6/(n − 1))', () => {
    expect(m.initiativeProbability(0, 4)).toBeCloseTo(0.1, 15);
    expect(m.initiativeProbability(1, 7)).toBeCloseTo(0.7, 15);
    expect(m.initiativeProbability(1, 13)).toBeCloseTo(0.35, 15);
    expect(m.initiativeProbability(0.5, 1)).toBeCloseTo(0.4, 15);
  });

  it('narrativeCentre moves from the most security-framed partner (p = 0) to the mean frame (p = 1)', () => {
    expect(m.narrativeCentre(0, 0.9, 0.45)).toBeCloseTo(0.9, 15);
    expect(m.narrativeCentre(1, 0.9, 0.45)).toBeCloseTo(0.45, 15);
    expect(m.narrativeCentre(0.5, 0.9, 0.45)).toBeCloseTo(0.675, 15);
  });

  it('learningInterval: none below 0.05, round(4/p) weeks above', () => {
    expect(m.learningInterval(0)).toBe(0);
    expect(m.learningInterval(0.04)).toBe(0);
    expect(m.learningInterval(0.05)).toBe(80);
    expect(m.learningInterval(0.3)).toBe(13);
    expect(m.learningInterval(1)).toBe(4);
  });

  it('scaleByPrecondition = own·f(p)/f(p₀), and f(p) when f(p₀) = 0', () => {
    expect(m.scaleByPrecondition(0.3, m.annualTurnover, 1, 0.5)).toBeCloseTo((0.3 * 0.05) / 0.275, 15);
    expect(m.scaleByPrecondition(0.21, m.networkTimeShare, 0.8, 0.5)).toBeCloseTo(m.networkTimeShare(0.8), 15);
    expect(m.scaleByPrecondition(0.7, m.crossExperienceShare, 0.4, 0)).toBeCloseTo(0.4, 15);
  });
});
