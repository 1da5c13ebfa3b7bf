import type { Rng } from '../../random/rng.js';
import { joeKuoDirections } from './joeKuoDirections.js';

/** Bits of resolution of each coordinate (points are multiples of 2⁻³²). */
const BITS = 32;

/** Direction integers V[d][b] (bit 31 is the first binary digit), parsed once. */
const directionTable: Uint32Array[] = buildDirections();

/** The number of dimensions the bundled Joe & Kuo table supports. */
export const sobolMaxDimensions = directionTable.length;

/** Options of {@link sobolSequence}. */
export interface SobolSequenceOptions {
  /**
   * A seeded generator to scramble with (Matoušek's linear matrix scramble followed by a
   * random digital shift, one independent scramble per dimension), or omitted for the plain
   * sequence that starts at the origin.
   */
  scramble?: Rng;
}

/**
 * The first `n` points of the `dimensions`-dimensional Sobol' sequence with Joe & Kuo (2008)
 * direction numbers, in Gray-code order (Antonov & Saleev 1979), as one `Float64Array`
 * column per dimension, coordinates in [0, 1).
 *
 * Unscrambled, the points are exactly those of Joe & Kuo's reference program and of
 * `scipy.stats.qmc.Sobol(scramble=False)`. With `scramble`, each dimension's generator
 * matrix is multiplied by a random lower-triangular binary matrix with unit diagonal and the
 * digits are XORed with a random shift (Matoušek 1998, "On the L2-discrepancy for anchored
 * boxes", J. Complexity 14; Owen 2003): the net properties are kept and every point is
 * uniformly distributed, so estimates become unbiased and repeatable by seed.
 *
 * Cost O(n · dimensions). Balance properties hold when `n` is a power of two.
 *
 * @example
 * sobolSequence(4, 2); // columns [0, 0.5, 0.75, 0.25] and [0, 0.5, 0.25, 0.75]
 */
export function sobolSequence(
  n: number,
  dimensions: number,
  options: SobolSequenceOptions = {},
): Float64Array[] {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** BITS) {
    throw new Error(`sobol sequence requires a whole number of points from 1 to 2^32, got ${n}`);
  }
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > sobolMaxDimensions) {
    throw new Error(
      `sobol sequence supports 1 to ${sobolMaxDimensions} dimensions, got ${dimensions}`,
    );
  }
  const scale = 2 ** -BITS;
  const columns: Float64Array[] = [];
  for (let d = 0; d < dimensions; d++) {
    let v = directionTable[d];
    let x = 0;
    if (options.scramble) {
      v = scrambleDirections(v, options.scramble);
      x = randomWord(options.scramble);
    }
    const column = new Float64Array(n);
    column[0] = (x >>> 0) * scale;
    for (let i = 1; i < n; i++) {
      x ^= v[lowestZeroBit(i - 1)];
      column[i] = (x >>> 0) * scale;
    }
    columns.push(column);
  }
  return columns;
}

/** Index of the lowest zero bit of `i` (0 for even numbers). */
function lowestZeroBit(i: number): number {
  let c = 0;
  let value = i;
  while (value & 1) {
    value = Math.floor(value / 2);
    c++;
  }
  return c;
}

/** A uniform random 32-bit word. */
function randomWord(rng: Rng): number {
  return Math.floor(rng() * 2 ** 32) >>> 0;
}

/** Parity (XOR of all bits) of a 32-bit word. */
function parity(word: number): number {
  let v = word ^ (word >>> 16);
  v ^= v >>> 8;
  v ^= v >>> 4;
  return (0x6996 >>> (v & 0xf)) & 1;
}

/** Left-multiplies every direction integer by a random unit lower-triangular digit matrix. */
function scrambleDirections(v: Uint32Array, rng: Rng): Uint32Array {
  const rows = new Uint32Array(BITS);
  for (let r = 0; r < BITS; r++) {
    const diagonal = 1 << (BITS - 1 - r);
    const above = r === 0 ? 0 : (randomWord(rng) >>> (BITS - r)) << (BITS - r);
    rows[r] = (above | diagonal) >>> 0;
  }
  const out = new Uint32Array(BITS);
  for (let b = 0; b < BITS; b++) {
    let word = 0;
    for (let r = 0; r < BITS; r++) {
      if (parity(rows[r] & v[b])) word |= 1 << (BITS - 1 - r);
    }
    out[b] = word >>> 0;
  }
  return out;
}

/** Parses the Joe & Kuo table into 32 direction integers per dimension. */
function buildDirections(): Uint32Array[] {
  const first = new Uint32Array(BITS);
  for (let b = 0; b < BITS; b++) first[b] = 2 ** (BITS - 1 - b);
  const table = [first];
  for (const line of joeKuoDirections.trim().split('\n')) {
    const [, s, a, ...m] = line.trim().split(/\s+/).map(Number);
    const v = new Uint32Array(BITS);
    for (let b = 0; b < s; b++) v[b] = m[b] * 2 ** (BITS - 1 - b);
    for (let b = s; b < BITS; b++) {
      let word = v[b - s] ^ (v[b - s] >>> s);
      for (let k = 1; k < s; k++) {
        if ((a >>> (s - 1 - k)) & 1) word ^= v[b - k];
      }
      v[b] = word >>> 0;
    }
    table.push(v);
  }
  return table;
}
