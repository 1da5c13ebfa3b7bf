import yargs, { type Argv } from 'yargs';
import { ScenarioInputError } from '../scenario/ScenarioInputError.js';
import { suggest } from '../scenario/suggest.js';
import { libraryVersion } from '../results/libraryVersion.js';
import { COMMANDS } from './commands.js';
import { EXIT } from './exitCodes.js';
import { cliMessages } from '../errors/messages.js';
import { UsageError } from '../errors/UsageError.js';
import { UserError } from '../errors/UserError.js';
import { CommandFailed } from '../errors/CommandFailed.js';
import { Interrupted } from '../errors/Interrupted.js';
import { describeEnvironmentError, isClosedPipe } from '../errors/environmentError.js';

const EPILOG = `exit status: 0 ok, 1 failure (a bug, a full disk, every run failed), 2 usage or input error,
130 or 143 stopped by SIGINT (Ctrl-C) or SIGTERM (a SLURM time limit) after saving what was done
docs: docs/cli.md and docs/scenarios.md`;

/**
 * The `collabsim` command line: parses `argv` (without the node and script paths), runs the
 * command and returns the exit status. The one place errors become exit statuses: a user
 * mistake (any `UserError`, or an unknown option) prints its message to stderr and returns
 * 2, followed by a usage hint unless it is a problem in a scenario or experiment file (whose
 * lines already name the file and path); a `CommandFailed` (the work itself failed, such as
 * every run of a sweep) prints its message and returns 1; an `Interrupted` (SIGINT, SIGTERM)
 * prints what was saved and how to continue, and returns 130 or 143; an environment error
 * (disk full, read-only, permission: `describeEnvironmentError`) prints one plain line naming
 * the file and returns 1; a reader that closed its pipe (EPIPE) ends the command quietly
 * with 0; anything else is a bug and returns
 * 1 with its stack. Commands throw and never map errors themselves. Never calls `process.exit`, so
 * tests and other programs can call it.
 *
 * @example
 * process.exitCode = await main(['run', 'safety-house', '--seed', '3']);
 */
export async function main(argv: readonly string[]): Promise<number> {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  let cli: Argv | undefined;
  try {
    cli = yargs([...argv])
      .scriptName('collabsim')
      .usage('$0 <command> [options]\n\nsimulate collaboration in multi-agency networks');
    for (const command of COMMANDS) cli = cli.command(command);
    cli = cli
      .demandCommand(1, cliMessages.noCommand)
      .strict()
      .fail((message, error) => {
        throw error ?? new UsageError(message);
      })
      .exitProcess(false)
      .version(libraryVersion())
      .help()
      .alias('h', 'help')
      .epilog(EPILOG)
      .wrap(Math.min(100, process.stdout.columns || 100));
    await cli.parseAsync();
    return EXIT.ok;
  } catch (error) {
    return report(error, argv);
  }
}

function report(error: unknown, argv: readonly string[]): number {
  if (error instanceof ScenarioInputError) {
    process.stderr.write(`${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof UserError || (error instanceof Error && error.name === 'YError')) {
    const command = COMMANDS.map((c) => commandName(c.command)).find((name) => argv.includes(name));
    process.stderr.write(`${rewrite(error.message, command)}\n${cliMessages.usageHint(command ? `${command} ` : '')}\n`);
    return EXIT.usage;
  }
  if (error instanceof Interrupted) {
    process.stderr.write(`${error.message}\n`);
    return error.exitStatus;
  }
  if (error instanceof CommandFailed) {
    process.stderr.write(`${error.message}\n`);
    return EXIT.failure;
  }
  const environment = describeEnvironmentError(error);
  if (environment !== undefined) {
    process.stderr.write(`${environment}\n`);
    return EXIT.failure;
  }
  if (isClosedPipe(error)) return EXIT.ok;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${cliMessages.unexpected(detail)}\n`);
  return EXIT.failure;
}

/**
 * A reader that stops reading (`collabsim run ... | head -3`) is not an error: the write that
 * finds the pipe closed (EPIPE) is dropped, and so is every later one, and the command ends
 * as it would have (exit 0), as Unix tools do. Added once per stream; other errors of the
 * stream are left to Node.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (stream.listeners('error').includes(ignoreClosedPipe)) return;
  stream.on('error', ignoreClosedPipe);
}

function ignoreClosedPipe(this: NodeJS.WriteStream, error: Error): void {
  if (!isClosedPipe(error)) throw error;
  this.write = () => true;
}

/** yargs' own messages, in the project's grammar and with suggestions for misspellings. */
function rewrite(message: string, command: string | undefined): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    const names = unknown[1].split(', ');
    if (command === undefined) {
      return cliMessages.unknownCommand(names[0], suggest(names[0], COMMANDS.map((c) => commandName(c.command))));
    }
    return names
      .map((name) => cliMessages.unknownOption(name.length === 1 ? `-${name}` : `--${name}`, suggestOption(name, command)))
      .join('\n');
  }
  const choice = /^Invalid values:\s+Argument: (\S+), Given: (.+), Choices: (.+)$/s.exec(message);
  if (choice) {
    const choices = choice[3].split(', ').map((c) => c.replace(/^"|"$/g, ''));
    return cliMessages.badChoice(`--${choice[1]}`, choices, JSON.parse(choice[2]) as unknown);
  }
  const missing = /^Not enough non-option arguments: got 0, need at least (\d+)$/.exec(message);
  if (missing && command) {
    const positional = /<([^>.]+)/.exec(String(COMMANDS.find((c) => commandName(c.command) === command)?.command))?.[1];
    if (positional) return cliMessages.missingArgument(positional);
  }
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, '');
}

function suggestOption(name: string, command: string): string | undefined {
  const module = COMMANDS.find((c) => commandName(c.command) === command);
  if (!module || typeof module.builder !== 'function') return undefined;
  const built = module.builder(yargs([])) as unknown as { getOptions(): { key: Record<string, unknown> } };
  const options = built.getOptions();
  const found = suggest(name, Object.keys(options.key).filter((k) => k.length > 1 && !k.startsWith('$')));
  return found === undefined ? undefined : `--${found}`;
}

function commandName(command: unknown): string {
  return String(Array.isArray(command) ? command[0] : command).split(' ')[0];
}
