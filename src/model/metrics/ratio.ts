/**
 * a / b, or NaN when b is 0: an undefined share or mean is missing, never 0 (a rate of 0 would
 * read as "every attempt failed").
 *
 * @example
 * ratio(3, 4); // 0.75
 * ratio(0, 0); // NaN
 */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}
