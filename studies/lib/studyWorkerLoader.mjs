// Starts the study worker from TypeScript sources: registers tsx in this worker thread, then
// loads the worker (the same pattern as src/experiment/sweepWorkerLoader.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./studyWorker.ts');
