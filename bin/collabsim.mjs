#!/usr/bin/env node
// The collabsim command line. From a clone (src/ present, tsx installed) it runs the
// TypeScript sources directly, so no build step is needed; from an installed package it runs
// the compiled dist/. All logic is in src/cli/main.ts.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
const compiled = new URL('../dist/cli/main.js', import.meta.url);

async function loadMain() {
  if (existsSync(source)) {
    try {
      const { register } = await import('tsx/esm/api');
      register();
      return await import(source.href);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !existsSync(compiled)) throw error;
    }
  }
  return import(compiled.href);
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
