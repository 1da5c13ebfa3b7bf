import type { CommandModule } from 'yargs';
import { mergeResults } from '../../results/mergeResults.js';

interface MergeArgs {
  dirs: string[];
  out: string;
  force: boolean;
}

/**
 * `collabsim merge <dirs..> --out DIR`: combine the results folders of a sweep's shards into
 * one folder identical to a single-machine run.
 */
export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge <dirs..>',
  describe: "combine shards' results folders into one",
  builder: (y) =>
    y
      .positional('dirs', { type: 'string', array: true, demandOption: true, describe: 'the shards’ results folders' })
      .option('out', { type: 'string', requiresArg: true, demandOption: true, describe: 'the merged results folder' })
      .option('force', { type: 'boolean', default: false, describe: 'replace the results already in --out' })
      .example('$0 merge shards/* --out results/trust', 'merge every shard'),
  handler: async (argv) => {
    const summary = await mergeResults(argv.dirs, { out: argv.out, force: argv.force });
    process.stdout.write(`wrote ${summary.out}: ${summary.total} runs (${summary.failed} failed) from ${summary.folders} folders\n`);
  },
};
