/**
 * Every message about reading results folders and choosing charts from them, in one place
 * and the project's grammar: lowercase, no trailing period, naming the folder and what was
 * expected and found.
 */
export const resultsMessages = {
  notFound: (dir: string) => `results folder ${dir} not found`,
  notAFolder: (dir: string) => `${dir} is not a folder`,
  notAResultsFolder: (dir: string) =>
    `${dir} is not a results folder: expected experiment.json (from collabsim sweep) or summary.json (from collabsim run --out)`,
  notASweepFolder: (dir: string) => `${dir} is not a collabsim results folder (no experiment.json)`,
  unfinished: (dir: string) =>
    `${dir} holds an unfinished sweep (no runs.csv yet); finish it with "collabsim sweep <experiment> --out ${dir} --resume"`,
  shard: (dir: string) => `${dir} holds one shard of a sweep; merge the shards first with "collabsim merge"`,
  unreadable: (file: string, detail: string) => `${file} cannot be read: ${detail}`,
  missingColumn: (file: string, column: string) => `${file} has no column ${column}`,
  noWeeklyRows: (dir: string) =>
    `${dir} has no weekly rows; run the sweep with "weekly: true" in the experiment file to keep them`,
  unknownMetric: (dir: string, metric: string, available: readonly string[]) =>
    `${dir} has no metric ${metric} (available: ${available.join(', ')})`,
  unknownFactor: (dir: string, factor: string, available: readonly string[]) =>
    `${dir} has no factor ${factor} (factors: ${available.length > 0 ? available.join(', ') : 'none'})`,
  needsSweep: (chart: string, dir: string) => `the ${chart} chart needs a sweep's results folder; ${dir} holds a single run`,
  needsRun: (chart: string, dir: string) =>
    `the ${chart} chart needs a single run's folder (collabsim run --out); ${dir} holds a sweep, which keeps no trust matrices`,
  needsDesign: (chart: string, designs: readonly string[], dir: string, found: string) =>
    `the ${chart} chart needs a ${designs.join(' or ')} design; ${dir} holds a ${found} sweep`,
  needsTwoFactors: (chart: string, dir: string) => `the ${chart} chart needs two factors; ${dir} varies only one`,
  sameFactor: (factor: string) => `--x and --y must name two different factors, both are ${factor}`,
  noTrust: (dir: string) => `${dir}/summary.json has no trust matrix; rerun with a current "collabsim run --out"`,
} as const;

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
