import type { HtmlReport } from '../../src/charts/renderHtmlReport.js';
import { effectsChart } from '../../src/methods/oat/effectsChart.js';
import { timeseriesChart } from '../../src/charts/timeseriesChart.js';
import { trustMatrixChart } from '../../src/charts/trustMatrixChart.js';
import { describeMetric, metadata, oatRows, sweepWeekly, trustMatrix } from './fixtures.js';

/** A partner name that tries to break out of the HTML and the embedded JSON. */
export const hostileName = `</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2"> & \u2028`;

/** A report with three charts, text, a table, and hostile strings in every slot. */
export const sampleReport: HtmlReport = {
  title: `Manpower sweep <i>${hostileName}</i>`,
  metadata,
  sections: [
    {
      heading: 'Success rate over time',
      text: 'Mean over replicates.\n\nSecond paragraph with <b>markup</b> that must stay text.',
      spec: timeseriesChart(sweepWeekly, { metric: 'successRate', groupBy: 'manpower', describeMetric, metadata }),
    },
    { heading: `Effects ${hostileName}`, spec: effectsChart(oatRows, { metric: 'successRate', describeMetric }) },
    {
      heading: 'Trust',
      spec: trustMatrixChart({ ...trustMatrix, names: [hostileName, 'Public Prosecution', 'Municipality'] }),
      table: {
        columns: ['organisation', 'mean trust', 'runs'],
        rows: [
          { organisation: hostileName, 'mean trust': 0.123456, runs: 12 },
          { organisation: 'Municipality', 'mean trust': 0.5, runs: 12 },
        ],
      },
    },
  ],
};
