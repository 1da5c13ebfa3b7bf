import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './runCli.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-cli-patterns-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);

const HEAD = 'scenario: radicalisation-pga\nweeks: 52\nreplications: 4\nseed: 3\npatterns:\n';
writeFileSync(at('true.yaml'), HEAD + '  - { name: trust helps sharing, factor: mutualTrust, from: 0.2, to: 0.8, metric: sharingSuccessRate, expect: increase }\n');
writeFileSync(
  at('false.yaml'),
  HEAD +
    '  - { name: trust helps sharing, factor: mutualTrust, from: 0.2, to: 0.8, metric: sharingSuccessRate, expect: increase }\n' +
    '  - { name: trust harms trust, factor: mutualTrust, from: 0.2, to: 0.8, metric: meanOrgTrust, expect: decrease }\n',
);

describe('collabsim patterns check', () => {
  it('exits 0 when every claim holds, and 1 with a readable table when one fails (a deliberately false claim)', async () => {
    const ok = await cli('patterns', 'check', at('true.yaml'), '--out', at('ok'), '--workers', '0', '--quiet');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('1 claims: 1 pass, 0 fail, 0 known gaps');
    const bad = await cli('patterns', 'check', at('false.yaml'), '--out', at('bad'), '--workers', '0', '--quiet');
    expect(bad.code).toBe(1);
    const lines = bad.stdout.split('\n');
    expect(lines[0]).toMatch(/^result +pattern +scenario +metric +effect +low +high +interval +expect$/);
    expect(lines[1]).toMatch(/^pass +trust helps sharing +radicalisation-pga +sharingSuccessRate +0\.2366 +0\.1904 +0\.2827 +95% +increase$/);
    expect(lines[2]).toMatch(/^FAIL +trust harms trust +radicalisation-pga +meanOrgTrust +0\.436 +0\.4037 +0\.4682 +95% +decrease$/);
    expect(bad.stdout).toContain('2 claims: 1 pass, 1 fail, 0 known gaps');
    expect(bad.stderr).toContain(`1 of 2 claims fail (see the table above and ${join(at('bad'), 'patterns.csv')})`);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(at('bad/patterns.csv'), 'utf8').split('\n')[0]).toMatch(/^pattern,metric,effect,low,high,expect,pass,/);
    // the report of the folder has a Patterns section
    const report = await cli('report', at('bad'));
    expect(report.code).toBe(0);
    const html = readFileSync(at('bad/report.html'), 'utf8');
    expect(html).toContain('Patterns');
    expect(html).toContain('trust harms trust');
  });

  it('exits 2 for a bad pattern file and writes nothing', async () => {
    writeFileSync(at('broken.yaml'), 'scenario: riec\nreplications: 0\npatterns:\n  - { name: x, factor: nothing, from: 0, to: 1, metric: successRate, expect: equivalent }\n');
    const broken = await cli('patterns', 'check', at('broken.yaml'), '--out', at('never'), '--workers', '0');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${at('broken.yaml')}: replications: expected an integer from 2 to 1000000, found 0`);
    expect(broken.stderr).toContain(`${at('broken.yaml')}: patterns[0]: an equivalent pattern needs "margin"`);
    expect(broken.stderr).toContain(`${at('broken.yaml')}: patterns[0].factor: on riec: unknown factor`);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(at('never'))).toBe(false);
    const again = await cli('patterns', 'check', at('true.yaml'), '--out', at('ok'), '--workers', '0', '--quiet');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; use --resume to continue it or --force to replace it');
  });
});
