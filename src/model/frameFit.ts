import { familiarity } from './familiarity.js';
import type { SimulationState } from './state/SimulationState.js';

/**
 * Frame fit: how well a partner with frame `frame` identifies with a case described with
 * label `label` under a narrative of breadth `breadth` (all on the security–care axis, [0, 1]).
 *
 *   fit = exp(−½ · (d / breadth)²),  d = |frame − label| · (1 − translation)
 *
 * A Gaussian kernel: 1 when frames coincide, falling with distance, more slowly for a broad
 * narrative. `translation` in [0, 1) is the share of the distance bridged by a professional
 * who can take the other's perspective (Williams 2002: boundary spanners as translators).
 *
 * @example
 * frameFit(0.2, 0.9, 0.15, 0); // ≈ 1.9e-5: a care partner and a narrow security story
 * frameFit(0.2, 0.5, 0.6, 0);  // ≈ 0.88: the same partner and a broad, mean-frame story
 */
export function frameFit(frame: number, label: number, breadth: number, translation: number): number {
  const d = Math.abs(frame - label) * (1 - translation);
  const z = d / breadth;
  return Math.exp(-0.5 * z * z);
}

/**
 * The share of frame distance a professional bridges toward another partner:
 * 0.6 × their perspective-taking, plus 0.2 when they have worked at another partner at all
 * (they have learnt to frame a concern for others) and another 0.2 when that was in the other
 * partner's domain (they know its language and rules). At most 1.
 *
 * @example
 * translation(0.5, true, true); // 0.7
 */
export function translation(perspectiveTaking: number, experienced: boolean, experiencedInReceiverDomain: boolean): number {
  return 0.6 * perspectiveTaking + (experienced ? 0.2 : 0) + (experiencedInReceiverDomain ? 0.2 : 0);
}

/**
 * The share of frame distance two professionals bridge between them when one brings a case
 * to the other: each translates toward the other's organisation (`translation`, with
 * experience counted in the other's domain, scaled by their `familiarity` with the network),
 * and the shares combine as independent
 * contributions, 1 − (1 − t_a)(1 − t_b). The asker can frame the concern in the other's
 * terms; the one asked can read it in the asker's (Williams 2002: boundary spanners on both
 * sides of an interface). Professionals of the same domain need no translation from experience.
 *
 * @example
 * // both long in post (familiarity ≈ 1): a coordinator with perspective-taking 0.6 who worked
 * // in care (translation 0.36 + 0.2 + 0.2 = 0.76) and a care worker with 0.4 and no experience (0.24):
 * bridging(state, coordinatorSeat, careSeat); // 1 − (1 − 0.76)(1 − 0.24) ≈ 0.82
 */
export function bridging(state: SimulationState, a: number, b: number): number {
  const { org } = state.workforce;
  const domain = state.params.domain;
  const ta = translationToward(state, a, domain[org[b]]);
  const tb = translationToward(state, b, domain[org[a]]);
  return 1 - (1 - ta) * (1 - tb);
}

/**
 * How far the professional in `seat` bridges toward a partner of domain `domain` (an index
 * into `DOMAINS`): their `translation`, with experience counted in that domain, scaled by their
 * `familiarity` with the network. Both `bridging` and the conference's `astrayProbability`
 * (knowing whom to ask) rest on it.
 *
 * @example
 * translationToward(state, seat, domainIndex('care')); // in [0, 1]
 */
export function translationToward(state: SimulationState, seat: number, domain: number): number {
  const w = state.workforce;
  const experience = w.experience[seat];
  return familiarity(state, seat) * translation(w.perspective[seat], experience !== 0, ((experience >> domain) & 1) === 1);
}

/**
 * Frame fit of a case with label `label` for a partner of frame `frame` when professional `a`
 * brings the case to professional `b` (docs/model.md §7.6, §7.7): `frameFit` under the current
 * narrative breadth, with the distance the two bridge between them (`bridging`).
 *
 * Sharing asks it for the sender's own frame (sender `a`, the owner's professional `b`); a
 * conference for the asked partner's frame (the chair `a`, the partner's delegate `b`).
 *
 * @example
 * bridgedFit(state, p.frame[from], c.label, sender, receiver); // the sender's fit, in (0, 1]
 */
export function bridgedFit(state: SimulationState, frame: number, label: number, a: number, b: number): number {
  return frameFit(frame, label, state.narrative.breadth, bridging(state, a, b));
}
