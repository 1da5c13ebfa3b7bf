import { cliMessages } from '../../errors/messages.js';
import type { CommandModule } from 'yargs';
import { loadExperimentFile } from '../../experiment/loadExperimentFile.js';
import { withOwnMetrics } from '../../experiment/withOwnMetrics.js';
import { planSweep } from '../../workflows/planSweep.js';
import { writeSlurmScripts } from '../../experiment/writeSlurmScripts.js';
import { parseIntegerOption } from '../parseIntegerOption.js';
import { UsageError } from '../../errors/UsageError.js';

interface SlurmArgs {
  experiment: string;
  tasks: unknown;
  out: string;
  partition?: string;
  time?: string;
  cpus?: unknown;
  mem?: string;
  replications?: unknown;
  seed?: unknown;
}

/**
 * `collabsim slurm <experiment> --tasks N --out DIR`: write a SLURM array job that runs the
 * sweep in N shards, a merge job that runs after all of them succeeded, and `submit.sh`.
 */
export const slurmCommand: CommandModule<object, SlurmArgs> = {
  command: 'slurm <experiment>',
  describe: 'write SLURM scripts that run an experiment as an array job and merge it',
  builder: (y) =>
    y
      .positional('experiment', { type: 'string', demandOption: true, describe: 'an experiment file (YAML or JSON)' })
      .option('tasks', { requiresArg: true, demandOption: true, describe: 'array tasks (shards), from 1 to 100000' })
      .option('out', { type: 'string', requiresArg: true, demandOption: true, describe: 'job folder: scripts, logs, shards and results/' })
      .option('partition', { type: 'string', requiresArg: true, describe: 'SLURM partition' })
      .option('time', { type: 'string', requiresArg: true, describe: 'wall time per task, such as 02:00:00' })
      .option('cpus', { requiresArg: true, describe: 'cores per task, used as sweep workers (default 1)' })
      .option('mem', { type: 'string', requiresArg: true, describe: 'memory per task, such as 4G' })
      .option('replications', { requiresArg: true, describe: "runs per design point (replaces the file's)" })
      .option('seed', { requiresArg: true, describe: "root seed (replaces the file's)" })
      .example('$0 slurm trust.yaml --tasks 50 --out jobs/trust --time 01:00:00', 'then: bash jobs/trust/submit.sh'),
  handler: async (argv) => {
    const tasks = parseIntegerOption('--tasks', argv.tasks, 1, 100_000)!;
    const cpusPerTask = parseIntegerOption('--cpus', argv.cpus, 1, 1024);
    const replications = parseIntegerOption('--replications', argv.replications, 1, 1_000_000);
    const seed = parseIntegerOption('--seed', argv.seed, 0, 2 ** 32 - 1);
    if (argv.time !== undefined && !/^[\d:-]+$/.test(argv.time)) {
      throw new UsageError(cliMessages.badSlurmTime(argv.time));
    }
    const experiment = await withOwnMetrics(loadExperimentFile(argv.experiment, { replications, seed }));
    const total = planSweep(experiment).total;
    const scripts = writeSlurmScripts({
      experiment: argv.experiment,
      out: argv.out,
      tasks,
      name: `collabsim-${experiment.name}`,
      partition: argv.partition,
      time: argv.time,
      cpusPerTask,
      memory: argv.mem,
      replications,
      seed,
    });
    const per = Math.ceil(total / tasks);
    process.stdout.write(
      `wrote ${scripts.sweep}, ${scripts.merge} and ${scripts.submit}\n` +
        `${total} runs in ${tasks} tasks (up to ${per} each)${tasks > total ? `; ${tasks - total} tasks will have no runs` : ''}\n` +
        `submit with: bash ${scripts.submit}\n`,
    );
  },
};
