import { deriveSeed } from '../../src/random/deriveSeed.js';

/**
 * The seed of one run of a study, derived by hashing (`deriveSeed`) from the root seed, the
 * preset's name and a path of whole numbers (e.g. constant set, design point, replicate), so
 * every (preset, point, replicate) has its own independent stream and results do not depend
 * on the number of workers or the order of the runs. The name enters through its character
 * codes, so adding a preset never changes another preset's seeds. Cost O(length of the name).
 *
 * @example
 * studySeed(1, 'riec', 0, 3, 2) === studySeed(1, 'riec', 0, 3, 2); // true
 * studySeed(1, 'riec', 0, 3, 2) !== studySeed(1, 'top600', 0, 3, 2); // true
 */
export function studySeed(root: number, preset: string, ...path: number[]): number {
  const name = deriveSeed(0, ...Array.from(preset, (c) => c.charCodeAt(0)));
  return deriveSeed(root, name, ...path);
}
