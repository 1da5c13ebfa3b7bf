import { parseAllDocuments } from 'yaml';
import { checkPlainData } from './checkPlainData.js';
import { estimateNesting } from './estimateNesting.js';
import { findJsonDuplicateKeys } from './findJsonDuplicateKeys.js';
import { findYamlTags } from './findYamlTags.js';
import { formatPath } from './formatPath.js';
import { SCENARIO_LIMITS } from './limits.js';
import { scenarioMessages } from '../errors/messages.js';
import type { ScenarioProblem } from './ScenarioProblem.js';

/** The outcome of parsing: the data when it is usable, and every problem found. */
export interface ParsedText {
  data: unknown;
  problems: ScenarioProblem[];
}

/** Estimated nesting above which the text is refused before parsing (far above any real file). */
const TEXT_NESTING_GUARD = 256;

/**
 * Parses the bytes of a scenario file as data only: JSON when `file` ends in `.json`, YAML
 * (1.2 core schema) otherwise. Nothing in the file is evaluated. Refuses input that is larger
 * than `SCENARIO_LIMITS.maxBytes`, not UTF-8, nested deeper than `SCENARIO_LIMITS.maxDepth`,
 * uses YAML aliases that expand beyond `SCENARIO_LIMITS.maxAliasCount` nodes (a "billion
 * laughs" file), holds more than one YAML document, uses a tag other than the core tags of
 * plain data (YAML 1.1's `!!omap`, `!!set`, `!!binary`, `!!timestamp` and custom tags are
 * refused, with their path), writes a key twice in one mapping (in JSON too), has keys such
 * as `__proto__`, or numbers that are not finite (`.inf`, `.nan`, `1e999`).
 * Never throws for any input.
 *
 * @example
 * parseScenarioText('weeks: 52', 'a.yaml'); // { data: { weeks: 52 }, problems: [] }
 */
export function parseScenarioText(input: string | Uint8Array, file: string): ParsedText {
  const fail = (message: string, at: { line?: number; column?: number } = {}): ParsedText => ({
    data: undefined,
    problems: [{ file, path: '', message, ...at }],
  });
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    if (input.byteLength > SCENARIO_LIMITS.maxBytes) return fail(scenarioMessages.tooLarge(input.byteLength, SCENARIO_LIMITS.maxBytes));
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fail(scenarioMessages.notUtf8());
    }
  }
  if (text.length > SCENARIO_LIMITS.maxBytes) return fail(scenarioMessages.tooLarge(text.length, SCENARIO_LIMITS.maxBytes));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (estimateNesting(text) > TEXT_NESTING_GUARD) return fail(scenarioMessages.tooDeep(SCENARIO_LIMITS.maxDepth));

  const parsed = file.toLowerCase().endsWith('.json') ? parseJson(text, file) : parseYaml(text, file);
  if (parsed.problems.length > 0) return parsed;
  if (parsed.data === null || parsed.data === undefined) return fail(scenarioMessages.emptyFile());
  const problems = checkPlainData(parsed.data).map((p) => ({ file, path: formatPath(p.path), message: p.message }));
  return { data: problems.length > 0 ? undefined : parsed.data, problems };
}

function parseJson(text: string, file: string): ParsedText {
  try {
    const data: unknown = JSON.parse(text);
    const duplicates = findJsonDuplicateKeys(text).map((d) => ({
      file,
      path: formatPath(d.path),
      message: scenarioMessages.duplicateKey(),
      ...lineAndColumn(text, d.offset),
    }));
    return duplicates.length > 0 ? { data: undefined, problems: duplicates } : { data, problems: [] };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw);
    const at = position ? lineAndColumn(text, Number(position[1])) : {};
    // V8 quotes the text around the error (`…, "SECRET=1" is not valid JSON`); that snippet
    // is left out, so a file that is not JSON never has its contents printed.
    const reason = lowerFirst(
      raw
        .replace(/\s*\(line \d+ column \d+\)/, '')
        .replace(/\s*in JSON at position \d+.*$/s, '')
        .replace(/,\s*(\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, ''),
    );
    return { data: undefined, problems: [{ file, path: '', message: scenarioMessages.invalidJson(reason), ...at }] };
  }
}

function parseYaml(text: string, file: string): ParsedText {
  const problems: ScenarioProblem[] = [];
  let documents;
  try {
    documents = parseAllDocuments(text, { schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    return { data: undefined, problems: [{ file, path: '', message: scenarioMessages.invalidYaml(describeError(error)) }] };
  }
  const list = Array.isArray(documents) ? documents : [];
  if (list.length > 1) {
    const at = list[1].range ? lineAndColumn(text, list[1].range[0]) : {};
    return { data: undefined, problems: [{ file, path: '', message: scenarioMessages.multipleDocuments(), ...at }] };
  }
  if (list.length === 0) return { data: null, problems };
  const document = list[0];
  for (const issue of [...document.errors, ...document.warnings]) {
    const at = lineAndColumn(text, issue.pos[0]);
    const reason = lowerFirst(issue.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
    let message = scenarioMessages.invalidYaml(reason);
    if (issue.code === 'RESOURCE_EXHAUSTION') message = scenarioMessages.tooDeep(SCENARIO_LIMITS.maxDepth);
    else if (issue.code === 'TAG_RESOLVE_FAILED') {
      const tag = /tag: ?(\S+?)(?: at line|$)/.exec(issue.message.split('\n')[0])?.[1] ?? '';
      message = scenarioMessages.tagNotAllowed(tag.replace(/^tag:yaml\.org,2002:/, '!!'));
    }
    problems.push({ file, path: '', message, ...at });
  }
  if (problems.length > 0) return { data: undefined, problems };
  for (const found of findYamlTags(document)) {
    problems.push({ file, path: formatPath(found.path), message: scenarioMessages.tagNotAllowed(found.tag), ...lineAndColumn(text, found.offset) });
  }
  if (problems.length > 0) return { data: undefined, problems };
  try {
    return { data: document.toJS({ maxAliasCount: SCENARIO_LIMITS.maxAliasCount }), problems };
  } catch (error) {
    const message = /excessive alias count/i.test(describeError(error))
      ? scenarioMessages.tooManyAliases(SCENARIO_LIMITS.maxAliasCount)
      : scenarioMessages.invalidYaml(describeError(error));
    return { data: undefined, problems: [{ file, path: '', message }] };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function describeError(error: unknown): string {
  return lowerFirst((error instanceof Error ? error.message : String(error)).split('\n')[0]);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}
