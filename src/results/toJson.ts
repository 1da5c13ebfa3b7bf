/**
 * A value as the JSON text collabsim writes into result files: two-space indentation, a
 * final newline, and `null` for a missing value (NaN or any non-finite number, as
 * `JSON.stringify` writes them). The one JSON writer of `experiment.json`, run folders'
 * `summary.json` and `weekly.json`, analysis and comparison records and chart specs. Same
 * value, same bytes.
 *
 * @example
 * toJson({ n: 2, mean: NaN }); // '{\n  "n": 2,\n  "mean": null\n}\n'
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
