import type { CommandModule } from 'yargs';
import { existsSync } from 'node:fs';
import { mergeResults } from '../../results/mergeResults.js';
import { MergeInterrupted } from '../../results/MergeInterrupted.js';
import { Interrupted } from '../../errors/Interrupted.js';
import { cliMessages } from '../../errors/messages.js';
import { watchInterrupts } from '../watchInterrupts.js';
import { formatCommandLine } from '../formatCommandLine.js';

interface MergeArgs {
  dirs: string[];
  out: string;
  force: boolean;
}

/**
 * `collabsim merge <dirs..> --out DIR`: combine the results folders of a sweep's shards into
 * one folder identical to a single-machine run. SIGINT or SIGTERM stops it before the merged
 * tables are written (exit 130 or 143), with the command to run again.
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
    const interrupts = watchInterrupts();
    try {
      const summary = await mergeResults(argv.dirs, { out: argv.out, force: argv.force, signal: interrupts.signal });
      process.stdout.write(`wrote ${summary.out}: ${summary.total} runs (${summary.failed} failed) from ${summary.folders} folders\n`);
    } catch (error) {
      if (!(error instanceof MergeInterrupted)) throw error;
      const signal = interrupts.received() ?? 'SIGINT';
      const left = existsSync(argv.out);
      const again = formatCommandLine(['collabsim', 'merge', ...argv.dirs, '--out', argv.out, ...(left ? ['--force'] : [])]);
      const saved = `nothing was merged into ${argv.out} and the shards are unchanged`;
      throw new Interrupted(signal, cliMessages.interrupted('merge', signal, saved, `run it again:\n  ${again}`));
    } finally {
      interrupts.dispose();
    }
  },
};
