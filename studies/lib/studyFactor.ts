/**
 * A factor of a study and how its value enters the scenario:
 * - `path`: the value is set at this scenario path (`preconditions.regie`, `parameters.tieGain`);
 * - `path` with `times`: the value is a ratio, and the path gets value × (the value of the
 *   factor named in `times`, which must be in the same design point), e.g. trustLoss as a
 *   multiple of trustGain;
 * - no `path`: a dummy the model never reads (its elementary effects measure the noise).
 */
export interface StudyFactor {
  name: string;
  low: number;
  high: number;
  path?: string;
  times?: string;
  integer?: boolean;
}
