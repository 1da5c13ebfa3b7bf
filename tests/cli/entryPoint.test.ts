import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error bin/ is plain JavaScript without declarations
import { chooseEntry } from '../../bin/entryPoint.mjs';

const choose = chooseEntry as (root: string, override?: string) => 'src' | 'dist';

/** A package folder with the given files, each at the given time (seconds since 1970). */
function packageWith(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'collabsim-entry-'));
  for (const file of Object.keys(files)) {
    const path = join(root, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '');
  }
  // Times after every file exists, folders first, so writing a file does not move its folder's time.
  for (const [file, time] of Object.entries(files)) {
    for (let dir = join(root, file, '..'); dir.startsWith(root) && dir !== root; dir = join(dir, '..')) utimesSync(dir, 1000, 1000);
    utimesSync(join(root, file), time, time);
  }
  return root;
}

describe('bin/collabsim.mjs chooses dist/ only when it is current (issue 15, item 18a)', () => {
  it('runs a build that is newer than every source file', () => {
    expect(choose(packageWith({ 'src/index.ts': 2000, 'src/cli/main.ts': 2000, 'dist/cli/main.js': 3000 }), '')).toBe('dist');
  });

  it('runs the sources when one source file is newer than the build, or there is no build', () => {
    expect(choose(packageWith({ 'src/index.ts': 2000, 'src/model/deep/step.ts': 4000, 'dist/cli/main.js': 3000 }), '')).toBe('src');
    expect(choose(packageWith({ 'src/index.ts': 2000 }), '')).toBe('src');
  });

  it('runs dist/ in an installed package (no src/), and obeys COLLABSIM_ENTRY', () => {
    expect(choose(packageWith({ 'dist/cli/main.js': 3000 }), '')).toBe('dist');
    expect(choose(packageWith({ 'src/index.ts': 2000, 'dist/cli/main.js': 3000 }), 'src')).toBe('src');
  });
});
