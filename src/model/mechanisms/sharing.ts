import type { Rng } from '../../random/rng.js';
import { effectiveTrust } from '../effectiveTrust.js';
import { bridging, frameFit } from '../frameFit.js';
import { type Contact, newContact, reachPartner } from '../reachPartner.js';
import { queueTrust } from './trust.js';
import type { Mechanism } from '../Mechanism.js';
import { type Case, CaseStatus, SIGNAL_FIELDS, SIGNAL_ORG, SIGNAL_SEAT, SIGNAL_SHARED, SIGNAL_WEEK, signalCount } from '../state/Case.js';
import type { SimulationState } from '../state/SimulationState.js';
import { contact } from '../state/contact.js';

/** Hours a professional spends passing on one signal. */
export const SHARING_HOURS = 0.5;

/**
 * Chance that a professional whose attempt failed lets the concern go; the signal is dropped
 * and the partner may notice the case again later. Concerns are perishable: without this, a
 * signal would be retried until it got through and barriers would only delay.
 */
export const GIVE_UP = 0.25;

/** A signal passed on within this many weeks of being noticed counts as timely. */
export const TIMELY_WEEKS = 2;

/**
 * Trust gain (in λ⁺ units) of the case owner in the sender's organisation for a signal passed
 * on in time: timely sharing builds trust, late sharing does not (Luna-Reyes et al. 2008).
 */
export const TIMELY_GAIN = 0.1;

/**
 * Share of the refusals "not permitted" that stem from uncertainty about what may be shared
 * rather than from the law itself (Inspectie VenJ 2017: RIEC partners, above all small
 * municipalities, were unsure what they could share). Professionals who know the other
 * partner's rules remove that part, to the degree they bridge between them.
 */
export const LEGAL_UNCERTAINTY = 0.5;

/**
 * Probability that passing a signal is permitted, given the organisation's permission
 * `permitted` (covenant and secrecy, `sharingPermitted`) and the sender and receiver's
 * `bridging`: permitted + (1 − permitted) · LEGAL_UNCERTAINTY · bridged.
 *
 * @example
 * permittedWith(0.4, 0.5); // 0.4 + 0.6 · 0.5 · 0.5 = 0.55
 */
export function permittedWith(permitted: number, bridged: number): number {
  return permitted + (1 - permitted) * LEGAL_UNCERTAINTY * bridged;
}

/** Floor on the share of free time: even a busy professional can make a phone call. */
export const TIME_FLOOR = 0.2;

/**
 * Step 5, information sharing. Each holder of a signal not yet passed on tries once a week to
 * pass it to the case's owner (the coordinator in `nao` and `lead` networks, the partner that
 * first saw the case in a `shared` one). The sender first finds whom to address there
 * (`reachPartner`: a direct tie, a broker who vouches, or a cold call), and the attempt
 * succeeds with probability
 *
 *   P = permittedWith(permitted, bridged) × effective trust × frame fit × available time
 *
 * drawn factor by factor so that a failure has one reason (not permitted, low trust, low fit,
 * no time). `bridged` is what sender and receiver bridge between them (`bridging`): it removes
 * the legal-uncertainty part of a refusal and narrows the frame distance. Effective trust
 * blends the carried tie with T[sender org][owner] (`effectiveTrust`); frame fit is the sender
 * organisation's fit with the case label under the narrative. A signal passed on within
 * `TIMELY_WEEKS` builds the owner's trust in the sender's organisation (`TIMELY_GAIN`). After a
 * failed attempt the holder lets the concern go with probability `GIVE_UP`. A signal whose
 * holder has left is lost. A case is recognised once `signalsNeeded` signals
 * (2 + round(2 · elusiveness)) are combined.
 */
export function sharing(): Mechanism {
  /** Positions of the latent cases sharing works on (reused every week). */
  const latent: number[] = [];
  /** Whom a sender reaches at the owner, filled by `reachPartner` (reused every attempt). */
  const reached = newContact();
  return {
    name: 'sharing',
    step(state, rng) {
      const open = state.open;
      const needed = state.params.signalsNeeded;
      // The latent cases with a signal still to pass on, or with enough signals combined to be
      // recognised; the others have nothing to do this week.
      let count = 0;
      for (let q = 0; q < open.length; q++) {
        const c = open[q];
        if (c.status !== CaseStatus.latent) continue;
        const toPass = c.signals.length > c.sharedCount * SIGNAL_FIELDS; // `sharedCount` counts the shared signals
        const combined = c.sharedCount >= needed;
        if (toPass || combined) latent[count++] = q;
      }
      for (let i = 0; i < count; i++) {
        const c = open[latent[i]];
        const signals = c.signals; // dropSignal shortens this same list
        // `sharedCount` counts the shared signals, so the walk can stop at the last unshared one.
        let unshared = signalCount(c) - c.sharedCount;
        for (let k = signalCount(c) - 1; k >= 0 && unshared > 0; k--) {
          if (signals[k * SIGNAL_FIELDS + SIGNAL_SHARED]) continue;
          unshared--;
          if (holderLeft(state, c, k)) dropSignal(c, k);
          else if (!tryToShare(state, c, k, rng, reached) && rng() < GIVE_UP) dropSignal(c, k);
        }
        if (c.sharedCount >= needed && c.owner >= 0) {
          c.status = CaseStatus.recognised;
          c.recognisedWeek = state.week;
          state.thisWeek.recognised++;
          state.thisWeek.weeksToRecognition += state.week - c.arrivalWeek;
        }
      }
    },
  };
}

function holderLeft(state: SimulationState, c: Case, k: number): boolean {
  const w = state.workforce;
  const seat = c.signals[k * SIGNAL_FIELDS + SIGNAL_SEAT];
  return (w.present[seat] & w.posted[seat]) === 0 || w.hiredWeek[seat] > c.signals[k * SIGNAL_FIELDS + SIGNAL_WEEK];
}

/** Removes signal `k` of `c`, keeping the order of the others. */
function dropSignal(c: Case, k: number): void {
  const list = c.signals;
  for (let i = (k + 1) * SIGNAL_FIELDS; i < list.length; i++) list[i - SIGNAL_FIELDS] = list[i];
  for (let i = 0; i < SIGNAL_FIELDS; i++) list.pop();
}

/** One attempt to pass signal `k` of case `c`; true when it got through. */
function tryToShare(state: SimulationState, c: Case, k: number, rng: Rng, reached: Contact): boolean {
  const p = state.params;
  const counts = state.thisWeek;
  const sender = c.signals[k * SIGNAL_FIELDS + SIGNAL_SEAT];
  const from = c.signals[k * SIGNAL_FIELDS + SIGNAL_ORG];
  const to = c.owner;
  const { seat: receiver, tie } = reachPartner(state, sender, to, rng, reached);
  const bridged = receiver >= 0 ? bridging(state, sender, receiver) : 0;
  if (rng() >= permittedWith(p.permitted[from], bridged)) {
    counts.signalsRefused[0]++;
    return false;
  }
  const trust = effectiveTrust(state, tie, from, to);
  if (rng() >= trust) {
    counts.signalsRefused[1]++;
    return false;
  }
  const fit = frameFit(p.frame[from], c.label, state.narrative.breadth, bridged);
  if (rng() >= fit) {
    counts.signalsRefused[2]++;
    return false;
  }
  if (receiver < 0 || rng() >= availableTime(state, from)) {
    counts.signalsRefused[3]++;
    return false;
  }
  c.signals[k * SIGNAL_FIELDS + SIGNAL_SHARED] = 1;
  c.sharedCount++;
  state.usedHours[from] += SHARING_HOURS;
  contact(state, sender, receiver, 0.5);
  if (state.week - c.signals[k * SIGNAL_FIELDS + SIGNAL_WEEK] <= TIMELY_WEEKS) queueTrust(state, to, from, TIMELY_GAIN);
  counts.signalsShared++;
  if (p.domain[from] !== p.domain[to]) counts.signalsSharedCrossDomain++;
  return true;
}

/** Share of the organisation's network time still free this week, floored; 0 without capacity. */
export function availableTime(state: SimulationState, org: number): number {
  const cap = state.capacityHours[org];
  if (cap <= 0) return 0;
  const free = Math.max(0, cap - state.usedHours[org]) / cap;
  return TIME_FLOOR + (1 - TIME_FLOOR) * free;
}
