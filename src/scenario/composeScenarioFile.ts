import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeKind } from './describeKind.js';
import { findDuplicateIds } from './findDuplicateIds.js';
import { formatPath } from './formatPath.js';
import type { JsonSchema } from './JsonSchema.js';
import { listPresetNames } from './listPresetNames.js';
import { scenarioMessages } from '../errors/messages.js';
import { mergeScenarios } from './mergeScenarios.js';
import { PRESET_NAME, PRESETS_DIRECTORY } from './presetsDirectory.js';
import { readScenarioFile } from './readScenarioFile.js';
import type { PathSegment, ScenarioProblem, ValueProblem } from './ScenarioProblem.js';
import { suggest } from './suggest.js';
import type { Scenario, ScenarioEvent } from './types.js';
import { validateAgainstSchema } from './validateAgainstSchema.js';

/** The result of composing a file with everything it extends. */
export interface ComposedScenario {
  scenario?: Scenario;
  problems: ScenarioProblem[];
}

/** A file to read, with the name its problems show. */
export interface ScenarioSource {
  file: string;
  display: string;
  /**
   * The file is named by another file (an `extends`, an experiment's `scenario`) rather than
   * by the user: unless it looks like a scenario (a mapping with at least one scenario key),
   * it is refused as a whole, and nothing of it (not even its keys) is shown.
   */
  referenced?: boolean;
}

/** Longest `extends` chain followed; a longer one is almost surely a mistake. */
const MAX_CHAIN = 16;

/**
 * Reads a scenario file and the chain of scenarios it `extends`, checks each file against the
 * schema on its own (so every problem names the file it is in), and merges them with
 * `mergeScenarios`. An `extends` value that contains a `/` or ends in `.yaml`, `.yml` or
 * `.json` is a path relative to the extending file; anything else is a preset name. A file
 * that extends another may list an inherited organisation with only its `id` and the fields
 * it changes; a new organisation needs every required field. Cycles are reported. Semantic
 * checks are left to the caller, on the composed scenario. A file that is not a scenario is
 * reported by its name and what it holds (text, a list), never by its contents.
 */
export function composeScenarioFile(source: ScenarioSource, schema: JsonSchema, chain: string[] = []): ComposedScenario {
  const absolute = resolve(source.file);
  const { data, problems } = readScenarioFile(source.file, source.display);
  if (problems.length > 0) return { problems };
  // A file that is not a scenario is named, with what it holds, never quoted.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [{ file: source.display, path: '', message: scenarioMessages.expected('an object', describeKind(data)) }] };
  }
  const keys = Object.keys(data);
  if (source.referenced && keys.length > 0 && !keys.some((key) => topLevelKeys(schema).has(key))) {
    return { problems: [{ file: source.display, path: '', message: scenarioMessages.notAScenario() }] };
  }
  const raw = data as Scenario;
  const at = (list: ValueProblem[]) => attach(source.display, list);

  let parent: ComposedScenario | undefined;
  const own: ScenarioProblem[] = [];
  if (typeof raw.extends === 'string') {
    const target = resolveExtends(raw.extends, source);
    if ('message' in target) own.push({ file: source.display, path: 'extends', message: target.message });
    else if ([...chain, absolute].includes(resolve(target.file))) {
      const names = [...chain, absolute, resolve(target.file)];
      const start = names.indexOf(resolve(target.file));
      own.push({ file: source.display, path: 'extends', message: scenarioMessages.extendsCycle(names.slice(start).map(shortName)) });
    } else if (!existsSync(target.file)) {
      own.push({ file: source.display, path: 'extends', message: scenarioMessages.extendsFileNotFound(target.display) });
    } else if (chain.length + 1 >= MAX_CHAIN) {
      own.push({ file: source.display, path: 'extends', message: scenarioMessages.extendsTooDeep(MAX_CHAIN) });
    } else {
      parent = composeScenarioFile(target, schema, [...chain, absolute]);
    }
  }

  const inherited = new Set((parent?.scenario?.organisations ?? []).map((o) => o.id));
  const extending = raw.extends !== undefined;
  const skipRequired = (path: readonly PathSegment[]): boolean => {
    if (!extending || path.length !== 2 || path[0] !== 'organisations' || typeof path[1] !== 'number') return false;
    if (!parent?.scenario) return true;
    return inherited.has((raw.organisations as Array<{ id?: string }>)[path[1]]?.id ?? '');
  };
  own.push(...at(validateAgainstSchema(raw, schema, { skipRequired })));
  own.push(...at(findDuplicateIds(raw.organisations)));
  if (Array.isArray(raw.removeEvents) && own.length === 0 && (!extending || parent?.scenario)) {
    own.push(...at(checkRemovedEvents(raw.removeEvents, extending ? (parent?.scenario?.events ?? []) : null)));
  }

  const all = [...own, ...(parent?.problems ?? [])];
  if (all.length > 0) return { problems: all };
  return { scenario: parent?.scenario ? mergeScenarios(parent.scenario, raw) : mergeScenarios({}, raw), problems: [] };
}

/** Each label of `removeEvents` must name an inherited event (`inherited` null: nothing is inherited). */
function checkRemovedEvents(labels: readonly string[], inherited: readonly ScenarioEvent[] | null): ValueProblem[] {
  if (inherited === null) return [{ path: ['removeEvents'], message: 'removeEvents needs "extends": it removes inherited events' }];
  const known = [...new Set(inherited.map((e) => e.label).filter((label): label is string => label !== undefined))];
  return labels.flatMap((label, i) =>
    known.includes(label) ? [] : [{ path: ['removeEvents', i], message: scenarioMessages.unknownEventLabel(label, suggest(label, known), known) }],
  );
}

function resolveExtends(ref: string, from: ScenarioSource): ScenarioSource | { message: string } {
  if (ref.includes('/') || ref.includes('\\') || /\.(ya?ml|json)$/i.test(ref)) {
    const file = isAbsolute(ref) ? ref : join(dirname(from.file), ref);
    const display = isAbsolute(ref) ? ref : join(dirname(from.display), ref);
    return { file, display, referenced: true };
  }
  const names = listPresetNames();
  if (PRESET_NAME.test(ref) && names.includes(ref)) return presetSource(ref);
  return { message: scenarioMessages.unknownPreset(ref, suggest(ref, names), names) };
}

/** Where a preset's file is, and how its problems name it. */
export function presetSource(name: string): ScenarioSource {
  return { file: fileURLToPath(new URL(`${name}.yaml`, PRESETS_DIRECTORY)), display: `preset ${name}` };
}

/** The keys a scenario may have at its top level (the root schema may be a `$ref`). */
function topLevelKeys(schema: JsonSchema): Set<string> {
  const name = schema.$ref?.replace(/^#\/definitions\//, '');
  const root = name === undefined ? schema : schema.definitions?.[name];
  return new Set(Object.keys(root?.properties ?? {}));
}

function attach(file: string, problems: readonly ValueProblem[]): ScenarioProblem[] {
  return problems.map((p) => ({ file, path: formatPath(p.path), message: p.message }));
}

function shortName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
