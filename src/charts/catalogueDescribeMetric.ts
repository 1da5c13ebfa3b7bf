import { describeMetric as catalogueEntry } from '../model/metrics/catalogue.js';
import type { DescribeMetric } from './describeMetric.js';

/** Labels that read better than the name split into words. */
const LABELS: Record<string, string> = {
  meanOrgTrust: 'Organisational trust',
  sdOrgTrust: 'Spread of organisational trust',
  finalOrgTrust: 'Final organisational trust',
  casesOpen: 'Open cases',
};

/**
 * How the model's metrics are named on charts: a label (the camelCase name as words in
 * sentence case, "successRate" → "Success rate", or a clearer one for a few metrics:
 * "meanOrgTrust" → "Organisational trust") and the unit from the metric catalogue
 * (`src/model/metrics/catalogue.ts`), with the range its unit implies: `[0, 1]` for a share
 * ("share of ...") or a "[0,1]" scale, `[0, Infinity]` for every other catalogue unit (counts,
 * hours, weeks: none is negative). Names outside the catalogue (a test model's `y`) are
 * shown as they are, without a unit.
 *
 * @example
 * catalogueDescribeMetric('signalsShared'); // { label: 'Signals shared', unit: 'signals', range: [0, Infinity] }
 * catalogueDescribeMetric('y'); // { label: 'y', unit: '' }
 */
export const catalogueDescribeMetric: DescribeMetric = (name) => {
  const entry = catalogueEntry(name);
  if (entry === undefined) return { label: name, unit: '' };
  const range = metricRange(entry.unit);
  if (LABELS[name] !== undefined) return { label: LABELS[name], unit: entry.unit, range };
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([a-z])([0-9])/g, '$1 $2').toLowerCase();
  return { label: words.charAt(0).toUpperCase() + words.slice(1), unit: entry.unit, range };
};

/** The range a catalogue unit implies: shares and [0,1] scales, else a non-negative amount. */
function metricRange(unit: string): readonly [number, number] {
  return /^share of\b|\[0,1\]/.test(unit) ? [0, 1] : [0, Infinity];
}
