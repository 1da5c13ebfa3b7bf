import { listNames, quote } from '../errors/messages.js';
import { checkScenarioSemantics } from '../scenario/checkScenarioSemantics.js';
import { formatPath } from '../scenario/formatPath.js';
import { patchScenario } from '../scenario/patchScenario.js';
import { scenarioSchema } from '../scenario/scenarioSchema.js';
import { ScenarioPathError } from '../scenario/ScenarioPathError.js';
import { suggest } from '../scenario/suggest.js';
import type { Scenario } from '../scenario/types.js';
import { validateAgainstSchema } from '../scenario/validateAgainstSchema.js';
import { factorNames, factorPath } from './factorPath.js';
import type { Experiment, NormalizedVariant } from './types.js';

/** Records a problem at a path of the experiment file. */
type Report = (path: (string | number)[], message: string) => void;

/**
 * The experiment's variants, each patched and checked: its scenario (the experiment's, or the
 * file it names, loaded by the caller into `scenarios`), minus the events it removes (each
 * label must exist), plus the events it adds, with the values it sets (each path must exist);
 * the patched scenario must pass the scenario schema and semantic checks. Problems are
 * reported at `variants.<name>...`. A short name in `set` (`caseRate`) is stored as its full
 * path (`phenomena.caseRate`), as for factors. Also checks `reference` (a variant's name; default the
 * first). Returns the variants in the order written and the reference, or undefined for both
 * without variants.
 *
 * @example
 * normalizeVariants({ variants: { baseline: {}, covenant: { set: { informationSharing: 0.9 } } } }, top600, {}, report).reference; // 'baseline'
 */
export function normalizeVariants(
  input: Experiment,
  base: Scenario | undefined,
  scenarios: Readonly<Record<string, Scenario>>,
  report: Report,
): { variants?: NormalizedVariant[]; reference?: string } {
  if (input.variants === undefined) {
    if (input.reference !== undefined) report(['reference'], 'a reference needs "variants" to choose from');
    return {};
  }
  const names = Object.keys(input.variants);
  if (names.length === 0) report(['variants'], 'expected at least one variant');
  if (input.scenario === undefined) report(['variants'], 'variants are variants of a scenario; give "scenario"');
  const variants: NormalizedVariant[] = [];
  for (const name of names) {
    const spec = input.variants[name];
    const at = ['variants', name];
    if (name.trim() === '') {
      report(at, 'a variant needs a name');
      continue;
    }
    const own = spec.scenario !== undefined ? scenarios[name] : base;
    if (own === undefined) continue; // the variant's file was not found (reported by the caller) or there is no scenario
    const labels = [...new Set((own.events ?? []).map((e) => e.label).filter((l): l is string => l !== undefined))];
    let bad = false;
    (spec.removeEvents ?? []).forEach((label, i) => {
      if (labels.includes(label)) return;
      bad = true;
      const guess = suggest(label, labels);
      report([...at, 'removeEvents', i], `no event labelled ${quote(label)}${guess ? `; did you mean ${quote(guess)}?` : ''}${labels.length > 0 ? ` (labels: ${listNames(labels, 'and')})` : ' (the scenario has no labelled events)'}`);
    });
    if (bad) continue;
    const patch = { removeEvents: spec.removeEvents, events: spec.events };
    let scenario = patchScenario(own, patch);
    const set: Record<string, number | string> = {};
    for (const [path, value] of Object.entries(spec.set ?? {})) {
      try {
        scenario = patchScenario(scenario, { set: { [factorPath(path)]: value } });
        set[factorPath(path)] = value;
      } catch (error) {
        if (!(error instanceof ScenarioPathError)) throw error;
        bad = true;
        const reason = error.message.startsWith(`${error.path}: `) ? error.message.slice(error.path.length + 2) : error.message;
        const guess = /[.[]/.test(path) ? undefined : suggest(path, factorNames());
        report([...at, 'set', path], guess === undefined ? reason : `${reason}; did you mean ${quote(guess)}?`);
      }
    }
    if (bad) continue;
    const schema = scenarioSchema();
    const found = validateAgainstSchema(scenario, schema);
    const problems = found.length > 0 ? found : checkScenarioSemantics(scenario, schema);
    for (const problem of problems) report(at, `the variant's scenario: ${formatPath(problem.path)}: ${problem.message}`);
    if (problems.length > 0) continue;
    variants.push({
      name,
      scenario: spec.scenario ?? null,
      content: spec.scenario !== undefined ? own : null,
      removeEvents: [...(spec.removeEvents ?? [])],
      addEvents: (spec.events ?? []).map((e) => ({ ...e, set: { ...e.set } })),
      set,
      events: scenario.events ?? [],
    });
  }
  let reference = names[0];
  if (input.reference !== undefined) {
    if (names.includes(input.reference)) reference = input.reference;
    else {
      const guess = suggest(input.reference, names);
      report(['reference'], `unknown variant ${quote(input.reference)}${guess ? `; did you mean ${quote(guess)}?` : ''}; the variants are ${listNames(names, 'and')}`);
    }
  }
  return { variants, reference };
}

/**
 * The scenario a variant's runs start from: its own file's content or the experiment's
 * scenario, patched as the variant says. Throws on a path the scenario lacks (checked when the
 * experiment was normalised, so only a hand-edited `experiment.json` gets here).
 *
 * @example
 * variantScenario(experiment.variants[1], top600).events.at(-1).label; // 'covenant'
 */
export function variantScenario(variant: NormalizedVariant, base: Scenario): Scenario {
  return patchScenario(variant.content ?? base, { removeEvents: variant.removeEvents, events: variant.addEvents, set: variant.set });
}
