/**
 * Where a run sits in the sweep. Runs are numbered point-major:
 * `run = point · replications + replicate`, so run numbers never depend on how the sweep is
 * executed and a run can be rebuilt from its number alone.
 *
 * @example
 * runCoordinates(7, 3); // { point: 2, replicate: 1 }
 */
export function runCoordinates(run: number, replications: number): { point: number; replicate: number } {
  return { point: Math.floor(run / replications), replicate: run % replications };
}

/**
 * The number of the run of `point` and `replicate` (point-major order), the inverse of
 * `runCoordinates`.
 *
 * @example
 * runNumber(2, 1, 3); // 7
 */
export function runNumber(point: number, replicate: number, replications: number): number {
  return point * replications + replicate;
}
