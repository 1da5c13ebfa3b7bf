/** How a metric is shown: a human label ("Success rate") and its unit ("share of closed cases", or ''). */
export interface MetricDescription {
  label: string;
  unit: string;
  /**
   * The values the metric can take, `[lowest, highest]` (Infinity for no upper end): `[0, 1]`
   * for shares and scores, `[0, Infinity]` for counts. Charts clamp interval bands to it, so a
   * rate's band never dips below 0. Absent: no limits known.
   */
  range?: readonly [number, number];
}

/** Looks up a metric's label and unit by its column name (the model team supplies a catalogue). */
export type DescribeMetric = (name: string) => MetricDescription;

/**
 * The fallback description: the column name itself, without a unit.
 *
 * @example
 * defaultDescribeMetric('successRate'); // { label: 'successRate', unit: '' }
 */
export const defaultDescribeMetric: DescribeMetric = (name) => ({ label: name, unit: '' });

/**
 * An axis or legend title for a metric: "Label (unit)", or just the label when the unit
 * is empty. An optional prefix names what is plotted of the metric ("Effect on").
 *
 * @example
 * const describe = () => ({ label: 'Success rate', unit: 'share of closed cases' });
 * metricTitle('successRate', describe); // 'Success rate (share of closed cases)'
 * metricTitle('successRate', describe, 'Mean'); // 'Mean success rate (share of closed cases)'
 */
export function metricTitle(
  name: string,
  describe: DescribeMetric = defaultDescribeMetric,
  prefix?: string,
): string {
  const { label, unit } = describe(name);
  const text = prefix === undefined ? label : `${prefix} ${lowerFirst(label)}`;
  return unit === '' ? text : `${text} (${unit})`;
}

/**
 * Lower-cases a label's first letter for use inside a sentence, unless it starts with an
 * acronym ("FTE per case", "ST").
 *
 * @example
 * lowerFirst('Success rate'); // 'success rate'
 * lowerFirst('FTE per case'); // 'FTE per case'
 */
export function lowerFirst(text: string): string {
  if (text.length > 1 && text[1] === text[1].toUpperCase() && text[1] !== text[1].toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
