/**
 * `npm run bench`: every benchmark in turn, printed as one markdown report. Commit the output
 * of the parts under bench/ (model-report.md, step-costs-report.md, experiment-report.md,
 * discovery-report.md, calibration-report.md, bootstrap-report.md, journal-report.md,
 * sweep-memory-report.md).
 */
import { runModelBenchmark } from './model.js';
import { runStepCostBenchmark } from './stepCosts.js';
import { runDiscoveryBenchmark } from './discovery.js';
import { runGuardsBenchmark } from './guards.js';
import { runBootstrapBenchmark } from './bootstrap.js';
import { journalPhasesBench } from './journalPhases.js';
import { sweepMemoryBench } from './sweepMemory.js';

process.stdout.write(runModelBenchmark());
process.stdout.write('\n' + runStepCostBenchmark());
process.stdout.write('\n' + runDiscoveryBenchmark());
process.stdout.write('\n' + runGuardsBenchmark());
process.stdout.write('\n' + runBootstrapBenchmark());
process.stdout.write('\n' + (await journalPhasesBench()));
try {
  process.stdout.write('\n' + sweepMemoryBench());
} catch (error) {
  process.stdout.write(`\n(sweep memory benchmark not run, it needs npm run build: ${(error as Error).message})\n`);
}
try {
  const experiment = await import('./experiment.js');
  process.stdout.write('\n' + (await experiment.experimentBench((line) => process.stderr.write(line + '\n'))));
} catch (error) {
  process.stdout.write(`\n(experiment benchmark not run: ${(error as Error).message})\n`);
}
try {
  const calibration = await import('./calibration.js');
  process.stdout.write('\n' + (await calibration.calibrationBench((line) => process.stderr.write(line + '\n'))));
} catch (error) {
  process.stdout.write(`\n(calibration benchmark not run: ${(error as Error).message})\n`);
}
