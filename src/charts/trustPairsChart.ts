import type { TopLevelSpec } from 'vega-lite';
import { chartConfig } from './chartConfig.js';
import { chartDescription } from './chartMetadata.js';
import type { ChartOptions } from './chartOptions.js';
import { displayText } from './displayText.js';
import { okabeIto } from './okabeIto.js';

/** One trust snapshot of one ordered pair (a row of `trust.csv`): trust of `from` in `to` at `week`. */
export interface TrustPairRow {
  week: number;
  from: string;
  to: string;
  trust: number;
}

/**
 * Trust between partners over time, from trust-matrix snapshots (`collabsim run
 * --trust-snapshots 13,26,52`): small multiples, one panel per trusting organisation
 * (`from`), a line per partner it trusts (`to`), with a point at each snapshot week; the
 * y scale is fixed to 0–1 so panels compare. Rows need not be sorted.
 *
 * Data columns of the spec: `week`, `from`, `to`, `trust`.
 *
 * @example
 * const spec = trustPairsChart([{ week: 52, from: 'police', to: 'care', trust: 0.6 }, { week: 104, from: 'police', to: 'care', trust: 0.7 }]);
 */
export function trustPairsChart(rows: readonly TrustPairRow[], options: Omit<ChartOptions, 'describeMetric'> = {}): TopLevelSpec {
  if (rows.length === 0) throw new Error('trustPairsChart requires at least one trust snapshot');
  const { metadata = {} } = options;
  const values = rows
    .map((r) => ({ week: r.week, from: displayText(r.from), to: displayText(r.to), trust: r.trust }))
    .sort((a, b) => a.week - b.week || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const partners = [...new Set(values.flatMap((v) => [v.from, v.to]))].sort();
  const weeks = new Set(values.map((v) => v.week)).size;
  const color = {
    field: 'to',
    type: 'nominal' as const,
    title: 'trust in',
    // Okabe–Ito while it has a colour per partner; a 20-colour scheme for larger networks
    scale: partners.length <= okabeIto.length ? { domain: partners, range: [...okabeIto] } : { domain: partners, scheme: 'tableau20' },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(`trust of each organisation (panel) in each partner (line) at ${weeks} snapshot weeks, 0 to 1`, metadata),
    title: { text: metadata.title ?? 'Trust between partners over time', subtitle: 'one panel per organisation: its trust in each partner' },
    config: chartConfig,
    data: { values },
    facet: { field: 'from', type: 'nominal', title: null, sort: partners, header: { labelFontWeight: 'bold' } },
    columns: 3,
    spec: {
      width: options.width ?? 180,
      height: options.height ?? 120,
      layer: [
        { mark: { type: 'line', strokeWidth: 2 } },
        { mark: { type: 'point', filled: true, size: 24 } },
      ],
      encoding: {
        x: { field: 'week', type: 'quantitative', title: 'Week', axis: { format: 'd', tickMinStep: 1 } },
        y: { field: 'trust', type: 'quantitative', title: 'Trust', scale: { domain: [0, 1] } },
        color,
        tooltip: [
          { field: 'from', type: 'nominal', title: 'trust of' },
          { field: 'to', type: 'nominal', title: 'in' },
          { field: 'week', type: 'quantitative' },
          { field: 'trust', type: 'quantitative', format: '.3f' },
        ],
      },
    },
  } as TopLevelSpec;
}
