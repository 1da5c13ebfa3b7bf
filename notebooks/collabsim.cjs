'use strict';
// A CommonJS bridge from a tslab notebook to collabsim's public API.
//
// tslab compiles every cell to CommonJS and runs it in a vm context, so a cell can neither
// `import` an ES module nor call `import()` itself. This file is an ordinary CommonJS module,
// so `import()` works here: `load()` resolves to the compiled public API, `dist/index.js`,
// exactly what `import ... from 'collabsim'` gives a program. Build it first with
// `npm run build` (`npm run notebooks` does).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const entry = join(__dirname, '..', 'dist', 'index.js');

/** Resolves to collabsim's public API (`src/index.ts`, compiled to `dist/index.js`). */
exports.load = function load() {
  if (!existsSync(entry)) {
    return Promise.reject(new Error(`collabsim is not built: ${entry} is missing; run npm run build`));
  }
  return import(pathToFileURL(entry).href);
};

const internals = join(__dirname, '..', 'dist', 'internals.js');

/**
 * Resolves to `collabsim/internals` (`src/internals.ts`, compiled to `dist/internals.js`):
 * the parts beyond the public API, such as the calibration workflow (`loadCalibrationFile`,
 * `calibrate`) that notebook 5 uses.
 */
exports.loadInternals = function loadInternals() {
  if (!existsSync(internals)) {
    return Promise.reject(new Error(`collabsim is not built: ${internals} is missing; run npm run build`));
  }
  return import(pathToFileURL(internals).href);
};
