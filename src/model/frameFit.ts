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
 * The share of frame distance a sender bridges: half their perspective-taking, plus 0.15 when
 * they have worked at another partner at all (they have learnt to frame a concern for others)
 * and another 0.15 when that was in the receiver's domain.
 *
 * @example
 * translation(0.6, true, true); // 0.6
 */
export function translation(perspectiveTaking: number, experienced: boolean, experiencedInReceiverDomain: boolean): number {
  return 0.5 * perspectiveTaking + (experienced ? 0.15 : 0) + (experiencedInReceiverDomain ? 0.15 : 0);
}

/**
 * Frame fit of a case with label `label` for a partner of frame `frame`, bridged by the
 * professional in `seat` speaking toward organisation `toward` (docs/model.md §7.6, §7.7):
 * `frameFit` under the current narrative breadth, with the seat's `translation` share from its
 * perspective-taking and its experience (any, and in the domain of `toward`).
 *
 * Sharing asks it for the sender's own frame, bridged toward the case owner; a conference for
 * the asked partner's frame, bridged by the chair toward that partner.
 *
 * @example
 * bridgedFit(state, p.frame[from], c.label, sender, c.owner); // the sender's fit, in (0, 1]
 */
export function bridgedFit(state: SimulationState, frame: number, label: number, seat: number, toward: number): number {
  const w = state.workforce;
  const experienced = ((w.experience[seat] >> state.params.domain[toward]) & 1) === 1;
  return frameFit(frame, label, state.narrative.breadth, translation(w.perspective[seat], w.experience[seat] !== 0, experienced));
}
