import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli as inProcess } from './runCli.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-interrupt-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);
const experiment = at('slowish.yaml');
// a scenario sweep of 600 runs, about 10 ms each: slow enough to be stopped half way
writeFileSync(
  experiment,
  `scenario: ${resolve('tests/fixtures/valid/small-network.yaml')}\nseed: 3\nreplications: 2\nweeks: 52\n` +
    'design: { method: lhs, samples: 300 }\nfactors:\n  preconditions.manpower: [0, 1]\n',
);

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawns the CLI; `stopWhen` is polled and, once true, the process gets SIGTERM. */
function spawnCli(args: string[], stopWhen?: () => boolean): Promise<Exit> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/collabsim.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const poll = stopWhen
      ? setInterval(() => {
          if (stopWhen()) {
            clearInterval(poll);
            child.kill('SIGTERM');
          }
        }, 20)
      : undefined;
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      done({ code, signal, stdout, stderr });
    });
  });
}

/** Whether a sweep in `dir` has journalled some runs. */
const hasRuns = (dir: string) => () => {
  const partial = join(dir, '.partial');
  if (!existsSync(partial)) return false;
  return readdirSync(partial).some((name) => statSync(join(partial, name)).size > 0);
};

describe('SIGTERM and SIGINT', () => {
  it('a sweep stopped by SIGTERM says what is saved, frees its lock, exits 143, and --resume finishes byte-identical', async () => {
    const cut = at('cut');
    const [stopped, whole] = await Promise.all([
      spawnCli(['sweep', experiment, '--out', cut, '--workers', '1', '--quiet'], hasRuns(cut)),
      spawnCli(['sweep', experiment, '--out', at('whole'), '--workers', '0', '--quiet']),
    ]);
    expect(whole.code).toBe(0);
    expect(stopped.signal).toBeNull();
    expect(stopped.code).toBe(143);
    const resume = `collabsim sweep ${experiment} --out ${cut} --workers 1 --quiet --resume`;
    const saved = /^sweep interrupted by SIGTERM: (\d+) of 600 runs are saved in (\S+); continue with:\n {2}(.+)\n$/.exec(stopped.stderr);
    expect(saved, stopped.stderr).not.toBeNull();
    expect(saved![2]).toBe(cut);
    expect(saved![3]).toBe(resume);
    const kept = Number(saved![1]);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(600);
    expect(readdirSync(cut)).not.toContain('.lock');
    expect(stopped.stdout).toBe('');

    const resumed = await spawnCli(resume.split(' ').slice(1));
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain(`600 runs (0 failed, ${kept} found from before)`);
    expect(readFileSync(join(cut, 'runs.csv'), 'utf8')).toBe(readFileSync(at('whole/runs.csv'), 'utf8'));
    expect(readFileSync(join(cut, 'runs.parquet'))).toEqual(readFileSync(at('whole/runs.parquet')));
    expect(readdirSync(cut).sort()).toEqual(['experiment.json', 'runs.csv', 'runs.parquet', 'tables.json']);
  }, 180_000);

  it('a merge stopped by SIGTERM writes nothing, keeps the shards and says how to run it again', async () => {
    const small = at('small.yaml');
    writeFileSync(small, 'model: ishigami\nseed: 7\nreplications: 2\ndesign: { method: lhs, samples: 10 }\n');
    for (const i of [1, 2]) {
      const shard = await inProcess('sweep', small, '--out', at(`s${i}`), '--shard', `${i}/2`, '--workers', '0', '--quiet');
      expect(shard.code).toBe(0);
    }
    const before = readFileSync(at('s1/runs.csv'), 'utf8');
    const listeners = process.listenerCount('SIGTERM');
    const merging = inProcess('merge', at('s1'), at('s2'), '--out', at('merged'));
    for (let turn = 0; turn < 1000 && process.listenerCount('SIGTERM') === listeners; turn++) await new Promise((r) => setImmediate(r));
    process.emit('SIGTERM');
    const merged = await merging;
    expect(merged.code).toBe(143);
    expect(merged.stderr).toBe(
      `merge interrupted by SIGTERM: nothing was merged into ${at('merged')} and the shards are unchanged; run it again:\n` +
        `  collabsim merge ${at('s1')} ${at('s2')} --out ${at('merged')}\n`,
    );
    expect(existsSync(at('merged'))).toBe(false);
    expect(readFileSync(at('s1/runs.csv'), 'utf8')).toBe(before);
    expect(process.listenerCount('SIGTERM')).toBe(listeners);
  });
});
