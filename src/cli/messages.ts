/**
 * Every message the command line prints (besides the scenario problems of
 * `src/scenario/messages.ts`), in one place and one grammar: lowercase, no trailing period.
 */
export const cliMessages = {
  usageHint: (command: string) => `run "collabsim ${command}--help" for usage`,
  noCommand: 'name a command; "collabsim --help" lists them',
  unknownOption: (option: string, suggestion: string | undefined) =>
    `unknown option ${option}${suggestion === undefined ? '' : `; did you mean ${suggestion}?`}`,
  unknownCommand: (name: string, suggestion: string | undefined) =>
    `unknown command "${name}"${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`,
  missingArgument: (name: string) => `missing argument <${name}>`,
  badInteger: (option: string, low: number, high: number, found: unknown) =>
    `${option}: expected an integer from ${low} to ${high}, found ${JSON.stringify(found)}`,
  badPositiveNumber: (option: string, found: unknown) => `${option}: expected a positive number, found ${JSON.stringify(found)}`,
  badChoice: (option: string, choices: readonly string[], found: unknown) =>
    `${option}: expected one of ${choices.join(', ')}, found ${JSON.stringify(found)}`,
  folderNotEmpty: (dir: string) => `output folder ${dir} already exists and is not empty; use --force to write into it`,
  notAFolder: (dir: string) => `output path ${dir} exists and is not a folder`,
  fileExists: (file: string) => `${file} already exists; use --force to overwrite it`,
  ok: (file: string) => `ok  ${file}`,
  wrote: (what: string) => `wrote ${what}`,
  unexpected: (detail: string) =>
    `unexpected error: ${detail}\nthis is a bug in collabsim; please report it with the command you ran`,
  noPresets: 'no presets found',
} as const;
