/** A metric's unit and definition, as the metric catalogue gives them. */
export interface MetricLabel {
  name: string;
  unit: string;
}

/**
 * A run's summary as an aligned plain-text table: metric, value, unit. Metrics appear in
 * catalogue order; any metric the catalogue lacks follows in its own order. Whole numbers are
 * printed as they are, others with three decimals (one from 1000 up); a missing value (NaN:
 * the metric is undefined in this run) as `missing`.
 *
 * @example
 * formatSummaryTable({ successRate: 0.4213 }, [{ name: 'successRate', unit: 'share of mature cases' }]);
 * // 'metric       value  unit\nsuccessRate  0.421  share of mature cases\n'
 */
export function formatSummaryTable(summary: Readonly<Record<string, number>>, catalogue: readonly MetricLabel[]): string {
  const units = new Map(catalogue.map((m) => [m.name, m.unit]));
  const names = [...catalogue.map((m) => m.name).filter((n) => n in summary), ...Object.keys(summary).filter((n) => !units.has(n))];
  const rows = names.map((name) => [name, formatNumber(summary[name]), units.get(name) ?? '']);
  const header = ['metric', 'value', 'unit'];
  const width = (i: number) => Math.max(header[i].length, ...rows.map((r) => r[i].length));
  const line = (r: string[]) => `${r[0].padEnd(width(0))}  ${r[1].padStart(width(1))}  ${r[2]}`.trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  if (Number.isNaN(value)) return 'missing';
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1000 ? value.toFixed(1) : value.toFixed(3);
}
