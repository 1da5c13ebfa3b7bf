import type { CommandModule } from 'yargs';
import { analyzeCommand } from './commands/analyze.js';
import { calibrateCommand } from './commands/calibrate.js';
import { compareCommand } from './commands/compare.js';
import { discoverCommand } from './commands/discover.js';
import { exploreCommand } from './commands/explore.js';
import { initCommand } from './commands/init.js';
import { mergeCommand } from './commands/merge.js';
import { patternsCommand } from './commands/patterns.js';
import { plotCommand } from './commands/plot.js';
import { presetsCommand } from './commands/presets.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import { slurmCommand } from './commands/slurm.js';
import { sweepCommand } from './commands/sweep.js';
import { validateCommand } from './commands/validate.js';

/**
 * The CLI's commands, in the order `--help` lists them. Each lives in its own file under
 * `commands/` as a yargs command module; to add one, import it and add it here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COMMANDS: ReadonlyArray<CommandModule<any, any>> = [exploreCommand, runCommand, validateCommand, presetsCommand, initCommand, sweepCommand, mergeCommand, slurmCommand, plotCommand, reportCommand, analyzeCommand, compareCommand, discoverCommand, calibrateCommand, patternsCommand];
