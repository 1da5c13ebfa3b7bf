import { describeMetric as catalogueEntry } from '../../model/metrics/catalogue.js';
import type { DescribeMetric } from '../describeMetric.js';

/**
 * How the model's metrics are named on charts: the camelCase name as words in sentence
 * case ("successRate" → "Success rate") and the unit from the metric catalogue
 * (`src/model/metrics/catalogue.ts`). Names outside the catalogue (a test model's `y`) are
 * shown as they are, without a unit.
 *
 * @example
 * catalogueDescribeMetric('meanOrgTrust'); // { label: 'Mean org trust', unit: 'trust [0,1]' }
 * catalogueDescribeMetric('y'); // { label: 'y', unit: '' }
 */
export const catalogueDescribeMetric: DescribeMetric = (name) => {
  const entry = catalogueEntry(name);
  if (entry === undefined) return { label: name, unit: '' };
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([a-z])([0-9])/g, '$1 $2').toLowerCase();
  return { label: words.charAt(0).toUpperCase() + words.slice(1), unit: entry.unit };
};
