/**
 * Draws the example charts of docs/charts.md into docs/img/ from sample data built here
 * (deterministic: seeded, so rerunning gives the same PNGs). Once real results exist, the
 * lead replaces these with `collabsim plot` output.
 *
 * Usage: npx tsx scripts/make-chart-docs.ts [outDir]   (default docs/img)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { distributionChart } from '../src/charts/distributionChart.js';
import { effectsChart } from '../src/charts/effectsChart.js';
import { heatmapChart } from '../src/charts/heatmapChart.js';
import { morrisChart } from '../src/charts/morrisChart.js';
import { renderPng } from '../src/charts/renderPng.js';
import { sobolChart } from '../src/charts/sobolChart.js';
import { timeseriesChart } from '../src/charts/timeseriesChart.js';
import { trustMatrixChart } from '../src/charts/trustMatrixChart.js';
import type { RunRow, SweepWeeklyRow } from '../src/charts/chartInputs.js';
import type { DescribeMetric } from '../src/charts/describeMetric.js';
import { createRng } from '../src/random/rng.js';

const outDir = process.argv[2] ?? 'docs/img';
const rng = createRng(20240501);
const noise = (sd: number) => sd * (rng() + rng() + rng() - 1.5) * 2;
const metadata = { seed: 20240501, version: '0.1.0', source: 'scripts/make-chart-docs.ts (sample data)' };
const describeMetric: DescribeMetric = (name) =>
  ({
    successRate: { label: 'Success rate', unit: 'share of closed cases' },
    throughputWeeks: { label: 'Throughput time', unit: 'weeks' },
  })[name] ?? { label: name, unit: '' };

// A sweep over manpower: 3 levels × 8 replicates × 52 weeks.
const weekly: SweepWeeklyRow[] = [];
[0.6, 1.0, 1.4].forEach((manpower, point) => {
  for (let replicate = 0; replicate < 8; replicate++) {
    for (let week = 1; week <= 52; week++) {
      const level = 0.25 + 0.22 * manpower * (1 - Math.exp(-week / 10));
      weekly.push({ run: point * 8 + replicate, point, replicate, week, manpower, successRate: level + noise(0.04) });
    }
  }
});

// A grid over manpower × trust with 5 replicates; two runs failed.
const runs: RunRow[] = [];
for (const manpower of [0.6, 0.8, 1.0, 1.2, 1.4]) {
  for (const trust of [0.2, 0.4, 0.6, 0.8]) {
    for (let replicate = 0; replicate < 5; replicate++) {
      const run = runs.length;
      runs.push({
        run,
        point: Math.floor(run / 5),
        replicate,
        seed: 1000 + run,
        status: run === 17 || run === 58 ? 'failed' : 'ok',
        manpower,
        trust,
        successRate: 0.2 + 0.2 * manpower + 0.25 * trust * manpower + noise(0.03),
      });
    }
  }
}

const oat = [
  ['manpower', 0.6, 1.4, 0.14],
  ['trustInitial', 0.2, 0.8, 0.09],
  ['regie', 'none', 'strong', 0.06],
  ['staffTurnover', 0.05, 0.25, -0.08],
  ['caseload', 20, 60, -0.11],
  ['conferenceFrequency', 1, 4, 0.02],
  ['informationSharing', 0.3, 0.9, 0.035],
].map(([factor, low, high, effect]) => ({
  metric: 'successRate',
  factor: factor as string,
  low: low as number | string,
  high: high as number | string,
  effect: effect as number,
  effectLow: (effect as number) - 0.025,
  effectHigh: (effect as number) + 0.025,
}));

const sobol = [
  ['manpower', 0.38, 0.47],
  ['trustInitial', 0.21, 0.36],
  ['caseload', 0.12, 0.15],
  ['regie', 0.04, 0.14],
  ['staffTurnover', 0.05, 0.07],
  ['informationSharing', 0.01, 0.02],
].map(([factor, S1, ST]) => ({
  metric: 'successRate',
  factor: factor as string,
  S1: S1 as number,
  S1Low: (S1 as number) - 0.04,
  S1High: (S1 as number) + 0.04,
  ST: ST as number,
  STLow: (ST as number) - 0.03,
  STHigh: (ST as number) + 0.03,
}));

const morris = [
  ['manpower', 0.15, 0.16, 0.05],
  ['trustInitial', 0.1, 0.11, 0.09],
  ['caseload', -0.09, 0.1, 0.03],
  ['regie', 0.04, 0.06, 0.06],
  ['staffTurnover', -0.04, 0.045, 0.015],
  ['conferenceFrequency', 0.01, 0.015, 0.008],
  ['informationSharing', 0.012, 0.02, 0.012],
  ['schoolInvolvement', 0.002, 0.004, 0.002],
].map(([factor, mu, muStar, sigma]) => ({
  metric: 'successRate',
  factor: factor as string,
  mu: mu as number,
  muStar: muStar as number,
  sigma: sigma as number,
  muStarLow: (muStar as number) * 0.8,
  muStarHigh: (muStar as number) * 1.2,
}));

const names = ['Police', 'Public Prosecution', 'Municipality', 'Youth Care', 'Mental Health Care', 'Probation Service', 'Schools'];
const trust = {
  ids: ['police', 'om', 'municipality', 'youth', 'ggz', 'probation', 'schools'],
  names,
  matrix: names.map((_, i) => names.map((__, j) => (i === j ? 1 : Math.round((0.25 + 0.6 * rng()) * 100) / 100))),
};

const charts: Record<string, TopLevelSpec> = {
  timeseries: timeseriesChart(weekly, { metric: 'successRate', groupBy: 'manpower', describeMetric, metadata }),
  effects: effectsChart(oat, { describeMetric, metadata }),
  sobol: sobolChart(sobol, { describeMetric, metadata }),
  morris: morrisChart(morris, { describeMetric, metadata }),
  heatmap: heatmapChart(runs, { metric: 'successRate', x: 'manpower', y: 'trust', describeMetric, metadata }),
  distribution: distributionChart(runs, { metric: 'successRate', factor: 'manpower', describeMetric, metadata }),
  trust: trustMatrixChart(trust, { metadata }),
};

mkdirSync(outDir, { recursive: true });
for (const [name, spec] of Object.entries(charts)) {
  const file = join(outDir, `chart-${name}.png`);
  writeFileSync(file, await renderPng(spec, { scale: 1.5 }));
  console.log(`wrote ${file}`);
}
