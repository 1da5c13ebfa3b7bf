import type { ChartMetadata } from './chartMetadata.js';
import type { DescribeMetric } from './describeMetric.js';

/** Options every chart builder accepts. */
export interface ChartOptions {
  /** Title override and provenance (seed, version, source) for the spec's description. */
  metadata?: ChartMetadata;
  /** Label, unit and range of a metric by name; default: the metric catalogue's (`catalogueDescribeMetric`: "meanOrgTrust" is shown as "Organisational trust"), a name outside it as it is. */
  describeMetric?: DescribeMetric;
  /** Plot area width in pixels (without axes and legend). */
  width?: number;
  /** Plot area height in pixels (without axes and title). */
  height?: number;
}
