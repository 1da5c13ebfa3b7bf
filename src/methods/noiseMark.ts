import { DUMMY_FACTOR } from './withDummyFactor.js';

/** What a ranking shows beside a factor that is not distinguishable from the dummy. */
export const NOISE_MARK = '~';

/**
 * A row's `distinguishable` flag, as the analysis computed it (a boolean or null) or as
 * `analysis/<method>.csv` holds it when read back (`true`, `false`, or an empty field, read
 * as NaN): true, false, or null (no dummy, the dummy itself, or no bootstrap).
 *
 * @example
 * distinguishableFlag('false'); // false
 * distinguishableFlag(NaN); // null
 */
export function distinguishableFlag(value: unknown): boolean | null {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return null;
}

/**
 * Whether some rows were tested against a dummy factor (some `distinguishable` is true or
 * false), i.e. whether a table should show the comparison.
 *
 * @example
 * hasNoiseFloor([{ factor: 'x1', distinguishable: true }, { factor: 'dummy', distinguishable: null }]); // true
 */
export function hasNoiseFloor(rows: readonly { distinguishable?: unknown }[]): boolean {
  return rows.some((r) => distinguishableFlag(r.distinguishable) !== null);
}

/**
 * The words a report's table shows for a factor against the dummy: `≈ noise` (not
 * distinguishable), `above noise`, `noise floor` for the dummy itself, or '' (not tested).
 *
 * @example
 * noiseColumn({ factor: 'x2', distinguishable: false }); // '≈ noise'
 * noiseColumn({ factor: 'dummy', distinguishable: null }); // 'noise floor'
 */
export function noiseColumn(row: { factor: string; distinguishable?: unknown }): string {
  const flag = distinguishableFlag(row.distinguishable);
  if (flag === null) return row.factor === DUMMY_FACTOR ? 'noise floor' : '';
  return flag ? 'above noise' : '≈ noise';
}

/**
 * The lines that explain a noise floor under a printed ranking: what `mark` (the `~` of a
 * ranking, or `distinguishable = false` in a table) means, and what the dummy measured given
 * how the runs were seeded. With common random numbers the dummy's index is exactly 0 (every
 * design point of a replicate sees the same random stream, and the dummy changes nothing), so
 * a factor is distinguishable as soon as it changes the output at all; with independent seeds
 * the dummy's index is the replication noise, and distinguishable means "moves the output by
 * more than noise does".
 *
 * @example
 * noiseFloorLegend('μ*', false)[0];
 * // '~ ≈ noise: μ* not distinguishable from the dummy's (a factor the model never reads): the 95% paired bootstrap interval of μ*(factor) − μ*(dummy) is not above 0'
 */
export function noiseFloorLegend(index: string, commonRandomNumbers: boolean, mark = `${NOISE_MARK} ≈ noise`): string[] {
  return [
    `${mark}: ${index} not distinguishable from the dummy's (a factor the model never reads): ` +
      `the 95% paired bootstrap interval of ${index}(factor) − ${index}(dummy) is not above 0`,
    commonRandomNumbers
      ? `seeds: common random numbers, so the dummy's ${index} is exactly 0 and the test is against 0 and the ` +
        'sampling noise of the estimate; it does not say a factor exceeds replication noise (independent seeds do)'
      : `seeds: independent per design point, so the dummy's ${index} is the replication noise: the floor`,
  ];
}
