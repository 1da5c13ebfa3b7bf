import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './runCli.js';

/** A rerun of explore (npm start) says its runs were reused, not "600 runs in 1 s" (issue 15, item 17). */
describe('collabsim explore --resume on a finished folder', { timeout: 300_000 }, () => {
  it('says how many runs were reused from the folder and how many are new', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'collabsim-explore-')), 'x');
    const args = ['explore', 'radicalisation-pga', '--out', out, '--resume', '--trajectories', '2', '--replications', '1', '--weeks', '52', '--workers', '0', '--quiet'];
    const first = await cli(...args); // 2 trajectories × (15 preconditions + the dummy + 1) points
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^explored radicalisation-pga: 32 runs \(0 failed\) in /);
    const again = await cli(...args);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^explored radicalisation-pga: 32 runs reused from ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, 0 new \\(0 failed\\) in `));
  });
});
