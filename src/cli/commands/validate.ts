import type { CommandModule } from 'yargs';
import { ScenarioInputError } from '../../scenario/ScenarioInputError.js';
import type { ScenarioProblem } from '../../scenario/ScenarioProblem.js';
import { cliMessages } from '../../errors/messages.js';

interface ValidateArgs {
  files: string[];
}

/** `collabsim validate <files..>`: check scenario files; print `ok` per valid file, else every problem (exit 2). */
export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <files..>',
  describe: 'check scenario files (or preset names) and print ok or every problem',
  builder: (y) =>
    y
      .positional('files', { type: 'string', array: true, demandOption: true, describe: 'scenario files (YAML or JSON)' })
      .example('$0 validate my-network.yaml', 'check one file')
      .example('$0 validate scenarios/*.yaml', 'check several files at once'),
  handler: async (argv) => {
    const { loadScenario } = await import('../../scenario/loadScenario.js');
    const problems: ScenarioProblem[] = [];
    for (const file of argv.files) {
      try {
        loadScenario(file);
        process.stdout.write(`${cliMessages.ok(file)}\n`);
      } catch (error) {
        if (!(error instanceof ScenarioInputError)) throw error;
        problems.push(...error.problems);
      }
    }
    if (problems.length > 0) throw new ScenarioInputError(problems);
  },
};
