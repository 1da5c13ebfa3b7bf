import { editDistance } from './editDistance.js';

/**
 * The candidate closest to a misspelt word, or `undefined` when none is close enough to be a
 * plausible typo. Case is ignored; a candidate qualifies when its edit distance (with
 * transpositions) is at most a third of the longer word's length, and at least 1.
 *
 * @example
 * suggest('staffStabilty', ['manpower', 'staffStability', 'time']); // 'staffStability'
 * suggest('xyz', ['manpower']); // undefined
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const limit = Math.max(1, Math.floor(Math.max(w.length, c.length) / 3));
    const d = editDistance(w, c);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
