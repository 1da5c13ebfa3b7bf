// Starts the calibration worker from TypeScript sources (a fresh clone without a build step):
// registers tsx in this worker thread, then loads the worker. Built code (dist/) starts
// calibrationWorker.js directly and never uses this file.
import { register } from 'tsx/esm/api';

register();
await import('./calibrationWorker.ts');
