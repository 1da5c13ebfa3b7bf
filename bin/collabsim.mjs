#!/usr/bin/env node
// The collabsim command line. All logic is in src/cli/main.ts. Which code runs, the compiled
// dist/ or the TypeScript sources through tsx, is decided by chooseEntry (bin/entryPoint.mjs):
// dist/ when it is at least as new as every file in src/ (or there is no src/, in an installed
// package), the sources otherwise, so a stale build is never used.
import { fileURLToPath } from 'node:url';
import { chooseEntry } from './entryPoint.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

async function loadTsx() {
  try {
    return await import('tsx/esm/api');
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

async function loadMain() {
  if (chooseEntry(root) === 'dist') return import(new URL('../dist/cli/main.js', import.meta.url).href);
  const tsx = await loadTsx();
  if (!tsx) {
    // A clone installed without devDependencies: the build is all there is, so say it may be old.
    process.stderr.write('collabsim: warning: src/ is newer than dist/ and tsx is not installed; running dist/ (npm run build brings it up to date)\n');
    return import(new URL('../dist/cli/main.js', import.meta.url).href);
  }
  tsx.register();
  return import(new URL('../src/cli/main.ts', import.meta.url).href);
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
