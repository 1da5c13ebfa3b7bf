import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { dejaVuSansTextWidth } from './dejaVuSansTextWidth.js';
import { stableSvgIds } from './stableSvgIds.js';

/** The part of vega-scenegraph's text measurement that `renderSvg` replaces. */
interface TextMetrics {
  width: (item: { fontSize?: number; limit?: number }, text?: unknown) => number;
}

/**
 * Renders a Vega-Lite spec to an SVG string, headless: the spec is compiled to Vega and
 * run in a `View` with renderer `none` (no DOM, no canvas). Text is measured with the
 * shipped font's glyph widths (`dejaVuSansTextWidth`; this sets Vega's process-wide
 * `textMetrics.width`, as vl-convert does), so titles, labels and legends are laid out for
 * the font `renderPng` draws with. Data must be inline: nothing is loaded.
 * Deterministic: the same spec gives the same SVG string (Vega's counter-based gradient
 * and clip ids are renamed by `stableSvgIds`).
 *
 * Vega-Lite warnings (e.g. an encoding it ignores) are thrown as errors, because a
 * collabsim chart that warns is a bug in its builder.
 *
 * @example
 * const svg = await renderSvg(timeseriesChart(rows, { metric: 'successRate' }));
 * svg.startsWith('<svg'); // true
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  (vega as unknown as { textMetrics: TextMetrics }).textMetrics.width = measureText;
  const view = new vega.View(vega.parse(compileStrict(spec)), { renderer: 'none' });
  try {
    return stableSvgIds(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/** Vega's text width callback: the trimmed line's width, capped at the item's `limit`. */
function measureText(item: { fontSize?: number; limit?: number }, text?: unknown): number {
  const line = text == null ? '' : String(text).trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const width = dejaVuSansTextWidth(line, size);
  return item.limit != null && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/** Compiles Vega-Lite to Vega, turning Vega-Lite warnings and errors into one thrown error. */
export function compileStrict(spec: TopLevelSpec): vega.Spec {
  const problems: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => (problems.push(args.map(String).join(' ')), logger),
    warn: (...args: unknown[]) => (problems.push(args.map(String).join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  // vega-lite's logger type is vega-util's LoggerInterface; the object above implements it.
  const { spec: compiled } = compile(spec, { logger: logger as never });
  if (problems.length > 0) throw new Error(`vega-lite reported: ${problems.join('; ')}`);
  return compiled;
}
