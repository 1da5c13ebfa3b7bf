/**
 * The sign an interval establishes: +1 when it lies entirely above 0, −1 when entirely
 * below 0, 0 when it contains 0 (or is NaN). Used to read a signed effect's confidence
 * interval as "significantly positive / negative / unclear". Cost O(1).
 *
 * @example
 * signOfInterval(0.1, 0.4); // 1
 * signOfInterval(-0.3, -0.01); // -1
 * signOfInterval(-0.1, 0.2); // 0
 */
export function signOfInterval(low: number, high: number): -1 | 0 | 1 {
  if (low > 0) return 1;
  if (high < 0) return -1;
  return 0;
}
