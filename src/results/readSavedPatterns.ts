import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What `collabsim patterns check` saved in its output folder (`patterns.json`: the pattern
 * file, seed, counts and one row per claim, as `patterns.csv`), or null when the folder holds
 * no pattern check. The report reads it for its "Patterns" section.
 *
 * @example
 * readSavedPatterns('results/sh')?.counts; // { pass: 1, fail: 1, 'known-gap': 0, 'gap-holds': 0 }
 */
export function readSavedPatterns(dir: string): Record<string, unknown> | null {
  const file = join(dir, 'patterns.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
