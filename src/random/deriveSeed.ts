/**
 * Derives a child seed from a root seed and a path of integers by hashing, so that each
 * (root, design point, replicate) gets its own reproducible stream that does not depend on
 * the number of workers, their order, sharding or resuming (Mesa's "spawned seeds" habit).
 *
 * The hash is 32-bit FNV-1a over the decimal text of the parts, followed by the
 * `murmur3` finaliser for avalanche. Result: an unsigned 32-bit integer.
 *
 * @example
 * deriveSeed(20201001, 3, 7); // always the same 32-bit integer
 * deriveSeed(20201001, 3, 8) !== deriveSeed(20201001, 3, 7); // true
 */
export function deriveSeed(root: number, ...path: number[]): number {
  let h = 0x811c9dc5;
  const text = [root, ...path].join('/');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
