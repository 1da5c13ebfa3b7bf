// Which code the collabsim command runs: the compiled dist/ or the TypeScript sources in src/.
//
// The rule, so a stale build is never used silently:
// - an installed package has no src/: it runs dist/;
// - a clone runs dist/ when dist/cli/main.js exists and no file under src/ was modified after
//   it (tsc rewrites every output on each build, so dist/cli/main.js's time is the build's);
//   after `npm ci` (whose `prepare` script builds dist) that is the case, and each command
//   starts about 0.4 s faster and uses 40-50 MiB less than through tsx;
// - a clone whose src/ has a file newer than the build (an edit, a checkout, a pull), or that
//   has no build, runs the sources through tsx. `npm run build` makes dist/ current again.
// COLLABSIM_ENTRY=src or =dist overrides the rule (for benchmarks comparing the two).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * 'dist' or 'src' for the package at `root` (a path), by the rule above.
 *
 * @example
 * chooseEntry('/work/collabsim'); // 'dist' right after `npm ci`, 'src' after editing a source file
 */
export function chooseEntry(root, override = process.env.COLLABSIM_ENTRY) {
  if (override === 'src' || override === 'dist') return override;
  const sources = join(root, 'src');
  const compiled = join(root, 'dist', 'cli', 'main.js');
  if (!existsSync(sources)) return 'dist';
  if (!existsSync(compiled)) return 'src';
  const built = statSync(compiled).mtimeMs;
  return newestModification(sources) > built ? 'src' : 'dist';
}

/** The latest modification time (ms) of any file or folder under `folder`, the folder included (a deleted file changes its folder's time). */
function newestModification(folder) {
  let newest = statSync(folder).mtimeMs;
  for (const entry of readdirSync(folder, { recursive: true })) {
    const time = statSync(join(folder, String(entry))).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}
