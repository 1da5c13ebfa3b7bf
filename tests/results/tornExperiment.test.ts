import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/runCli.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-torn-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);

describe('a torn experiment.json', () => {
  it('is named as incomplete by --resume, analyze and merge, which change nothing', async () => {
    const experiment = at('ish.yaml');
    writeFileSync(experiment, 'model: ishigami\nseed: 7\nreplications: 2\ndesign: { method: sobol, samples: 16 }\n');
    for (const i of [1, 2]) {
      expect((await cli('sweep', experiment, '--out', at(`s${i}`), '--shard', `${i}/2`, '--workers', '0', '--quiet')).code).toBe(0);
    }
    expect((await cli('sweep', experiment, '--out', at('whole'), '--workers', '0', '--quiet')).code).toBe(0);
    cpSync(at('whole'), at('partial'), { recursive: true });
    const record = readFileSync(at('whole/experiment.json'), 'utf8');
    // cut short, as a full disk under an older version left it
    for (const dir of ['whole', 's1']) writeFileSync(at(`${dir}/experiment.json`), record.slice(0, 3000));
    const torn = (dir: string) =>
      `${at(`${dir}/experiment.json`)} is incomplete or damaged (it is cut short or is not JSON, as after a full disk or a crash while it was written); ` +
      'the folder cannot be resumed, analysed or merged: run its sweep again into another --out, or with --force to replace it';
    const before = readdirSync(at('whole')).sort();
    const resumed = await cli('sweep', experiment, '--out', at('whole'), '--resume', '--quiet');
    expect(resumed.code).toBe(2);
    expect(resumed.stderr.split('\n')[0]).toBe(torn('whole'));
    const analyzed = await cli('analyze', at('whole'));
    expect(analyzed.code).toBe(2);
    expect(analyzed.stderr.split('\n')[0]).toBe(torn('whole'));
    const merged = await cli('merge', at('s2'), at('s1'), '--out', at('merged'));
    expect(merged.code).toBe(2);
    expect(merged.stderr.split('\n')[0]).toBe(torn('s1'));
    expect(readdirSync(at('whole')).sort()).toEqual(before);
    expect(readdirSync(root)).not.toContain('merged');
    // --force replaces it, and the result is the sweep's
    expect((await cli('sweep', experiment, '--out', at('whole'), '--force', '--workers', '0', '--quiet')).code).toBe(0);
    expect(readFileSync(at('whole/runs.csv'), 'utf8')).toBe(readFileSync(at('partial/runs.csv'), 'utf8'));
  });
});
