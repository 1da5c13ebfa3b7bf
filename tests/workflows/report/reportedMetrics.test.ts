import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, readResultsFolder } from '../../../src/index.js';
import { catalogueDescribeMetric } from '../../../src/charts/catalogueDescribeMetric.js';
import { METRIC_NAMES } from '../../../src/model/metrics/catalogue.js';
import { reportedMetrics } from '../../../src/workflows/report/sweepReportSections.js';
import { sweepExperiments } from '../../cli/runCli.js';

/** A report covers every metric the experiment asked for, not only the key ones (issue 15, item 17). */
describe('the metrics a sweep report covers', { timeout: 300_000 }, () => {
  it('puts the key metrics first, then the others listed; the whole catalogue keeps to the key ones', () => {
    expect(reportedMetrics(['commitmentAcceptanceCare', 'successRate', 'meanOrgTrust'])).toEqual(['successRate', 'meanOrgTrust', 'commitmentAcceptanceCare']);
    expect(reportedMetrics(['y', 'z'])).toEqual(['y', 'z']);
    expect(reportedMetrics([...METRIC_NAMES])).toEqual(['successRate', 'meanOrgTrust', 'signalsShared', 'casesOpen']);
  });

  it('shows effects and a summary row of commitmentAcceptanceCare when the experiment lists it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'collabsim-report-metrics-'));
    await sweepExperiments(root, {
      asked: 'scenario: safety-house\nweeks: 130\nreplications: 2\ndesign: { method: oat }\nfactors: { regie: [0, 1] }\nmetrics: [successRate, meanOrgTrust, commitmentAcceptanceCare]\n',
    });
    const report = await buildReport(await readResultsFolder(join(root, 'asked')));
    const label = catalogueDescribeMetric('commitmentAcceptanceCare').label.toLowerCase();
    expect(report.sections.map((s) => s.heading)).toContain(`Effects on ${label}`);
    expect(JSON.stringify(report.sections.find((s) => s.heading === 'Summary')?.table)).toContain('commitmentAcceptanceCare');
  });
});
