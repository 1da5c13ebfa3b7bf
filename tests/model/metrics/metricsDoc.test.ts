import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS_DOC_FILE, renderMetricsDoc } from '../../../scripts/generateMetricsDoc.js';
import { METRICS } from '../../../src/model/metrics/catalogue.js';

describe('docs/metrics.md', () => {
  it('is up to date with the metric catalogue (regenerate: npx tsx scripts/generateMetricsDoc.ts)', () => {
    expect(readFileSync(METRICS_DOC_FILE, 'utf8')).toBe(renderMetricsDoc());
  });

  it('documents every metric once in its reference, with a unit and a definition', () => {
    // the per-organisation table above the reference has columns of the same names (staffPresent, ...)
    const text = renderMetricsDoc().split('\n## Reference')[1];
    for (const m of METRICS) {
      expect(text.split(`| \`${m.name}\` |`)).toHaveLength(2);
      expect(m.unit.length).toBeGreaterThan(0);
      expect(m.description.length).toBeGreaterThan(0);
    }
    expect(new Set(METRICS.map((m) => m.name)).size).toBe(METRICS.length);
  });
});
