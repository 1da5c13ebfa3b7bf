import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: { vega: string; vegaLite: string } | undefined;

/**
 * The minified browser builds of the installed vega and vega-lite
 * (`vega/build/vega.min.js`, `vega-lite/build/vega-lite.min.js`), ready to inline in a
 * `<script>` element: any `</script` or `<!--` in them is escaped. Found through Node's
 * module resolution from this file, so the versions match the ones used for SVG and PNG.
 * Read once per process (about 770 kB together).
 *
 * @example
 * const { vega, vegaLite } = vegaBrowserBuilds();
 * // `<script>${vega}</script><script>${vegaLite}</script>` defines window.vega and window.vegaLite
 */
export function vegaBrowserBuilds(): { vega: string; vegaLite: string } {
  if (cached === undefined) {
    const require = createRequire(import.meta.url);
    const read = (pkg: string, file: string) =>
      escapeForScript(readFileSync(join(dirname(require.resolve(pkg)), file), 'utf8'));
    cached = { vega: read('vega', 'vega.min.js'), vegaLite: read('vega-lite', 'vega-lite.min.js') };
  }
  return cached;
}

/** Keeps inlined code from ending its `<script>` element early. */
function escapeForScript(code: string): string {
  return code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}
