import { Resvg } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from './renderSvg.js';
import { shippedFontFile } from './shippedFontFile.js';

export interface RenderPngOptions {
  /** Pixels per SVG pixel: 1 for screens, 2 (default) for slides and papers. */
  scale?: number;
  /**
   * Font files to draw text with. Default: the DejaVu Sans file collabsim ships. System
   * fonts are never loaded, so the PNG is the same on every machine; with an empty list
   * the text is silently dropped (that is what resvg does without a font).
   */
  fontFiles?: string[];
}

/**
 * Renders a Vega-Lite spec to PNG bytes: `renderSvg`, then rasterised by resvg with the
 * shipped font (every font family in the chart maps to it) on a white background.
 * Deterministic: the same spec and options give the same bytes on any machine.
 *
 * @example
 * const png = await renderPng(effectsChart(effects), { scale: 2 });
 * png.subarray(1, 4).toString(); // 'PNG'
 */
export async function renderPng(spec: TopLevelSpec, options: RenderPngOptions = {}): Promise<Buffer> {
  const { scale = 2, fontFiles = [shippedFontFile()] } = options;
  if (!(scale > 0)) throw new Error(`renderPng requires a positive scale (found ${scale})`);
  const svg = await renderSvg(spec);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: {
      fontFiles,
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
      serifFamily: 'DejaVu Sans',
      monospaceFamily: 'DejaVu Sans',
    },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
