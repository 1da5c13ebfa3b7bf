/**
 * `npm run bench`: every benchmark in turn, printed as one markdown report. Commit the output
 * of the parts under bench/ (model-report.md, experiment-report.md).
 */
import { runModelBenchmark } from './model.js';

process.stdout.write(runModelBenchmark());
try {
  const experiment = await import('./experiment.js');
  const run = (experiment as { runExperimentBenchmark?: () => Promise<string> }).runExperimentBenchmark;
  if (run) process.stdout.write('\n' + (await run()));
} catch (error) {
  process.stdout.write(`\n(experiment benchmark not run: ${(error as Error).message})\n`);
}
