import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandModule } from 'yargs';
import { writeFileAtomic } from '../../results/writeFileAtomic.js';
import { cliMessages } from '../../errors/messages.js';
import { UsageError } from '../../errors/UsageError.js';

interface InitArgs {
  file: string;
  from?: string;
  force: boolean;
}

/** `collabsim init <file> [--from preset]`: write a commented starting scenario. */
export const initCommand: CommandModule<object, InitArgs> = {
  command: 'init <file>',
  describe: 'write a commented starting scenario',
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'the YAML file to write' })
      .option('from', { type: 'string', requiresArg: true, describe: 'extend this preset (see "collabsim presets")' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite the file if it exists' })
      .example('$0 init my-network.yaml', 'a complete small network to edit')
      .example('$0 init top600-stable.yaml --from top600', 'only what differs from the top600 preset'),
  handler: async (argv) => {
    if (existsSync(argv.file) && !argv.force) throw new UsageError(cliMessages.fileExists(argv.file));
    const [{ loadPreset }, { renderStarterScenario }, { SCENARIO_SCHEMA_URL }] = await Promise.all([
      import('../../scenario/loadPreset.js'),
      import('../../scenario/renderStarterScenario.js'),
      import('../../scenario/scenarioSchema.js'),
    ]);
    const preset = argv.from === undefined ? undefined : { name: argv.from, scenario: loadPreset(argv.from) };
    const schemaFile = fileURLToPath(SCENARIO_SCHEMA_URL);
    const schemaRef = relative(dirname(argv.file), schemaFile).split('\\').join('/');
    const text = renderStarterScenario({ name: basename(argv.file, extname(argv.file)), schemaRef, preset });
    mkdirSync(dirname(argv.file), { recursive: true });
    writeFileAtomic(argv.file, text);
    process.stdout.write(`${cliMessages.wrote(argv.file)}\n`);
  },
};
