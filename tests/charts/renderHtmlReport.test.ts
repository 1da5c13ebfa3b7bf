import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/index.js';
import { hostileName, sampleReport } from './reportFixture.js';

describe('renderHtmlReport', () => {
  const html = renderHtmlReport(sampleReport);

  it('shows a missing value in a table as missing, never as 0 or NaN', () => {
    const page = renderHtmlReport({
      title: 't',
      sections: [{ heading: 'Summary', table: { columns: ['metric', 'value'], rows: [{ metric: 'successRate', value: NaN }] } }],
    });
    expect(page).toContain('<td class="number">missing</td>');
    expect(page).not.toContain('>NaN<');
  });

  it('inlines the vega and vega-lite browser builds and loads nothing', () => {
    expect(html.includes('vegaLite')).toBe(true);
    expect(html.length).toBeGreaterThan(700_000);
    expect(/<script[^>]+src=/i.test(html)).toBe(false);
    expect(/<link[^>]+href=/i.test(html)).toBe(false);
    expect(html.includes(`default-src 'none'`)).toBe(true);
  });

  it('embeds each chart spec as JSON that parses back to the spec', () => {
    const blocks = [...html.matchAll(/<script type="application\/json" id="(chart-\d+)-spec">([^<]*)<\/script>/g)];
    expect(blocks.map((b) => b[1])).toEqual(['chart-1', 'chart-2', 'chart-3']);
    expect(JSON.parse(blocks[0][2])).toEqual(sampleReport.sections[0].spec);
    expect(JSON.parse(blocks[2][2])).toEqual(sampleReport.sections[2].spec);
    expect(html.match(/<figure class="chart"/g)?.length).toBe(3);
  });

  it('escapes every string from data', () => {
    // the only <script> tags are the 3 spec blocks and the 3 code blocks
    expect(html.match(/<script/g)?.length).toBe(6);
    expect(html.includes('<img')).toBe(false);
    const specBlocks = [...html.matchAll(/<script type="application\/json"[^>]*>([^<]*)<\/script>/g)].map((m) => m[1]);
    expect(specBlocks.some((b) => /[\u2028\u2029&]/.test(b))).toBe(false);
    expect(html.includes('&lt;/script&gt;&lt;script&gt;window.pwned=1')).toBe(true);
    expect(html.includes('<p>Second paragraph with &lt;b&gt;markup&lt;/b&gt; that must stay text.</p>')).toBe(true);
    expect(html.includes(`<td>${hostileName.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</td>`)).toBe(true);
  });

  it('shows provenance and formats table numbers', () => {
    expect(html.includes('<dt>seed</dt><dd>42</dd><dt>collabsim</dt><dd>0.1.0</dd>')).toBe(true);
    expect(html.includes('<td class="number">0.1235</td><td class="number">12</td>')).toBe(true);
  });

  it('is deterministic', () => {
    expect(renderHtmlReport(sampleReport) === html).toBe(true);
  });
});
