/**
 * Every message collabsim shows a user, in one module and one grammar: lowercase, no trailing
 * period, naming the file, folder or option, "expected …, found …", and a suggestion where one
 * helps. Grouped by who sees them: the author of a scenario or experiment file
 * (`scenarioMessages`; problems print as `file: path: message` via `formatProblem`), the
 * reader of a results folder (`resultsMessages`) and the caller of a command (`cliMessages`).
 * Every message is thrown through a `UserError` (src/errors/UserError.ts).
 */

/** Longest text `quote` shows, in characters; longer text is cut and ends in `...`. */
export const QUOTE_LIMIT = 60;

/**
 * Quotes a key, value or name for a message, safely: `"staff"`. The text comes from a file
 * or a command line, so it may hold anything; it is cut to `max` characters, and every
 * character that could change what a terminal shows (control characters such as ESC and BEL,
 * invisible format characters such as the bidi overrides U+202E and U+2066, line separators)
 * is written as an escape (`\u001b`, `\u202e`) rather than sent raw.
 *
 * @example
 * quote('staff'); // '"staff"'
 * quote('evil\u001b[2J\u202e'); // '"evil\\u001b[2J\\u202e"'
 */
export function quote(text: string, max: number = QUOTE_LIMIT): string {
  const characters = [...text];
  const short = characters.length > max ? `${characters.slice(0, max - 3).join('')}...` : text;
  return escapeUnsafe(JSON.stringify(short));
}

/**
 * Writes every character that could change what a terminal shows (control, invisible format
 * and line-separator characters) as a `\uXXXX` escape; the rest of the text is unchanged.
 *
 * @example
 * escapeUnsafe('a\u001bb'); // 'a\\u001bb'
 */
export function escapeUnsafe(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value given on the command line, quoted safely (see `quote`). */
const quoteFound = (found: unknown): string => (typeof found === 'string' ? quote(found) : String(JSON.stringify(found)));

/** Lists names for a message: `"a", "b" or "c"`. */
export function listNames(names: readonly string[], last = 'or'): string {
  const quoted = names.map((name) => quote(name));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
}

const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : `; did you mean ${quote(suggestion)}?`;

/** What the author of a scenario or experiment file sees. */
export const scenarioMessages = {
  // Reading and parsing
  fileNotFound: () => 'file not found',
  notAFile: () => 'not a file',
  unreadable: (reason: string) => `cannot read the file (${reason})`,
  tooLarge: (bytes: number, limit: number) =>
    `file is ${bytes} bytes; scenario files are limited to ${limit} bytes`,
  notUtf8: () => 'file is not valid UTF-8 text; save it as UTF-8',
  invalidJson: (reason: string) => `invalid JSON: ${escapeUnsafe(reason)}`,
  invalidYaml: (reason: string) => `invalid YAML: ${escapeUnsafe(reason)}`,
  multipleDocuments: () => 'invalid YAML: a scenario file holds one document; remove the extra "---"',
  tagNotAllowed: (tag: string) => `YAML tag ${tag} is not allowed; scenario files are plain data`,
  duplicateKey: () => 'key is written twice in one object; keep one',
  tooManyAliases: (limit: number) =>
    `YAML aliases expand too much (more than ${limit} nodes); scenario files may not use alias bombs`,
  tooDeep: (limit: number) => `nesting is deeper than ${limit} levels`,
  forbiddenKey: (key: string) => `key ${quote(key)} is not allowed`,
  emptySlot: () => 'empty slot in a list (a sparse array); give every item a value',
  notFinite: (found: string) => `expected a finite number, found ${found}`,
  notAScenario: () => 'not a scenario: none of its keys is a scenario key (its contents are not shown)',
  emptyFile: () => 'file is empty; expected a scenario (a mapping of keys to values)',

  // Schema
  expected: (expectation: string, found: string, suggestion?: string) =>
    `expected ${expectation}, found ${found}${didYouMean(suggestion)}`,
  missingKey: (key: string, expectation: string) => `missing required key ${quote(key)} (${expectation})`,
  unknownChoice: (what: string, found: string, allowed: readonly string[], suggestion: string | undefined) =>
    `unknown ${what} ${found}; expected one of ${listNames(allowed)}${didYouMean(suggestion)}`,
  unknownKey: (suggestion: string | undefined, allowed: readonly string[]) =>
    suggestion === undefined
      ? `unknown key; expected one of ${listNames(allowed)}`
      : `unknown key${didYouMean(suggestion)}`,

  // Composition
  unknownPreset: (name: string, suggestion: string | undefined, known: readonly string[]) =>
    suggestion === undefined
      ? `unknown preset ${quote(name)}; presets are ${listNames(known, 'and')}`
      : `unknown preset ${quote(name)}${didYouMean(suggestion)}`,
  extendsCycle: (chain: readonly string[]) => `files extend each other in a cycle: ${chain.join(' → ')}`,
  extendsFileNotFound: (file: string) => `file not found: ${file}`,
  extendsTooDeep: (limit: number) => `extends chain is longer than ${limit} files`,
  unknownEventLabel: (label: string, suggestion: string | undefined, known: readonly string[]) =>
    `no inherited event labelled ${quote(label)}${didYouMean(suggestion)}${known.length > 0 ? ` (labels: ${listNames(known, 'and')})` : ' (the inherited events have no labels)'}`,
  extendsNeedsFile: () =>
    '"extends" is resolved only when a scenario is loaded from a file; use loadScenarioFile',
  noScenario: (ref: string, suggestion: string | undefined) =>
    `no scenario file or preset named ${quote(ref)}${didYouMean(suggestion)}`,

  // Semantics
  noOrganisations: () => 'expected at least one organisation, found none',
  tooManyOrganisations: (found: number, limit: number) =>
    `expected at most ${limit} organisations, found ${found}; the model keeps every pair of organisations, ` +
    `so a network this size cannot be simulated (the national preset has 43); split it into regional networks, one scenario each`,
  tooMuchStaff: (found: number, limit: number) =>
    `expected at most ${limit} staff in all organisations together (each counted at its largest staff, events included), ` +
    `found ${found}; every professional is simulated each week (the national preset has 313 staff); ` +
    `model fewer organisations per scenario or staff only the posts in network roles`,
  duplicateId: (id: string, first: number) => `duplicate organisation id ${quote(id)} (first used at organisations[${first}])`,
  leadMissing: () => 'a "lead" network needs network.lead, the id of the organisation that directs it',
  unknownOrganisation: (id: string, suggestion: string | undefined) =>
    `no organisation with id ${quote(id)}${didYouMean(suggestion)}`,
  naoNeedsCoordinator: () =>
    'a "nao" network needs a coordinating office: an organisation with domain "coordination" (or network.lead naming one)',
  naoLeadNotCoordination: (id: string, domain: string) =>
    `a "nao" network's lead must be a coordinating office (domain "coordination"); ${quote(id)} has domain ${quote(domain)}`,
  eventAfterHorizon: (week: number, weeks: number) =>
    `week ${week} is after the horizon of ${weeks} weeks, so the event would never happen`,
  powersNotHeld: (caseType: string, missing: readonly string[]) =>
    `${caseType} cases can need ${listNames(missing, 'and')}, but no organisation holds ${missing.length === 1 ? 'it' : 'them'}`,
  poolTooSmall: (caseType: string, held: readonly string[], pool: readonly string[]) =>
    `${caseType} cases need at least 2 different powers, but the network holds only ${held.length === 0 ? 'none' : listNames(held, 'and')} of ${listNames(pool, 'and')}`,
} as const;

/** Messages about reading results folders and choosing charts from them, naming the folder. */
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
  noTrustSnapshots: (dir: string) =>
    `${dir} has no trust snapshots (trust.csv); run with "collabsim run <scenario> --out ${dir} --trust-snapshots 13,26,52"`,
  noCommonMetric: (dirs: readonly string[]) => `${listNames(dirs, 'and')} have no weekly metric in common to overlay`,
  needsRun: (chart: string, dir: string) =>
    `the ${chart} chart needs a single run's folder (collabsim run --out); ${dir} holds a sweep, which keeps no trust matrices`,
  needsDesign: (chart: string, designs: readonly string[], dir: string, found: string) =>
    `the ${chart} chart needs a ${designs.join(' or ')} design; ${dir} holds a ${found} sweep`,
  needsTwoFactors: (chart: string, dir: string) => `the ${chart} chart needs two factors; ${dir} varies only one`,
  sameFactor: (factor: string) => `--x and --y must name two different factors, both are ${factor}`,
  noTrust: (dir: string) => `${dir}/summary.json has no trust matrix; rerun with a current "collabsim run --out"`,
  // writing a results folder: preparing, resuming, locking
  outIsFile: (dir: string) => `results folder ${dir} is a file, not a folder; choose another --out`,
  outUnderFile: (dir: string, file: string) => `results folder ${dir} cannot be made: ${file} is a file, not a folder; choose another --out`,
  notOursToReplace: (dir: string) => `${dir} is not empty and is not a collabsim results folder; choose another folder`,
  notOursToResume: (dir: string) => `${dir} is not a collabsim results folder; nothing to resume`,
  exists: (dir: string) => `results folder ${dir} already exists; use --resume to continue it or --force to replace it`,
  noRecordToResume: (dir: string) => `${dir} has no experiment.json; it cannot be resumed`,
  differentExperiment: (dir: string) =>
    `${dir} holds a different experiment (or one made by another collabsim version); use another --out, or --force to replace it`,
  differentShard: (dir: string, found: string, expected: string) => `${dir} holds ${found}, not ${expected}; resume it with the same --shard`,
  locked: (dir: string, who: string, file: string) =>
    `results folder ${dir} is being written by ${who}; wait for it to finish, or remove ${file} if that process is gone`,
  lockRestarting: (dir: string) => `results folder ${dir} is locked by a process that keeps restarting`,
  // merging shards and extending a sweep
  nothingToMerge: () => 'merge needs at least one results folder',
  inputIsOutput: (dir: string) => `${dir} is both an input and the output; choose another --out`,
  outputIsInput: (out: string, dir: string) =>
    `--out ${out} is the input folder ${dir} under another name (a symbolic link); choose another --out`,
  differentExperimentFrom: (dir: string, first: string) => `${dir} holds a different experiment from ${first}`,
  runOutOfRange: (file: string, run: string, total: number) => `${file} has a run number ${run} outside 0 to ${total - 1}`,
  runTwice: (run: number, first: string, second: string) => `run ${run} is in both ${first} and ${second}`,
  emptyRuns: (file: string) => `${file} is empty`,
  noShardWeekly: (dir: string) => `${dir} has no weekly.parquet, though its experiment keeps weekly rows; run its sweep again`,
  weeklyNotOfShard: (file: string, run: string, dir: string, owner: string | undefined) =>
    `${file} holds weekly rows of run ${run}, which is not a run of ${dir}` +
    `${owner === undefined ? '' : ` (it is in ${owner})`}; each shard's weekly.parquet must be its own`,
  weeklyTwice: (file: string, run: number) => `${file} holds a week of run ${run} more than once`,
  missingRuns: (done: number, total: number, missing: readonly number[]) =>
    `the folders hold ${done} of ${total} runs; missing runs include ${missing.join(', ')}; merge every shard's folder`,
  extendWeekly: () => 'adding replications to a finished sweep cannot keep weekly rows; sweep without "weekly"',
  runsCut: (file: string) =>
    `${file} is cut short (its last row does not end with a line break); it was damaged after the sweep finished, ` +
    'so nothing in the folder was changed: restore the file, or run the sweep again into another --out',
  runsDamaged: (file: string, line: number) =>
    `${file} is damaged at line ${line} (a missing, repeated or cut row); nothing in the folder was changed: ` +
    'restore the file, or run the sweep again into another --out',
  runsShort: (file: string, rows: number, expected: number) =>
    `${file} holds ${rows} of its ${expected} rows; it was damaged after the sweep finished, so nothing in the folder was changed: ` +
    'restore the file, or run the sweep again into another --out',
  experimentTorn: (file: string) =>
    `${file} is incomplete or damaged (it is cut short or is not JSON, as after a full disk or a crash while it was written); ` +
    'the folder cannot be resumed, analysed or merged: run its sweep again into another --out, or with --force to replace it',
  tableDamaged: (file: string, found: string, bytes: number) =>
    `${file} is incomplete or damaged (${found}; the sweep wrote ${bytes} bytes; cut short, or replaced by another folder's file); ` +
    'the folder cannot be resumed, analysed or merged: restore the file, or run its sweep again into another --out',
  notFinished: (dir: string) => `${dir} is not finished; run its sweep again with --resume`,
  // reading a sweep for analysis
  unknownMetricSuggest: (metric: string, close: string) => `unknown metric ${quote(metric)}; did you mean ${quote(close)}?`,
  unknownMetricOf: (metric: string, dir: string, metrics: readonly string[]) => `unknown metric ${quote(metric)}; ${dir} has ${listNames(metrics, 'and')}`,
  noMetric: () => 'name at least one metric',
} as const;

/** Messages about an analysis the results cannot give as asked (method, pairing, missing values). */
/** Messages about a researcher's own metrics module (`metricsModule`, `--metrics-module`). */
export const ownMetricMessages = {
  notFound: (module: string) => `metrics module ${module} not found`,
  cannotLoad: (module: string, detail: string) => `metrics module ${module} cannot be loaded: ${detail}`,
  noDefault: (module: string) =>
    `metrics module ${module} has no default export; expected "export default defineMetric({ name, unit, description, observer })" or an array of such metrics`,
  badShape: (module: string, at: string, detail: string) => `metrics module ${module}: ${at}: ${detail}`,
  clash: (module: string, name: string, what: string) => `metrics module ${module}: metric ${quote(name)} has the name of ${what}; rename it`,
  notFinite: (name: string, value: unknown) =>
    `own metric ${name} gave ${typeof value === 'number' ? String(value) : typeof value}, expected a finite number`,
};

export const analysisMessages = {
  unknownMethod: (method: string) => `unknown analysis method "${method}"`,
  wrongDesign: (method: string, needs: string, holds: string, auto: string) =>
    `method ${method} needs ${needs} design; these results hold ${holds} design, which ${auto === 'summary' ? 'summary' : `${auto} or summary`} can analyse`,
  unpaired: (metric: string, factor: string) =>
    `${metric}: no pair of runs with a value for factor ${factor}; every run at its low or high setting failed or left ${metric} undefined (missing)`,
  incompletePoints: (method: string, metric: string, empty: number, first: number) =>
    `${method} analysis of ${metric} needs a value at every design point; ${empty} point${empty === 1 ? '' : 's'} ` +
    `(first: point ${first}) had no successful run with a value (runs failed or the metric was undefined, i.e. missing); the summary analysis still works`,
  bothPoints: () => 'name both design points to compare (--point-a and --point-b), or neither',
  differentDesigns: (a: string, b: string, sizeA: number, sizeB: number) =>
    `${a} and ${b} hold different designs (${sizeA} and ${sizeB} points); choose one design point of each to compare (--point-a, --point-b)`,
  noMetricIn: (dir: string, metric: string) => `${dir} has no metric "${metric}"`,
  pointOutOfRange: (dir: string, points: number, point: number) => `${dir} has design points 0 to ${points - 1}, not ${point}`,
} as const;

/** Messages about how a command was called and what it wrote. */
export const cliMessages = {
  usageHint: (command: string) => `run "collabsim ${command}--help" for usage`,
  noCommand: 'name a command; "collabsim --help" lists them',
  unknownOption: (option: string, suggestion: string | undefined) =>
    `unknown option ${option}${suggestion === undefined ? '' : `; did you mean ${suggestion}?`}`,
  unknownCommand: (name: string, suggestion: string | undefined) =>
    `unknown command ${quote(name)}${suggestion === undefined ? '' : `; did you mean ${quote(suggestion)}?`}`,
  missingArgument: (name: string) => `missing argument <${name}>`,
  allRunsFailed: (runs: number, runsCsv: string) =>
    `all ${runs} runs failed; each run's error is in the error column of ${runsCsv}`,
  badInteger: (option: string, low: number, high: number, found: unknown) =>
    `${option}: expected an integer from ${low} to ${high}, found ${quoteFound(found)}`,
  overlayNeedsTimeseries: (chart: string) =>
    `several results folders overlay only time series: use --chart timeseries (found --chart ${chart})`,
  overlayNeedsOut: (command: string) => `${command} of several results folders needs --out`,
  labelCount: (labels: number, folders: number) => `--label: expected one label per results folder (${folders}), found ${labels}`,
  weeklyCsvNeedsWeekly: (file: string) => `--weekly-csv: ${file} keeps no weekly rows; add "weekly: true" (or every N weeks) to it`,
  badWeekList: (option: string, found: unknown) =>
    `${option}: expected weeks as whole numbers from 1 to 5200 separated by commas (52,104), found ${quoteFound(found)}`,
  needsOut: (option: string) => `${option} writes files: give --out too`,
  badPositiveNumber: (option: string, found: unknown) => `${option}: expected a positive number, found ${quoteFound(found)}`,
  badChoice: (option: string, choices: readonly string[], found: unknown) =>
    `${option}: expected one of ${choices.join(', ')}, found ${quoteFound(found)}`,
  folderNotEmpty: (dir: string) => `output folder ${dir} already exists and is not empty; use --force to write into it`,
  notAFolder: (dir: string) => `output path ${dir} exists and is not a folder`,
  fileExists: (file: string) => `${file} already exists; use --force to overwrite it`,
  unknownOutputType: (file: string, writes: string) => `--out ${file}: expected a file name ending in ${writes}, found ${quote(extensionOf(file))}`,
  outputTypeMismatch: (file: string, format: string) => `--out ${file} does not end in .${format}, the --format asked for; give a matching name or drop --format`,
  ok: (file: string) => `ok  ${file}`,
  wrote: (what: string) => `wrote ${what}`,
  unexpected: (detail: string) =>
    `unexpected error: ${detail}\nthis is a bug in collabsim; please report it with the command you ran`,
  noPresets: 'no presets found',
  resumeOrForce: '--resume and --force cannot be used together',
  untilCiWithShard: '--until-ci runs the whole sweep; it cannot be used with --shard',
  runTimeoutNeedsWorkers:
    '--run-timeout needs worker threads: with --workers 0 the runs go in this thread, where nothing can stop one; use --workers 1 or more',
  runTimeoutIgnored: (file: string) =>
    `warning: ${file} sets runTimeout, which is not applied with --workers 0 (the runs go in this thread, where nothing can stop one)\n`,
  comparePoints: 'to compare two design points of one results folder, give --point-a and --point-b',
  badShard: (detail: string) => `--shard: ${detail}`,
  interrupted: (what: string, signal: string, saved: string, next: string) =>
    `${what} interrupted by ${signal}: ${saved}; ${next}`,
  badSlurmTime: (found: unknown) => `--time: expected a SLURM time such as 02:00:00 or 1-12:00:00, found ${quoteFound(found)}`,
} as const;

/** What a user sees when the machine refuses: disk full, read-only, permission (exit 1). */
export const environmentMessages = {
  refused: (verb: string, file: string | undefined, why: string, code: string) =>
    `cannot ${verb} ${file ?? 'a file'}: ${why} (${code}); ` +
    (code === 'ENOSPC' || code === 'EDQUOT'
      ? 'free some space, then run the command again (a sweep continues with --resume)'
      : code === 'EIO'
        ? 'check the disk, then run the command again'
        : 'choose a folder you can write (--out), or change its permissions'),
} as const;

/** Why a run was recorded as failed without an error of its own (journal and runs.csv). */
export const runFailureMessages = {
  timedOut: (seconds: number) => `the run took longer than ${seconds} s and was stopped (--run-timeout)`,
  workerExited: (code: number) => `the run stopped its worker thread (exit code ${code}; does the model end its thread?)`,
  modelExited: (code: number | string | undefined) => `the model called process.exit(${code ?? ''}); the run was stopped there`,
  workerCrashed: (detail: string) => `the run crashed its worker thread: ${detail.length > 200 ? `${detail.slice(0, 197)}...` : detail}`,
} as const;

/** A worker thread that stops before it has started: nothing can run on workers in this process. */
export const workerStartMessages = {
  cannotStart: (cause: string | undefined, code: number) =>
    `the worker threads cannot start (${cause ?? `exit code ${code}`}); ` +
    'run with --workers 0 to run in this thread, or check the options Node was started with (NODE_OPTIONS, --input-type)',
} as const;

/** A file name's extension with its dot ("x.jpg" → ".jpg"), or "no extension". */
function extensionOf(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : 'no extension';
}
