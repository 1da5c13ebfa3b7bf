/**
 * Real results folders for the tests of `src/results`, `src/workflows`, `plot` and `report`, made
 * once per test file through the CLI (`collabsim sweep` and `collabsim run --out`, in this
 * process): a grid and an oat sweep of the built-in `linear` model (y = x1 − 2·x2 + 3·x3,
 * so every one-at-a-time effect is known), a Sobol' sweep of `ishigami`, a Morris sweep of
 * `linear`, a small grid sweep of the `safety-house` preset with weekly rows, and a 60-week
 * run of `safety-house`. Takes a few seconds on one core.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/runCli.js';

const EXPERIMENTS: Record<string, string> = {
  grid: 'model: linear\nseed: 3\nreplications: 2\ndesign: { method: grid, levels: 3 }\n',
  oat: "model: linear\nseed: 3\nreplications: 2\ndescription: 'linear <b>model</b> & \"co\"'\ndesign: { method: oat }\n",
  sobol: 'model: ishigami\nseed: 7\nreplications: 1\ndesign: { method: sobol, samples: 32 }\n',
  morris: 'model: linear\nseed: 5\nreplications: 1\ndesign: { method: morris, trajectories: 6 }\n',
  lhs: 'model: linear\nseed: 5\nreplications: 1\ndesign: { method: lhs, samples: 12 }\n',
  scenario:
    'scenario: safety-house\nweeks: 60\nseed: 5\nreplications: 2\nweekly: true\ndesign: { method: grid, levels: 2 }\n' +
    'factors: { staffStability: [0.2, 0.8], mutualTrust: [0.2, 0.8] }\n' +
    'metrics: [successRate, meanOrgTrust, signalsShared, casesOpen]\n',
};

export type FixtureName = keyof typeof EXPERIMENTS | 'run';

/** The section headings of the report of the `run` folder: summary, weekly key metrics, trust matrix. */
export const RUN_REPORT_HEADINGS = [
  'Summary',
  'Weekly success rate',
  'Weekly organisational trust',
  'Weekly signals shared',
  'Weekly open cases',
  'Trust between organisations',
];

/** Makes the results folders in a new temporary folder; `remove` deletes it. */
export async function makeResults(which: readonly FixtureName[] = [...Object.keys(EXPERIMENTS), 'run']): Promise<{
  root: string;
  dir: (name: FixtureName) => string;
  remove: () => void;
}> {
  const root = mkdtempSync(join(tmpdir(), 'collabsim-results-'));
  const dir = (name: FixtureName) => join(root, name);
  mkdirSync(join(root, 'experiments'));
  for (const name of which) {
    if (name === 'run') {
      const run = await cli('run', 'safety-house', '--weeks', '60', '--out', dir('run'));
      if (run.code !== 0) throw new Error(`run failed: ${run.stderr}`);
      continue;
    }
    const file = join(root, 'experiments', `${name}.yaml`);
    writeFileSync(file, EXPERIMENTS[name]);
    const sweep = await cli('sweep', file, '--out', dir(name), '--workers', '0', '--quiet');
    if (sweep.code !== 0) throw new Error(`sweep ${name} failed: ${sweep.stderr}`);
  }
  return { root, dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
