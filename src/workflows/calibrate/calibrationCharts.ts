import type { TopLevelSpec } from 'vega-lite';
import type { AbcGeneration } from '../../analysis/calibration/AbcSetup.js';
import { priorFromSpec } from '../../analysis/calibration/priorFromSpec.js';
import { weightedCovariance } from '../../analysis/calibration/weightedCovariance.js';
import { chartConfig } from '../../charts/chartConfig.js';
import { okabeIto } from '../../charts/okabeIto.js';
import type { NormalizedCalibration } from './CalibrationFile.js';

/** Points per parameter on which the marginal densities are drawn. */
const GRID = 120;

/**
 * The charts of a calibration, as Vega-Lite specs with inline data (pure: the same
 * generations give the same specs):
 *
 * - `marginals`: per parameter, the final generation's weighted kernel density (Gaussian
 *   kernel, Silverman's bandwidth with Kish's effective sample size) beside the prior's
 *   density, on the prior's range;
 * - `pairs`: every pair of parameters, the final particles as dots whose size is their
 *   weight (only with two or more parameters);
 * - `tolerance`: the tolerance of each generation (log scale) with its acceptance rate.
 *
 * @example
 * Object.keys(calibrationCharts(calibration, run.generations)); // ['marginals', 'pairs', 'tolerance']
 */
export function calibrationCharts(calibration: NormalizedCalibration, generations: readonly AbcGeneration[]): Record<string, TopLevelSpec> {
  const last = generations.at(-1);
  const charts: Record<string, TopLevelSpec> = {};
  if (!last) return charts;
  const names = calibration.parameters.map((p) => p.name);
  charts.marginals = marginalsChart(calibration, last);
  if (names.length >= 2) charts.pairs = pairsChart(names, last);
  charts.tolerance = toleranceChart(generations);
  return charts;
}

function marginalsChart(calibration: NormalizedCalibration, last: AbcGeneration): TopLevelSpec {
  const values: { parameter: string; value: number; density: number; curve: string }[] = [];
  const ess = last.ess;
  calibration.parameters.forEach((p, a) => {
    const prior = priorFromSpec(p.prior);
    const xs = last.particles.map((theta) => theta[a]);
    const sd = Math.sqrt(weightedCovariance(xs.map((x) => [x]), last.weights).covariance[0][0]);
    const h = Math.max(1.06 * sd * ess ** -0.2, (prior.upper - prior.lower) * 1e-3);
    for (let i = 0; i <= GRID; i++) {
      const x = prior.lower + ((prior.upper - prior.lower) * i) / GRID;
      let density = 0;
      for (let j = 0; j < xs.length; j++) {
        const z = (x - xs[j]) / h;
        density += last.weights[j] * Math.exp(-0.5 * z * z);
      }
      values.push({ parameter: p.name, value: x, density: density / (h * Math.sqrt(2 * Math.PI)), curve: 'posterior' });
      values.push({ parameter: p.name, value: x, density: prior.integer ? prior.density(Math.round(x)) : prior.density(x), curve: 'prior' });
    }
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: 'Posterior and prior of each parameter', subtitle: `final generation ${last.generation}: weighted kernel density of ${last.particles.length} particles (ESS ${last.ess.toFixed(0)})` },
    config: chartConfig,
    data: { values },
    facet: { field: 'parameter', type: 'nominal', title: null, header: { labelFontSize: 12 } },
    columns: 3,
    resolve: { scale: { x: 'independent', y: 'independent' } },
    spec: {
      width: 220,
      height: 150,
      mark: { type: 'line', interpolate: 'linear' },
      encoding: {
        x: { field: 'value', type: 'quantitative', title: null, scale: { nice: false } },
        y: { field: 'density', type: 'quantitative', title: 'density' },
        color: { field: 'curve', type: 'nominal', title: null, scale: { domain: ['posterior', 'prior'], range: [okabeIto[0], '#999999'] } },
        strokeDash: { field: 'curve', type: 'nominal', title: null, scale: { domain: ['posterior', 'prior'], range: [[1, 0], [4, 3]] } },
      },
    },
  } as TopLevelSpec;
}

function pairsChart(names: readonly string[], last: AbcGeneration): TopLevelSpec {
  const values = last.particles.map((theta, i) => ({ ...Object.fromEntries(names.map((n, a) => [n, theta[a]])), weight: last.weights[i] }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: 'Final particles, pair by pair', subtitle: 'dot size: importance weight' },
    config: chartConfig,
    data: { values },
    repeat: { row: [...names], column: [...names] },
    spec: {
      width: 150,
      height: 150,
      mark: { type: 'circle', opacity: 0.35, color: okabeIto[0] },
      encoding: {
        x: { field: { repeat: 'column' }, type: 'quantitative', scale: { zero: false } },
        y: { field: { repeat: 'row' }, type: 'quantitative', scale: { zero: false } },
        size: { field: 'weight', type: 'quantitative', legend: null, scale: { range: [4, 60] } },
      },
    },
  } as TopLevelSpec;
}

function toleranceChart(generations: readonly AbcGeneration[]): TopLevelSpec {
  const values = generations.map((g) => ({ generation: g.generation, tolerance: g.tolerance, acceptanceRate: g.acceptanceRate }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: 'Tolerance by generation', subtitle: 'distance within which proposals were accepted (log scale); labels: acceptance rate' },
    config: chartConfig,
    width: 420,
    height: 220,
    data: { values },
    layer: [
      {
        mark: { type: 'line', point: true, color: okabeIto[0] },
        encoding: {
          x: { field: 'generation', type: 'ordinal', title: 'generation' },
          y: { field: 'tolerance', type: 'quantitative', scale: { type: 'log' }, title: 'tolerance (distance)' },
        },
      },
      {
        mark: { type: 'text', dy: -10, fontSize: 10 },
        encoding: {
          x: { field: 'generation', type: 'ordinal' },
          y: { field: 'tolerance', type: 'quantitative', scale: { type: 'log' } },
          text: { field: 'acceptanceRate', type: 'quantitative', format: '.2f' },
        },
      },
    ],
  } as TopLevelSpec;
}
