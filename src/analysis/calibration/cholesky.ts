/**
 * The Cholesky factor of a symmetric positive definite matrix A: the lower triangular L
 * with L Lᵀ = A (Golub & Van Loan 2013, algorithm 4.2.1). Returns undefined when A is not
 * positive definite (a pivot ≤ 0), so the caller can regularise. Cost O(d³ / 3).
 *
 * @example
 * cholesky([[4, 2], [2, 2]]); // [[2, 0], [1, 1]]
 */
export function cholesky(a: readonly (readonly number[])[]): number[][] | undefined {
  const d = a.length;
  const l = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let j = 0; j < d; j++) {
    let pivot = a[j][j];
    for (let k = 0; k < j; k++) pivot -= l[j][k] * l[j][k];
    if (!(pivot > 0)) return undefined;
    l[j][j] = Math.sqrt(pivot);
    for (let i = j + 1; i < d; i++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = s / l[j][j];
    }
  }
  return l;
}
