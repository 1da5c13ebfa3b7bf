/**
 * Every message a scenario file's author can see, in one place, so that the wording follows
 * one grammar: lowercase, no trailing period, "expected …, found …", and a suggestion where
 * one helps. Problems are printed as `file: path: message` by `formatProblem`.
 */

/** Quotes a key, value or name for a message: `"staff"`. */
export function quote(text: string): string {
  return JSON.stringify(text);
}

/** Lists names for a message: `"a", "b" or "c"`. */
export function listNames(names: readonly string[], last = 'or'): string {
  const quoted = names.map(quote);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
}

const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : `; did you mean ${quote(suggestion)}?`;

export const messages = {
  // Reading and parsing
  fileNotFound: () => 'file not found',
  notAFile: () => 'not a file',
  unreadable: (reason: string) => `cannot read the file (${reason})`,
  tooLarge: (bytes: number, limit: number) =>
    `file is ${bytes} bytes; scenario files are limited to ${limit} bytes`,
  notUtf8: () => 'file is not valid UTF-8 text; save it as UTF-8',
  invalidJson: (reason: string) => `invalid JSON: ${reason}`,
  invalidYaml: (reason: string) => `invalid YAML: ${reason}`,
  multipleDocuments: () => 'invalid YAML: a scenario file holds one document; remove the extra "---"',
  tagNotAllowed: (tag: string) => `YAML tag ${tag} is not allowed; scenario files are plain data`,
  tooManyAliases: (limit: number) =>
    `YAML aliases expand too much (more than ${limit} nodes); scenario files may not use alias bombs`,
  tooDeep: (limit: number) => `nesting is deeper than ${limit} levels`,
  forbiddenKey: (key: string) => `key ${quote(key)} is not allowed`,
  notFinite: (found: string) => `expected a finite number, found ${found}`,
  emptyFile: () => 'file is empty; expected a scenario (a mapping of keys to values)',

  // Schema
  expected: (expectation: string, found: string, suggestion?: string) =>
    `expected ${expectation}, found ${found}${didYouMean(suggestion)}`,
  missingKey: (key: string, expectation: string) => `missing required key ${quote(key)} (${expectation})`,
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
  extendsNeedsFile: () =>
    '"extends" is resolved only when a scenario is loaded from a file; use loadScenarioFile',
  noScenario: (ref: string, suggestion: string | undefined) =>
    `no scenario file or preset named ${quote(ref)}${didYouMean(suggestion)}`,

  // Semantics
  noOrganisations: () => 'expected at least one organisation, found none',
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
