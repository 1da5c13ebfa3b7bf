import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What `collabsim discover` saved in `<results>/discovery/`: its `trajectory.json` and
 * `box.json` merged into one object (the files are documented by `discoveryFiles`), or null
 * when the folder holds no discovery. Reports read it to add their "Scenario discovery"
 * sections.
 *
 * @example
 * const saved = readSavedDiscovery('results/lhs'); // null until `collabsim discover results/lhs ...` ran
 */
export function readSavedDiscovery(resultsDir: string): Record<string, unknown> | null {
  const dir = join(resultsDir, 'discovery');
  const trajectory = join(dir, 'trajectory.json');
  const box = join(dir, 'box.json');
  if (!existsSync(trajectory) || !existsSync(box)) return null;
  return {
    ...(JSON.parse(readFileSync(trajectory, 'utf8')) as Record<string, unknown>),
    ...(JSON.parse(readFileSync(box, 'utf8')) as Record<string, unknown>),
  };
}
