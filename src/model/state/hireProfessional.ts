import type { Rng } from '../../random/rng.js';
import { standardNormal } from '../../random/poisson.js';
import { domainIndex } from '../domains.js';
import type { SimulationState } from './SimulationState.js';

/**
 * How much perspective-taking a professional can gain by joint learning over their level at
 * hire: training and reflection build on a disposition that selection sets (Noordegraaf et al.
 * 2020 ask for both: select on empathy and learning ability, and train).
 */
export const LEARNABLE_PERSPECTIVE = 0.3;

/** Spread (standard deviation) of perspective-taking among hires around the hiring mean. */
export const PERSPECTIVE_SPREAD = 0.15;

/**
 * Puts a new professional in `seat` at `week`: perspective-taking drawn from the
 * organisation's hiring profile (normal around the mean, clipped to [0, 1]); with the
 * profile's cross-experience share, experience in one other domain of the network (and, with
 * a third of that chance, a second one).
 */
export function hireProfessional(state: SimulationState, seat: number, week: number, rng: Rng): void {
  const w = state.workforce;
  const p = state.params;
  const org = w.org[seat];
  const pt = p.hirePerspective[org] + PERSPECTIVE_SPREAD * standardNormal(rng);
  w.perspective[seat] = pt < 0 ? 0 : pt > 1 ? 1 : pt;
  w.perspectiveCeiling[seat] = Math.min(1, w.perspective[seat] + LEARNABLE_PERSPECTIVE);
  let experience = 0;
  const share = p.hireExperience[org];
  if (rng() < share) experience |= domainBit(otherDomain(state, org, rng));
  if (rng() < share / 3) experience |= domainBit(otherDomain(state, org, rng));
  w.experience[seat] = experience;
  w.present[seat] = 1;
  w.hiredWeek[seat] = week;
  w.vacantUntil[seat] = 0;
}

const domainBit = (d: number): number => (d < 0 ? 0 : 1 << d);

/**
 * The domain (index) of a random other organisation of the network, not the coordinating
 * office and not the own domain; −1 when eight tries find none (a network of one domain).
 */
function otherDomain(state: SimulationState, org: number, rng: Rng): number {
  const p = state.params;
  const own = p.domain[org];
  for (let attempt = 0; attempt < 8; attempt++) {
    const other = Math.floor(rng() * p.orgCount);
    const d = p.domain[other];
    if (d !== own && d !== COORDINATION) return d;
  }
  return -1;
}

const COORDINATION = domainIndex('coordination');
