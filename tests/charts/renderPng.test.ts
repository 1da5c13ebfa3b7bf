import { Resvg } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectsChart } from '../../src/methods/oat/effectsChart.js';
import { renderPng } from '../../src/charts/renderPng.js';
import { renderSvg } from '../../src/charts/renderSvg.js';
import { shippedFontFile } from '../../src/charts/shippedFontFile.js';
import { describeMetric, oatRows } from './fixtures.js';

const spec = effectsChart(oatRows, { metric: 'successRate', describeMetric });

/** Width and height from a PNG's IHDR chunk (bytes 16..23). */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Decodes a PNG (resvg renders an `<image>` of it) and counts non-white pixels and distinct colours. */
function inkAndColours(png: Buffer): { ink: number; colours: number } {
  const { width, height } = pngSize(png);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  let ink = 0;
  const colours = new Set<number>();
  for (let i = 0; i < pixels.length; i += 4) {
    const rgb = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    colours.add(rgb);
    if (rgb !== 0xffffff) ink++;
  }
  return { ink, colours: colours.size };
}

describe('renderPng', () => {
  it('ships its font and finds it from the module file', () => {
    expect(existsSync(shippedFontFile())).toBe(true);
  });

  it('writes a PNG of the SVG size times the scale', async () => {
    const svg = await renderSvg(spec);
    const svgWidth = Number(/width="(\d+)"/.exec(svg)![1]);
    const svgHeight = Number(/height="(\d+)"/.exec(svg)![1]);
    const png = await renderPng(spec, { scale: 2 });
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(pngSize(png)).toEqual({ width: svgWidth * 2, height: svgHeight * 2 });
  });

  it('draws bars and text (not blank) and the text needs the shipped font', async () => {
    const withFont = inkAndColours(await renderPng(spec, { scale: 1 }));
    const withoutFont = inkAndColours(await renderPng(spec, { scale: 1, fontFiles: [] }));
    expect(withFont.colours).toBeGreaterThan(20); // white, two bar colours, black, anti-aliasing
    expect(withoutFont.ink).toBeGreaterThan(0); // bars and axes still drawn
    expect(withFont.ink).toBeGreaterThan(withoutFont.ink * 1.2); // titles and labels add ink
  });

  it('is deterministic', async () => {
    expect((await renderPng(spec, { scale: 1 })).equals(await renderPng(spec, { scale: 1 }))).toBe(true);
  });

  it('rejects a scale that is not positive', async () => {
    await expect(renderPng(spec, { scale: 0 })).rejects.toThrow('renderPng requires a positive scale (found 0)');
  });
});
