import type { Config } from 'vega-lite';

/**
 * The fonts every chart asks for: DejaVu Sans, which collabsim ships in
 * `assets/fonts/` for PNG rendering, then the browser's sans-serif in HTML reports.
 */
export const chartFont = 'DejaVu Sans, sans-serif';

/**
 * The shared Vega-Lite `config` of every collabsim chart: white background (PNG output is
 * not transparent), one font, readable font sizes, left-aligned titles, light grid.
 * Colours are chosen per chart (Okabe–Ito for categories, viridis for ordered values).
 */
export const chartConfig: Config = {
  background: 'white',
  font: chartFont,
  padding: 8,
  title: { fontSize: 15, anchor: 'start', subtitleFontSize: 12, subtitleColor: '#444444', offset: 10 },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', gridColor: '#e6e6e6', labelLimit: 220 },
  legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 220 },
  view: { stroke: null },
};
