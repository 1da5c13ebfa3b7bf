import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocCommandsError, parseDocCommands, redirectArgs } from '../scripts/docImageCommands.js';
import { chartPictures } from '../scripts/generateDocImages.js';

/**
 * The parsing half of `npm run docs:img` (issue 15, item 17). Running the commands takes
 * minutes, so that half runs in `.ci/run` (`npm run docs:img -- --check`), not here.
 */
describe('the commands that draw docs/img', () => {
  const commands = parseDocCommands(readFileSync('docs/charts.md', 'utf8'));
  const pictures = commands.flatMap((command) => command.pictures);

  it('are read from the sh block of docs/charts.md', () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
    expect(commands.map((command) => command.args[0])).toContain('sweep');
    expect(commands.find((command) => command.args.includes('docs/img/chart-sobol.png'))?.args.slice(0, 3)).toEqual(['plot', 'results/charts-sobol', '--chart']);
    for (const command of commands) expect(command.args.join(' ')).not.toContain('#');
  });

  it('draw a picture that is in docs/img for every --out docs/img/...', () => {
    const inImg = chartPictures('docs/img');
    expect(pictures.filter((picture) => !inImg.includes(picture))).toEqual([]);
  });

  it('draw every docs/img/chart-*.png', () => {
    const inImg = chartPictures('docs/img');
    expect(inImg.length).toBeGreaterThan(0);
    expect(inImg.filter((picture) => !pictures.includes(picture))).toEqual([]);
  });

  it('are refused clearly when the block is missing or not a plain command', () => {
    expect(() => parseDocCommands('# Charts\n\nno commands here\n')).toThrow(/no heading "How the pictures below were made"/);
    expect(() => parseDocCommands('### How the pictures below were made\n\ntext\n\n## Next\n```sh\ncollabsim run x\n```\n')).toThrow(/no ```sh block/);
    expect(() => parseDocCommands('### How the pictures below were made\n```sh\nnpm test\n```\n')).toThrow(/docs\/charts.md:3: expected a line starting with "collabsim"/);
    expect(() => parseDocCommands('### How the pictures below were made\n```sh\ncollabsim run "a b"\n```\n')).toThrow(DocCommandsError);
    expect(() => parseDocCommands('### How the pictures below were made\n```sh\ncollabsim run x\n')).toThrow(/not closed/);
  });

  it('keep the user\'s results/ and docs/img untouched', () => {
    expect(redirectArgs(['plot', 'results/run1', '--chart', 'trust', '--out', 'docs/img/chart-trust.png'], '/tmp/s')).toEqual(['plot', '/tmp/s/results/run1', '--chart', 'trust', '--out', '/tmp/s/img/chart-trust.png']);
    expect(redirectArgs(['sweep', 'docs/examples/a.yaml', '--out=results/a'], '/tmp/s')).toEqual(['sweep', 'docs/examples/a.yaml', '--out=/tmp/s/results/a']);
  });
});
