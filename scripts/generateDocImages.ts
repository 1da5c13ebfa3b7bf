/**
 * Draws docs/img from the commands documented in docs/charts.md ("How the pictures below were
 * made"), so the pictures cannot drift from what the documented commands draw (issue 15,
 * item 17).
 *
 * Every command of that ```sh block runs in order through the CLI from the sources
 * (`node bin/collabsim.mjs ...`, which uses dist/ only when it is current), with `results/...`
 * moved into a fresh temporary folder (the user's results/ is never read or written) and the
 * pictures written to that folder too. Sweeps use the CLI's default worker threads (all cores).
 *
 * - `npm run docs:img` copies the pictures to docs/img.
 * - `npm run docs:img -- --check` compares them byte for byte with docs/img, lists every file
 *   that differs, is missing, or is in docs/img without a command that draws it, and exits 1;
 *   exit 0 when all match. Run by `.ci/run`; too slow (minutes: a 1,536-run Sobol sweep) for
 *   `npm test`. PNGs are rendered by resvg with the shipped font, which is byte-stable.
 *
 * Exit 2 when docs/charts.md has no such block or a line of it is not a plain collabsim command;
 * exit 1 when a command fails (its output is shown) or, with --check, pictures differ.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocCommandsError, parseDocCommands, redirectArgs, type DocCommand } from './docImageCommands.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const imgDir = join(root, 'docs', 'img');

/** The pictures in docs/img that look like documented charts (chart-*.png). */
export function chartPictures(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => /^chart-.*\.png$/.test(name)).map((name) => `docs/img/${name}`).sort();
}

function runAll(commands: DocCommand[], scratch: string): boolean {
  for (const command of commands) {
    const args = redirectArgs(command.args, scratch);
    const started = Date.now();
    const result = spawnSync(process.execPath, [join(root, 'bin', 'collabsim.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.status !== 0) {
      process.stderr.write(`docs:img: docs/charts.md:${command.line}: "collabsim ${command.args.join(' ')}" failed (exit ${result.status ?? result.signal})\n${result.stdout}${result.stderr}`);
      return false;
    }
    process.stdout.write(`${seconds.padStart(6)} s  collabsim ${command.args.join(' ')}\n`);
  }
  return true;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const unknown = argv.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`docs:img: unknown argument ${unknown.join(' ')} (usage: npm run docs:img [-- --check])\n`);
    return 2;
  }
  let commands: DocCommand[];
  try {
    commands = parseDocCommands(readFileSync(join(root, 'docs', 'charts.md'), 'utf8'));
  } catch (error) {
    if (error instanceof DocCommandsError) {
      process.stderr.write(`docs:img: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const pictures = commands.flatMap((command) => command.pictures);
  const scratch = mkdtempSync(join(tmpdir(), 'collabsim-docs-img-'));
  mkdirSync(join(scratch, 'img'));
  const started = Date.now();
  try {
    if (!runAll(commands, scratch)) return 1;
    const problems: string[] = [];
    for (const picture of pictures) {
      const made = join(scratch, 'img', picture.slice('docs/img/'.length));
      const committed = join(root, picture);
      if (!existsSync(made)) problems.push(`${picture}: the command did not write it`);
      else if (!check) copyFileSync(made, committed);
      else if (!existsSync(committed)) problems.push(`${picture}: missing (npm run docs:img draws it)`);
      else if (!readFileSync(made).equals(readFileSync(committed))) problems.push(`${picture}: differs from what the documented command draws`);
    }
    for (const picture of chartPictures(imgDir)) {
      if (!pictures.includes(picture)) problems.push(`${picture}: no command in docs/charts.md draws it`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (problems.length > 0) {
      process.stderr.write(`docs:img: ${problems.length} picture(s) do not match docs/charts.md:\n${problems.map((p) => `  ${p}\n`).join('')}` + (check ? 'Run `npm run docs:img` to redraw them and commit the result.\n' : ''));
      return 1;
    }
    process.stdout.write(check ? `docs:img: all ${pictures.length} pictures in docs/img match the documented commands (${seconds} s)\n` : `docs:img: wrote ${pictures.length} pictures to docs/img (${seconds} s)\n`);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
