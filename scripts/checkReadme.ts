/**
 * Runs what README.md tells a new user to run, verbatim, and fails when any of it does not
 * work (issue 15, item 13). Called from `.ci/run` after `npm ci` and `npm test`, as
 * `npm run test:readme`.
 *
 * - The TypeScript snippet (the one ```ts block) is saved in the clone's root and run with
 *   `npx tsx`, as the README says, so `import ... from 'collabsim'` resolves the way a user's
 *   does: through the package's own `exports` to dist/ (built by `npm ci` through `prepare`).
 *   It must exit 0 and print a number.
 * - Every `npx collabsim ...` line of the ```sh blocks runs in order in a scratch folder
 *   (`npx collabsim` becomes `node <clone>/bin/collabsim.mjs`), after the ```yaml blocks
 *   before it are written to the files they belong to (`# sweep.yaml` on the first line, or
 *   else the scenario file the previous block validates). Each must exit 0.
 * - The `npm` lines name scripts that exist in package.json.
 *
 * Usage: `npx tsx scripts/checkReadme.ts [--skip-commands]` (the snippet only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ language: m[1], text: m[2] }));
const failures: string[] = [];

checkSnippet();
if (!process.argv.includes('--skip-commands')) checkCommands();
if (failures.length > 0) {
  process.stderr.write(`README.md check failed:\n${failures.map((f) => `- ${f}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('README.md: the TypeScript snippet and every command ran\n');

function checkSnippet(): void {
  const snippets = blocks.filter((b) => b.language === 'ts');
  if (snippets.length !== 1) return void failures.push(`expected one \`\`\`ts block, found ${snippets.length}`);
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    return void failures.push('dist/ is not built: `npm ci` should build it through the `prepare` script');
  }
  const file = join(root, 'readme-snippet.tmp.ts');
  writeFileSync(file, snippets[0].text);
  try {
    const output = execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (!Number.isFinite(Number(output.trim()))) failures.push(`the TypeScript snippet printed ${JSON.stringify(output)}, expected a number`);
  } catch (error) {
    failures.push(`the TypeScript snippet failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
  } finally {
    rmSync(file, { force: true });
  }
}

function checkCommands(): void {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const scratch = mkdtempSync(join(tmpdir(), 'collabsim-readme-'));
  let lastScenario: string | undefined;
  try {
    for (const block of blocks) {
      if (block.language === 'yaml') {
        const named = /^# (\S+\.ya?ml)\n/.exec(block.text)?.[1] ?? lastScenario;
        if (named === undefined) failures.push(`a yaml block has no file to go to:\n${block.text}`);
        else writeFileSync(join(scratch, named), block.text);
        continue;
      }
      if (block.language !== 'sh') continue;
      for (const line of block.text.split('\n')) {
        const command = line.replace(/\s+#.*$/, '').trim();
        for (const script of command.matchAll(/npm (?:run )?(\w[\w:-]*)/g)) {
          if (!['ci', 'install'].includes(script[1]) && !(script[1] in scripts)) failures.push(`\`${command}\`: package.json has no script ${script[1]}`);
        }
        if (!command.startsWith('npx collabsim ')) continue;
        const args = command.slice('npx collabsim '.length).split(/\s+/);
        lastScenario = args.find((a) => /\.ya?ml$/.test(a)) ?? lastScenario;
        try {
          execFileSync(process.execPath, [join(root, 'bin', 'collabsim.mjs'), ...args], { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        } catch (error) {
          failures.push(`\`${command}\` failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
        }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
