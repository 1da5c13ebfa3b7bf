#!/usr/bin/env node
// The collabsim command line. From a clone (src/ present, tsx installed) it runs the
// TypeScript sources directly through tsx, so no build step is needed; from an installed
// package (no tsx) it runs the compiled dist/. All logic is in src/cli/main.ts.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
const compiled = new URL('../dist/cli/main.js', import.meta.url);

async function loadTsx() {
  try {
    return await import('tsx/esm/api');
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

async function loadMain() {
  const tsx = existsSync(source) ? await loadTsx() : undefined;
  if (tsx) {
    tsx.register();
    return import(source.href);
  }
  return import(compiled.href);
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
