/**
 * A count written with thousands separators, for messages about sizes; a non-integer is
 * rounded, and what is not finite prints as is.
 *
 * @example
 * groupDigits(1000000000); // '1,000,000,000'
 */
export function groupDigits(n: number): string {
  return Number.isFinite(n) && Math.abs(n) < 1e21 ? Math.round(n).toLocaleString('en-US') : String(n);
}
