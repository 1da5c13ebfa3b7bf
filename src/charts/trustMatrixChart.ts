import type { TopLevelSpec } from 'vega-lite';
import { chartConfig } from './chartConfig.js';
import type { TrustMatrix } from './chartInputs.js';
import { chartDescription } from './chartMetadata.js';
import type { ChartOptions } from './chartOptions.js';
import { displayText } from './displayText.js';

/**
 * A heat map of trust between organisations at the end of a run: row = the organisation
 * that trusts, column = the partner it trusts, colour and number = trust in [0, 1]
 * (viridis on a fixed 0–1 scale, so charts of different runs compare). Rows and columns
 * keep the order of `ids`; partners that share a display name get their id appended.
 *
 * Data columns of the spec: `truster`, `trustee` (display names), `trust`.
 *
 * @example
 * const spec = trustMatrixChart({ ids: ['p', 'm'], names: ['Police', 'Municipality'], matrix: [[1, 0.4], [0.7, 1]] });
 */
export function trustMatrixChart(trust: TrustMatrix, options: Omit<ChartOptions, 'describeMetric'> = {}): TopLevelSpec {
  const { ids, names, matrix } = trust;
  const { metadata = {} } = options;
  const n = ids.length;
  if (n === 0) throw new Error('trustMatrixChart requires at least one organisation');
  if (names.length !== n) throw new Error(`trustMatrixChart requires one name per id (found ${n} ids and ${names.length} names)`);
  const shape = `${matrix.length}×${matrix.map((row) => row.length).join('/')}`;
  if (matrix.length !== n || matrix.some((row) => row.length !== n)) {
    throw new Error(`trustMatrixChart requires a ${n}×${n} matrix, one row and column per organisation (found ${shape})`);
  }
  const shown = names.map(displayText);
  const labels = shown.map((name, i) => (shown.indexOf(name) !== shown.lastIndexOf(name) ? `${name} (${displayText(ids[i])})` : name));
  const values = matrix.flatMap((row, i) =>
    row.map((value, j) => {
      if (!Number.isFinite(value)) throw new Error(`trustMatrixChart requires numbers (found ${value} at matrix[${i}][${j}])`);
      return { truster: labels[i], trustee: labels[j], trust: value };
    }),
  );
  const cell = Math.max(34, Math.min(60, Math.floor(480 / n)));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(`trust of each organisation (row) in each partner (column), 0 to 1`, metadata),
    title: {
      text: metadata.title ?? 'Trust between organisations',
      subtitle: 'row: organisation that trusts; column: partner it trusts (0 = none, 1 = full)',
    },
    width: options.width ?? cell * n,
    height: options.height ?? cell * n,
    config: chartConfig,
    data: { values },
    encoding: {
      x: { field: 'trustee', type: 'nominal', title: 'Trusted partner', sort: labels, axis: { orient: 'top', labelAngle: -40, labelAlign: 'left' } },
      y: { field: 'truster', type: 'nominal', title: 'Organisation', sort: labels },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
        encoding: {
          color: { field: 'trust', type: 'quantitative', title: 'Trust (0–1)', scale: { scheme: 'viridis', domain: [0, 1] } },
          tooltip: [
            { field: 'truster', type: 'nominal', title: 'organisation' },
            { field: 'trustee', type: 'nominal', title: 'trusts partner' },
            { field: 'trust', type: 'quantitative', format: '.3f' },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: n > 10 ? 9 : 11 },
        encoding: {
          text: { field: 'trust', type: 'quantitative', format: '.2f' },
          color: { condition: { test: 'datum.trust < 0.5', value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}
