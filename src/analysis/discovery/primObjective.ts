/** The objective functions of EMA Workbench's PRIM, by name. */
export type PrimObjective = 'original' | 'lenient1' | 'lenient2';

/** The names, for validation and help texts. */
export const PRIM_OBJECTIVES: readonly PrimObjective[] = ['original', 'lenient1', 'lenient2'];

/**
 * Scores a candidate box from the old box's n cases (k of interest) and the candidate's
 * n' cases (k' of interest). PRIM takes the candidate with the highest score.
 */
export type ObjectiveFunction = (nOld: number, kOld: number, nNew: number, kNew: number) => number;

/**
 * The objective a peel or paste is chosen by, as in EMA Workbench (`prim.py`):
 *
 * - `original` (Friedman & Fisher 1999): the candidate's density k'/n' (−1 when empty);
 * - `lenient1` (default): the gain in density per case removed or added,
 *   (k'/n' − k/n) / |n − n'|; it keeps a categorical factor from winning just because
 *   removing one category removes many cases at once;
 * - `lenient2` (Friedman & Fisher 1999, eq. 14.6): n'·(k'/n' − k/n) / |n − n'|.
 *
 * An empty candidate has density 0 in the lenient objectives. Each is computed with the same
 * floating-point operations as EMA Workbench, so ties break the same way.
 *
 * @example
 * primObjective('lenient1')(100, 20, 90, 20); // (20/90 − 0.2) / 10 ≈ 0.00222
 * primObjective('original')(100, 20, 90, 20); // 0.2222…
 */
export function primObjective(name: PrimObjective): ObjectiveFunction {
  switch (name) {
    case 'original':
      return (_nOld, _kOld, nNew, kNew) => (nNew > 0 ? kNew / nNew : -1);
    case 'lenient1':
      return (nOld, kOld, nNew, kNew) => {
        const delta = (nNew > 0 ? kNew / nNew : 0) - kOld / nOld;
        return delta === 0 ? 0 : delta / Math.abs(nOld - nNew);
      };
    case 'lenient2':
      return (nOld, kOld, nNew, kNew) => {
        const delta = (nNew > 0 ? kNew / nNew : 0) - kOld / nOld;
        return delta === 0 ? 0 : (nNew * delta) / Math.abs(nOld - nNew);
      };
  }
}
