import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './runCli.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);
const experiment = at('ish.yaml');
writeFileSync(experiment, 'model: ishigami\nseed: 7\nreplications: 2\ndesign: { method: sobol, samples: 16 }\n');

describe('collabsim sweep, merge and slurm', () => {
  it('sweeps, refuses to overwrite, resumes, shards and merges', async () => {
    const whole = await cli('sweep', experiment, '--out', at('whole'), '--workers', '0', '--quiet');
    expect(whole).toMatchObject({ code: 0, stderr: '' });
    expect(whole.stdout).toMatch(/^wrote .*whole: 160 runs \(0 failed\) in \d+ s\n$/);
    const again = await cli('sweep', experiment, '--out', at('whole'), '--quiet');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`results folder ${at('whole')} already exists; use --resume to continue it or --force to replace it`);
    expect(again.stderr).not.toMatch(/\n\s+at /);
    expect((await cli('sweep', experiment, '--out', at('whole'), '--resume', '--quiet')).code).toBe(0);
    for (const i of [1, 2]) {
      const shard = await cli('sweep', experiment, '--out', at(`s${i}`), '--shard', `${i}/2`, '--workers', '0', '--quiet');
      expect(shard.stdout).toContain(`shard ${i}/2: 80 runs`);
    }
    const merged = await cli('merge', at('s1'), at('s2'), '--out', at('merged'));
    expect(merged).toMatchObject({ code: 0, stdout: `wrote ${at('merged')}: 160 runs (0 failed) from 2 folders\n` });
    expect(readFileSync(at('merged/runs.csv'), 'utf8')).toBe(readFileSync(at('whole/runs.csv'), 'utf8'));
    const missing = await cli('merge', at('s1'), '--out', at('merged-1'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the folders hold 80 of 160 runs; missing runs include 1, 3, 5, 7, 9');
  });

  it('exits 2 with a clear message for user mistakes', async () => {
    const badShard = await cli('sweep', experiment, '--shard', '3/2', '--out', at('x'));
    expect(badShard).toMatchObject({ code: 2 });
    expect(badShard.stderr).toContain('--shard: shard must be i/n with 1 ≤ i ≤ n, found 3/2');
    const badWorkers = await cli('sweep', experiment, '--workers', '-1', '--out', at('x'));
    expect(badWorkers.stderr).toContain('--workers: expected an integer from 0 to 1024, found -1');
    const bad = at('bad.yaml');
    writeFileSync(bad, 'model: ishigami\nreplications: 0\ndesign: { method: lhs, samples: 4 }\n');
    const invalid = await cli('sweep', bad, '--out', at('x'));
    expect(invalid).toMatchObject({ code: 2, stderr: `${bad}: replications: expected an integer from 1 to 1000000, found 0\n` });
    expect((await cli('sweep', at('nope.yaml'))).stderr).toBe(`${at('nope.yaml')}: file not found\n`);
    expect(existsSync(at('x'))).toBe(false);
  });

  it('writes SLURM scripts: an array job and a merge that runs afterok', async () => {
    const result = await cli('slurm', experiment, '--tasks', '3', '--out', at('job'), '--partition', 'short', '--time', '00:10:00');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('160 runs in 3 tasks (up to 54 each)');
    const sweep = readFileSync(at('job/sweep.sbatch'), 'utf8');
    expect(sweep).toContain('#SBATCH --array=1-3');
    expect(sweep).toContain('#SBATCH --partition=short');
    expect(sweep).toContain('#SBATCH --time=00:10:00');
    expect(sweep).toContain(`sweep ${experiment}`);
    expect(sweep).toContain('--shard "$SLURM_ARRAY_TASK_ID/3"');
    expect(readFileSync(at('job/merge.sbatch'), 'utf8')).toContain(`merge "\${shards[@]}" --out ${at('job/results')} --force`);
    expect(readFileSync(at('job/submit.sh'), 'utf8')).toContain('--dependency=afterok:"$array"');
    const badTime = await cli('slurm', experiment, '--tasks', '3', '--out', at('job2'), '--time', 'soon');
    expect(badTime.code).toBe(2);
  });
});
