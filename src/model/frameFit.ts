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
