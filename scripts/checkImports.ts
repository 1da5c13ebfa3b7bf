/**
 * Checks the import graph of src/: the top-level folders form layers, and runtime imports
 * run one way, from a higher layer to a lower one (docs/architecture.md):
 *
 *   cli -> workflows -> experiment -> methods -> charts / analysis -> results -> model -> scenario / random -> errors
 *
 * `methods` holds one room per design and analysis method (src/methods/registry.ts); an
 * experiment draws its design through it, and a room composes the charts and statistics below.
 * Folders of one layer do not import each other, except for the pairs in `SIBLING_IMPORTS`.
 * `import type` and `export type` are left out (they vanish at run time), as are the entry
 * points src/index.ts and src/internals.ts, which may re-export from anywhere. Run it with
 * `npx tsx scripts/checkImports.ts`; `npm test` runs it through tests/architecture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Each top-level folder of src/ and its layer: a folder may import only folders of lower layers. */
export const LAYERS: Readonly<Record<string, number>> = {
  cli: 9,
  workflows: 8,
  experiment: 7,
  methods: 6,
  analysis: 5,
  charts: 5,
  results: 4,
  model: 3,
  scenario: 2,
  random: 2,
  errors: 1,
};

/** Imports allowed between folders of one layer: charts draw intervals with analysis' statistics. */
export const SIBLING_IMPORTS: ReadonlySet<string> = new Set(['charts -> analysis']);

/** One runtime import from a file of one top-level folder into another. */
export interface FolderImport {
  from: string;
  to: string;
  file: string;
  target: string;
}

const IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm;

/**
 * Every runtime import that crosses a top-level folder of `src`.
 *
 * @example
 * folderImports('src').filter((i) => i.from === 'cli' && i.to === 'workflows').length; // > 0
 */
export function folderImports(src: string): FolderImport[] {
  const imports: FolderImport[] = [];
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), match[1] ?? match[2]));
      const from = folderOf(src, file);
      const to = folderOf(src, target);
      if (from !== undefined && to !== undefined && from !== to) {
        imports.push({ from, to, file: relative(src, file), target: relative(src, target) });
      }
    }
  }
  return imports;
}

/**
 * The problems of the import graph: folders missing from `LAYERS`, imports against the
 * direction (to a higher layer, or to a folder of the same layer not in `SIBLING_IMPORTS`),
 * and folder cycles. Empty when the graph is as docs/architecture.md draws it.
 *
 * @example
 * importProblems('src'); // []
 */
export function importProblems(src: string): string[] {
  const problems: string[] = [];
  const imports = folderImports(src);
  const folders = readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const folder of folders) {
    if (LAYERS[folder] === undefined) problems.push(`src/${folder} has no layer; add it to LAYERS in scripts/checkImports.ts and to docs/architecture.md`);
  }
  for (const i of imports) {
    const up = LAYERS[i.to] > LAYERS[i.from];
    const sideways = LAYERS[i.to] === LAYERS[i.from] && !SIBLING_IMPORTS.has(`${i.from} -> ${i.to}`);
    if (up || sideways) problems.push(`src/${i.file} imports src/${i.target}: ${i.from} may not import ${i.to}`);
  }
  for (const cycle of folderCycles(imports)) problems.push(`folder cycle: ${cycle.join(' -> ')}`);
  return problems;
}

/** Cycles among folders, each as a path that returns to its start (depth-first search). */
function folderCycles(imports: readonly FolderImport[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const i of imports) edges.set(i.from, (edges.get(i.from) ?? new Set()).add(i.to));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (folder: string): void => {
    state.set(folder, 'open');
    path.push(folder);
    for (const next of edges.get(folder) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (state.get(next) === undefined) visit(next);
    }
    path.pop();
    state.set(folder, 'done');
  };
  for (const folder of [...edges.keys()].sort()) if (!state.has(folder)) visit(folder);
  return cycles;
}

function folderOf(src: string, file: string): string | undefined {
  const parts = relative(src, file).split(sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = importProblems(fileURLToPath(new URL('../src', import.meta.url)));
  for (const problem of problems) console.error(problem);
  console.error(problems.length === 0 ? 'imports run one way; no folder cycle' : `${problems.length} import problems`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
