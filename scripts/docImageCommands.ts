/**
 * Reads the commands that draw docs/img from docs/charts.md, so the documentation is the one
 * source of truth for the pictures (issue 15, item 17). Used by scripts/generateDocImages.ts.
 *
 * The commands are the ```sh block right after the heading "How the pictures below were made":
 * one `collabsim ...` command a line, `# ...` comments and blank lines ignored. Arguments are
 * split at spaces; quotes and shell operators are refused, because the block must be runnable
 * exactly as written.
 *
 * Example: the line
 * `collabsim plot results/run1 --chart trust --out docs/img/chart-trust.png   # matrix`
 * becomes `{ line: 21, args: ['plot', 'results/run1', '--chart', 'trust', '--out',
 * 'docs/img/chart-trust.png'], pictures: ['docs/img/chart-trust.png'] }`.
 */

/** The heading whose first ```sh block holds the commands. */
export const PICTURES_HEADING = 'How the pictures below were made';

/** One documented command. */
export interface DocCommand {
  /** 1-based line number in docs/charts.md, for messages. */
  line: number;
  /** The arguments after `collabsim`, as written. */
  args: string[];
  /** The `docs/img/...` files the command writes (the value of its `--out`, when under docs/img). */
  pictures: string[];
}

/** Why the commands could not be read; the message names docs/charts.md and the line. */
export class DocCommandsError extends Error {}

/** The documented commands of `markdown` (the text of docs/charts.md), in order. */
export function parseDocCommands(markdown: string, file = 'docs/charts.md'): DocCommand[] {
  const lines = markdown.split('\n');
  const heading = lines.findIndex((line) => /^#+\s/.test(line) && line.replace(/^#+\s+/, '').trim() === PICTURES_HEADING);
  if (heading < 0) throw new DocCommandsError(`${file}: no heading "${PICTURES_HEADING}" (it holds the commands that draw docs/img)`);
  let start = -1;
  for (let i = heading + 1; i < lines.length; i++) {
    if (/^#+\s/.test(lines[i]!)) break;
    if (lines[i]!.trim() === '```sh') {
      start = i;
      break;
    }
  }
  if (start < 0) throw new DocCommandsError(`${file}: no \`\`\`sh block under "${PICTURES_HEADING}" (expected the commands that draw docs/img)`);
  const commands: DocCommand[] = [];
  let closed = false;
  for (let i = start + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '```') {
      closed = true;
      break;
    }
    const text = raw.replace(/(^|\s)#.*$/, '').trim();
    if (text === '') continue;
    const where = `${file}:${i + 1}`;
    if (/["'`$|;&<>\\]/.test(text)) throw new DocCommandsError(`${where}: expected a plain command without quotes or shell operators, found "${text}"`);
    const words = text.split(/\s+/);
    if (words[0] !== 'collabsim') throw new DocCommandsError(`${where}: expected a line starting with "collabsim", found "${text}"`);
    const args = words.slice(1);
    const pictures: string[] = [];
    args.forEach((arg, k) => {
      if (arg === '--out' && args[k + 1]?.startsWith('docs/img/')) pictures.push(args[k + 1]!);
      if (arg.startsWith('--out=docs/img/')) pictures.push(arg.slice('--out='.length));
    });
    commands.push({ line: i + 1, args, pictures });
  }
  if (!closed) throw new DocCommandsError(`${file}:${start + 1}: the \`\`\`sh block is not closed`);
  if (commands.length === 0) throw new DocCommandsError(`${file}:${start + 1}: the \`\`\`sh block has no collabsim commands`);
  return commands;
}

/**
 * `args` with every path under `results/` moved to `<scratch>/results/` and every path under
 * `docs/img/` moved to `<scratch>/img/`, so running the documented commands never touches the
 * user's results/ or docs/img.
 */
export function redirectArgs(args: readonly string[], scratch: string): string[] {
  return args.map((arg) => {
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [prefix, value] = eq >= 0 ? [arg.slice(0, eq + 1), arg.slice(eq + 1)] : ['', arg];
    if (value === 'results' || value.startsWith('results/')) return `${prefix}${scratch}/${value}`;
    if (value.startsWith('docs/img/')) return `${prefix}${scratch}/img/${value.slice('docs/img/'.length)}`;
    return arg;
  });
}
