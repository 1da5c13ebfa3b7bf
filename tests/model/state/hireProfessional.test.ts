import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../../src/model/domains.js';
import { hireProfessional, PERSPECTIVE_SPREAD } from '../../../src/model/state/hireProfessional.js';
import { binomialSd, makeState } from '../helpers.js';

describe('hireProfessional', () => {
  it('draws perspective-taking around the hiring mean (spread PERSPECTIVE_SPREAD, clipped) and experience with the hiring share', () => {
    const { state, rng } = makeState({
      network: { form: 'shared' },
      preconditions: { perspectiveTaking: 0.5, crossExperience: 0.3 },
      organisations: [
        { id: 'police', domain: 'security', staff: 1 },
        { id: 'care', domain: 'care', staff: 1 },
        { id: 'youth', domain: 'youth', staff: 1 },
      ],
    });
    const n = 6000;
    let sum = 0;
    let sq = 0;
    let experienced = 0;
    for (let k = 0; k < n; k++) {
      hireProfessional(state, 0, 1, rng);
      const pt = state.workforce.perspective[0];
      expect(pt).toBeGreaterThanOrEqual(0);
      expect(pt).toBeLessThanOrEqual(1);
      sum += pt;
      sq += pt * pt;
      const e = state.workforce.experience[0];
      if (e !== 0) experienced++;
      expect(e & (1 << DOMAINS.indexOf('security'))).toBe(0);
    }
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan((4 * PERSPECTIVE_SPREAD) / Math.sqrt(n));
    expect(Math.sqrt(sq / n - mean * mean)).toBeCloseTo(PERSPECTIVE_SPREAD, 1);
    const share = 1 - (1 - 0.3) * (1 - 0.1); // one other domain with 0.3, a second with 0.1
    expect(Math.abs(experienced - n * share)).toBeLessThan(4 * binomialSd(n, share));
  });

  // Workforce.experience is documented as the domains "other than the own" the holder has
  // worked in, and hireProfessional as giving "experience in one other domain of the network".
  // When no partner of another domain is found (here: every partner is a care organisation),
  // otherDomain() falls back to the own domain and the hire gets the own domain's bit, so
  // they count as experienced (translation bonus, boundary spanner) without having worked
  // at another kind of partner.
  it('never records experience in the own domain (fails: otherDomain falls back to the own domain)', () => {
    const { state, rng } = makeState({
      network: { form: 'shared' },
      preconditions: { crossExperience: 1 },
      organisations: [
        { id: 'care-a', domain: 'care', staff: 3 },
        { id: 'care-b', domain: 'care', staff: 3 },
      ],
    });
    const careBit = 1 << DOMAINS.indexOf('care');
    for (let k = 0; k < 20; k++) {
      hireProfessional(state, 0, 1, rng);
      expect(state.workforce.experience[0] & careBit).toBe(0);
    }
  });
});
