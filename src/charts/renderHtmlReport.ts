import type { TopLevelSpec } from 'vega-lite';
import type { ChartMetadata } from './chartMetadata.js';
import { escapeHtml } from './escapeHtml.js';
import { jsonForScript } from './jsonForScript.js';
import { vegaBrowserBuilds } from './vegaBrowserBuilds.js';

/** A table in a report: column names in order, and rows keyed by those names. */
export interface ReportTable {
  columns: string[];
  rows: ReadonlyArray<Record<string, string | number | boolean | null | undefined>>;
}

/** One section of a report: a heading, then optional text, chart and table, in that order. */
export interface ReportSection {
  heading: string;
  /** Plain text (not HTML); blank lines separate paragraphs. */
  text?: string;
  /** A Vega-Lite spec with inline data, e.g. from `timeseriesChart`. */
  spec?: TopLevelSpec;
  table?: ReportTable;
}

export interface HtmlReport {
  title: string;
  /** Shown under the title: seed, collabsim version, source (the `title` field is not used). */
  metadata?: ChartMetadata;
  sections: readonly ReportSection[];
}

/**
 * Builds a self-contained HTML report as one string: works offline and from `file://`,
 * loads nothing (a Content-Security-Policy forbids any network request). The vega and
 * vega-lite browser builds are inlined (about 770 kB); each chart's spec is embedded as
 * escaped JSON (`jsonForScript`) and drawn as SVG by a small inline script with
 * `vega.View` and `vegaLite.compile`. A rendered chart's element gets `data-rendered`;
 * a chart that fails shows the error text instead. All text from data is HTML-escaped.
 * Tables show numbers with up to 4 significant digits (integers in full).
 * Deterministic: no dates or random ids, so the same report gives the same bytes.
 *
 * @example
 * const html = renderHtmlReport({
 *   title: 'Manpower sweep',
 *   metadata: { seed: 42, version: '0.1.0' },
 *   sections: [{ heading: 'Success rate', spec: timeseriesChart(rows, { metric: 'successRate' }) }],
 * });
 * // write it with fs.writeFileSync('report.html', html)
 */
export function renderHtmlReport(report: HtmlReport): string {
  const { vega, vegaLite } = vegaBrowserBuilds();
  const specs: string[] = [];
  const body = report.sections.map((section, i) => {
    const parts = [`<h2 id="section-${i + 1}">${escapeHtml(section.heading)}</h2>`];
    if (section.text !== undefined) parts.push(paragraphs(section.text));
    if (section.spec !== undefined) {
      const id = `chart-${specs.length + 1}`;
      specs.push(`<script type="application/json" id="${id}-spec">${jsonForScript(section.spec)}</script>`);
      parts.push(`<figure class="chart" id="${id}" data-spec="${id}-spec"></figure>`);
    }
    if (section.table !== undefined) parts.push(table(section.table));
    return `<section>\n${parts.join('\n')}\n</section>`;
  });
  const contents =
    report.sections.length > 2
      ? `<nav><ol>${report.sections
          .map((s, i) => `<li><a href="#section-${i + 1}">${escapeHtml(s.heading)}</a></li>`)
          .join('')}</ol></nav>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(report.title)}</h1>
${provenance(report.metadata)}
</header>
${contents}
<main>
${body.join('\n')}
</main>
${specs.join('\n')}
<script>${vega}</script>
<script>${vegaLite}</script>
<script>${RENDER_SCRIPT}</script>
</body>
</html>
`;
}

const STYLE = `
body { font-family: "DejaVu Sans", system-ui, sans-serif; color: #222; max-width: 1000px; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.3rem; }
h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; color: #555; font-size: 0.9rem; }
dl.provenance dt { font-weight: bold; }
dl.provenance dd { margin: 0; }
figure.chart { margin: 1rem 0; overflow-x: auto; }
.chart-error { color: #b00020; }
table { border-collapse: collapse; font-size: 0.9rem; margin: 1rem 0; }
th, td { border-bottom: 1px solid #e2e2e2; padding: 0.25rem 0.7rem; text-align: left; }
th { border-bottom: 2px solid #bbb; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
`.trim();

/** Draws every embedded spec as SVG; marks each figure `data-rendered` when done. */
const RENDER_SCRIPT = `
(function () {
  var figures = document.querySelectorAll('figure.chart[data-spec]');
  window.collabsimCharts = Promise.all(Array.prototype.map.call(figures, function (figure) {
    try {
      var spec = JSON.parse(document.getElementById(figure.getAttribute('data-spec')).textContent);
      var view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'svg', container: figure, hover: true });
      return view.runAsync().then(function () { figure.setAttribute('data-rendered', 'true'); }, fail);
    } catch (error) { fail(error); }
    function fail(error) {
      figure.className += ' chart-error';
      figure.textContent = 'chart failed to render: ' + (error && error.message ? error.message : error);
      console.error(error);
    }
  }));
})();
`.trim();

/** Seed, version and source as a definition list (empty when none is given). */
function provenance(metadata: ChartMetadata = {}): string {
  const items: Array<[string, string | number | undefined]> = [
    ['seed', metadata.seed],
    ['collabsim', metadata.version],
    ['source', metadata.source],
  ];
  const present = items.filter(([, value]) => value !== undefined);
  if (present.length === 0) return '';
  const rows = present.map(([key, value]) => `<dt>${key}</dt><dd>${escapeHtml(String(value))}</dd>`);
  return `<dl class="provenance">${rows.join('')}</dl>`;
}

/** Plain text as paragraphs, split at blank lines. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

/** A report table as an HTML table; numeric cells (and headers of all-numeric columns) right-aligned. */
function table({ columns, rows }: ReportTable): string {
  const numeric = (c: string) => rows.length > 0 && rows.every((row) => typeof row[c] === 'number' || row[c] == null);
  const head = columns
    .map((c) => `<th scope="col"${numeric(c) ? ' class="number"' : ''}>${escapeHtml(c)}</th>`)
    .join('');
  const body = rows.map((row) => {
    const cells = columns.map((c) => {
      const value = row[c];
      return typeof value === 'number' ? `<td class="number">${formatNumber(value)}</td>` : `<td>${escapeHtml(value == null ? '' : String(value))}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

/** Integers in full, other numbers to 4 significant digits, a missing value (NaN) as `missing`, infinities as text. */
function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'missing';
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}
