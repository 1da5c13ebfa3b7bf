/**
 * The k-th smallest value of `values` (k from 0), by quickselect (Hoare 1961) with a
 * three-way partition, so runs of tied values (integer factors) cost no more than distinct
 * ones. Reorders `values` in place so that every value before index k is ≤ the result and
 * every value after it is ≥ the result. Expected cost O(n), against O(n log n) for sorting.
 *
 * @example
 * selectKth(Float64Array.from([5, 1, 4, 2, 3]), 1); // 2
 */
export function selectKth(values: Float64Array, k: number): number {
  if (!(Number.isInteger(k) && k >= 0 && k < values.length)) {
    throw new Error(`selectKth requires k from 0 to ${values.length - 1}, got ${k}`);
  }
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    const pivot = medianOfThree(values[lo], values[(lo + hi) >> 1], values[hi]);
    let below = lo;
    let above = hi;
    let i = lo;
    while (i <= above) {
      const v = values[i];
      if (v < pivot) {
        values[i++] = values[below];
        values[below++] = v;
      } else if (v > pivot) {
        values[i] = values[above];
        values[above--] = v;
      } else i++;
    }
    // values[lo..below-1] < pivot, values[below..above] = pivot, values[above+1..hi] > pivot
    if (k < below) hi = below - 1;
    else if (k > above) lo = above + 1;
    else return pivot;
  }
  return values[k];
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
