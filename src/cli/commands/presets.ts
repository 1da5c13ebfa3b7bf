import type { CommandModule } from 'yargs';
import { cliMessages } from '../../errors/messages.js';

/** `collabsim presets`: one line per preset scenario, its name and summary. */
export const presetsCommand: CommandModule = {
  command: 'presets',
  describe: 'list the preset scenarios, one line each',
  builder: (y) => y.example('$0 presets', 'list the presets; run one with "collabsim run <name>"'),
  handler: async () => {
    const { listPresets } = await import('../../scenario/listPresets.js');
    const presets = listPresets();
    if (presets.length === 0) {
      process.stdout.write(`${cliMessages.noPresets}\n`);
      return;
    }
    const width = Math.max(...presets.map((p) => p.name.length));
    for (const p of presets) process.stdout.write(`${p.name.padEnd(width)}  ${p.summary}\n`.replace(/ +\n$/, '\n'));
  },
};
