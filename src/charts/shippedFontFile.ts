import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file name of the font collabsim ships for PNG rendering (DejaVu Sans, Bitstream Vera licence). */
export const shippedFontName = 'DejaVuSans.ttf';

/**
 * The absolute path of `assets/fonts/DejaVuSans.ttf`, found by walking up from this
 * module's own file (`import.meta.url`) until an `assets/fonts` folder holds it. This works
 * from `src/charts/` (tsx, vitest), from `dist/charts/` and from an installed package,
 * whatever the working directory.
 *
 * @example
 * shippedFontFile(); // '/…/collabsim/assets/fonts/DejaVuSans.ttf'
 */
export function shippedFontFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'assets', 'fonts', shippedFontName);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`shipped font ${shippedFontName} not found in assets/fonts above ${fileURLToPath(import.meta.url)}`);
}
