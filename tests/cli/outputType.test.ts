import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './runCli.js';

/** plot and report write only the formats their --out names (issue 15, item 17): x.jpg is refused, not written as PNG. */
describe('--out names the format, and only known formats', () => {
  const root = mkdtempSync(join(tmpdir(), 'collabsim-out-'));

  it('plot refuses an unknown extension with exit 2 before reading anything, and writes nothing', async () => {
    const out = join(root, 'x.jpg');
    const result = await cli('plot', join(root, 'no-such-folder'), '--chart', 'effects', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--out ${out}: expected a file name ending in .png, .svg or .vl.json (or .json), found ".jpg"`);
    expect(existsSync(out)).toBe(false);
  });

  it('plot refuses an --out that contradicts --format', async () => {
    const result = await cli('plot', join(root, 'no-such-folder'), '--chart', 'effects', '--out', join(root, 'x.png'), '--format', 'svg');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not end in .svg, the --format asked for');
  });

  it('report writes only .html', async () => {
    const result = await cli('report', join(root, 'no-such-folder'), '--out', join(root, 'report.pdf'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a file name ending in .html, found ".pdf"');
  });
});
