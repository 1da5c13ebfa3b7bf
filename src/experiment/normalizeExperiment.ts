import { METRIC_NAMES, WEEKLY_METRIC_NAMES } from '../model/metrics/catalogue.js';
import { checkScenarioSemantics } from '../scenario/checkScenarioSemantics.js';
import { formatPath } from '../scenario/formatPath.js';
import { listNames, quote } from '../errors/messages.js';
import type { ValueProblem } from '../scenario/ScenarioProblem.js';
import { scenarioSchema } from '../scenario/scenarioSchema.js';
import { setScenarioPath } from '../scenario/setScenarioPath.js';
import { suggest } from '../scenario/suggest.js';
import type { Scenario } from '../scenario/types.js';
import { validateAgainstSchema } from '../scenario/validateAgainstSchema.js';
import { checkDesignSize } from '../methods/checkDesignSize.js';
import { checkDesignSpec } from '../methods/generateDesign.js';
import { DUMMY_FACTOR } from '../methods/withDummyFactor.js';
import { DESIGN_METHODS } from '../methods/registry.js';
import type { DesignPoint, Factor, FactorValue } from './designs/types.js';
import { builtinModels } from './models/builtinModels.js';
import { factorsForConstants } from './models/factorsForConstants.js';
import type { SweepModel } from './models/types.js';
import { factorNames, factorPath } from './factorPath.js';
import type { Experiment, ExperimentSource, FactorSpec, NormalizedExperiment, NormalizedVariant } from './types.js';
import type { DesignSpec } from './designs/types.js';
import { describeEventConflict, findEventConflicts } from './findEventConflicts.js';
import { normalizeVariants, variantScenario } from './normalizeVariants.js';
import { hasPathEvent, isEventPath } from '../scenario/setEventPath.js';

/** What `normalizeExperiment` needs besides the file's data. */
export interface NormalizeContext {
  /** Default name (the file name without extension). */
  name: string;
  /** The loaded scenario of a scenario experiment. */
  scenario?: Scenario;
  /** A user model to sweep instead of a scenario or built-in model (library use). */
  model?: { source: Extract<ExperimentSource, { kind: 'module' }>; model: SweepModel };
  /** The design was already found wrong (and reported): check everything else, not it. */
  skipDesign?: boolean;
  /** The scenario files of variants that name one, loaded, by variant name. */
  variantScenarios?: Record<string, Scenario>;
  /** Replace the file's `onEventConflict` (the CLI's `--strict-events` gives `error`). */
  onEventConflict?: 'warn' | 'error';
}

/** Column names a factor may not take, because the results already use them. */
const RESERVED = ['run', 'point', 'replicate', 'seed', 'status', 'error', 'week'];

/**
 * Checks a schema-valid experiment against what it refers to and fills every default. Checks:
 * exactly one of `scenario` and `model`; known model, metrics and factor names (with
 * suggestions); factor paths that exist in the scenario and values that keep it valid (both
 * ends of each range, every listed value); `weekly` for scenarios only; a design that can be
 * generated. A range factor on a whole-number scenario field (such as `staff`) is rounded
 * automatically. Returns the normalised experiment, or every problem found.
 *
 * @example
 * normalizeExperiment({ model: 'ishigami', design: { method: 'lhs', samples: 8 } }, { name: 'demo' }).experiment?.factors.length; // 3
 */
export function normalizeExperiment(
  input: Experiment,
  context: NormalizeContext,
): { experiment?: NormalizedExperiment; problems: ValueProblem[] } {
  const problems: ValueProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  const isScenario = input.scenario !== undefined;
  const { model, source } = resolveSource(input, context, report);
  const metrics = checkMetrics(input, isScenario, model, report);
  const { weeklyEvery, weeklyMetrics } = weeklyRows(input, isScenario, metrics, report);
  const { variants, reference } = normalizeVariants(input, context.scenario, context.variantScenarios ?? {}, report);
  const starts = startingScenarios(context.scenario, variants);
  const design = designOf(input, isScenario, report);
  const factors = experimentFactors(input, starts, model, metrics, variants !== undefined, report);
  if (problems.length === 0 && !context.skipDesign && design && factors.length > 0) checkDesign(design, factors, input, variants?.length ?? 1, report);
  const conflicts = findEventConflicts(factors, starts.map((s) => ({ variant: s.variant?.name ?? null, scenario: s.scenario, set: s.variant?.set ?? {} })));
  if ((context.onEventConflict ?? input.onEventConflict) === 'error') {
    for (const c of conflicts) report(['factors', c.factor], `${describeEventConflict(c)} (onEventConflict: error)`);
  }
  if (problems.length > 0 || !source || !design) return { problems };

  const fixed: DesignPoint = {};
  for (const f of model?.factors ?? []) {
    if (factors.some((g) => g.name === f.name)) continue;
    fixed[f.name] = f.kind === 'values' ? f.values[0] : middle(f.low, f.high, f.integer);
  }
  return {
    problems,
    experiment: {
      name: input.name ?? context.name,
      description: input.description ?? '',
      source,
      weeks: isScenario ? (input.weeks ?? context.scenario?.weeks ?? 260) : null,
      seed: input.seed ?? 1,
      replications: input.replications ?? 1,
      commonRandomNumbers: input.commonRandomNumbers ?? true,
      design,
      factors: variants ? [{ kind: 'values', name: 'variant', values: variants.map((v) => v.name) }, ...factors] : factors,
      fixed,
      metrics: [...metrics],
      weeklyMetrics,
      weeklyEvery,
      ...(variants ? { variants, reference } : {}),
      ...(conflicts.length > 0 ? { eventConflicts: conflicts } : {}),
    },
  };
}

/** A scenario the runs start from: the experiment's, or a variant's. */
interface Start {
  variant?: NormalizedVariant;
  scenario: Scenario;
}

/** The scenarios the runs start from: each variant's, or the experiment's alone. */
function startingScenarios(base: Scenario | undefined, variants: NormalizedVariant[] | undefined): Start[] {
  if (!base) return [];
  if (!variants) return [{ scenario: base }];
  return variants.map((variant) => ({ variant, scenario: variantScenario(variant, base) }));
}

/**
 * The design as written; without design and factors a scenario experiment runs its scenario
 * (or each variant) `replications` times: a list design of one point with no factors.
 */
function designOf(input: Experiment, isScenario: boolean, report: Report): DesignSpec | undefined {
  if (input.design !== undefined) return input.design;
  if (isScenario && input.factors === undefined) return { method: 'list', points: [{}] };
  report([], `missing required key "design" (an object with method ${listNames(Object.keys(DESIGN_METHODS))})`);
  return undefined;
}

/** Records a problem at a path of the experiment file. */
type Report = (path: (string | number)[], message: string) => void;

/**
 * What the experiment sweeps: a scenario, a built-in model or a model given by the caller;
 * exactly one, with constants for built-in models only and weeks and weekly rows for
 * scenarios only.
 */
function resolveSource(
  input: Experiment,
  context: NormalizeContext,
  report: Report,
): { model: SweepModel | undefined; source: ExperimentSource | undefined } {
  const isScenario = input.scenario !== undefined;
  let model: SweepModel | undefined = context.model?.model;
  let source: ExperimentSource | undefined = context.model?.source;
  if (!context.model) {
    if (isScenario && input.model !== undefined) report([], 'give either "scenario" or "model", not both');
    else if (!isScenario && input.model === undefined) {
      report([], 'missing required key "scenario" (a preset name or scenario file) or "model" (a built-in model)');
    }
  }
  if (!context.model && input.model !== undefined && !isScenario) {
    const names = Object.keys(builtinModels);
    if (Object.hasOwn(builtinModels, input.model)) model = sizedByConstants(builtinModels[input.model], input.constants, report);
    else {
      const guess = suggest(input.model, names);
      report(['model'], `expected one of ${listNames(names)}, found ${quote(input.model)}${guess ? `; did you mean ${quote(guess)}?` : ''}`);
    }
    source = { kind: 'model', model: input.model, constants: input.constants ?? {} };
  }
  if (isScenario) {
    if (input.constants !== undefined) report(['constants'], 'only built-in models take constants');
    if (context.scenario) source = { kind: 'scenario', scenario: input.scenario!, content: context.scenario };
  } else {
    if (input.weeks !== undefined) report(['weeks'], 'only scenario experiments have weeks');
    if (input.weekly !== undefined && input.weekly !== false) report(['weekly'], 'weekly rows exist for scenario experiments only');
  }
  return { model, source };
}

/**
 * A built-in model with the factors its constants give it (`linear` with five coefficients has
 * five factors); a malformed constant is reported at `constants` and the defaults kept.
 */
function sizedByConstants(model: SweepModel, constants: Record<string, unknown> | undefined, report: Report): SweepModel {
  try {
    return { ...model, factors: factorsForConstants(model, constants) };
  } catch (error) {
    report(['constants'], (error as Error).message);
    return model;
  }
}

/** The metrics to record (default: all the source gives), each known and listed once. */
function checkMetrics(input: Experiment, isScenario: boolean, model: SweepModel | undefined, report: Report): string[] {
  const known = isScenario ? [...METRIC_NAMES] : (model?.outputs ?? []);
  const metrics = input.metrics ?? known;
  const seen = new Set<string>();
  metrics.forEach((name, i) => {
    if (seen.has(name)) report(['metrics', i], `metric ${quote(name)} is listed twice`);
    seen.add(name);
    if ((isScenario || model) && !known.includes(name)) {
      const guess = suggest(name, known);
      report(['metrics', i], `unknown metric ${quote(name)}${guess ? `; did you mean ${quote(guess)}?` : `; expected one of ${listNames(known)}`}`);
    }
  });
  return metrics;
}

/** How often weekly rows are kept (0: never) and which of the metrics have weekly values. */
function weeklyRows(
  input: Experiment,
  isScenario: boolean,
  metrics: readonly string[],
  report: Report,
): { weeklyEvery: number; weeklyMetrics: string[] } {
  let weeklyEvery = 0;
  if (input.weekly === true) weeklyEvery = 1;
  else if (typeof input.weekly === 'number') {
    if (!Number.isInteger(input.weekly) || input.weekly < 0) {
      report(['weekly'], `expected true, false or a whole number of weeks, found ${input.weekly}`);
    } else weeklyEvery = input.weekly;
  }
  const weeklyMetrics = weeklyEvery > 0 ? metrics.filter((name) => WEEKLY_METRIC_NAMES.includes(name)) : [];
  if (isScenario && weeklyEvery > 0 && weeklyMetrics.length === 0) {
    report(['weekly'], 'none of the chosen metrics has weekly values');
  }
  return { weeklyEvery, weeklyMetrics };
}

/**
 * The design factors: as written (ranges with low ≤ high, names that are no results column,
 * factors the model has, values that keep the scenario valid; a range on a whole-number
 * scenario field is rounded), or the model's own factors when none are written.
 */
function experimentFactors(
  input: Experiment,
  starts: readonly Start[],
  model: SweepModel | undefined,
  metrics: readonly string[],
  hasVariants: boolean,
  report: Report,
): Factor[] {
  const isScenario = input.scenario !== undefined;
  const factors: Factor[] = [];
  if (input.factors !== undefined) {
    for (const [name, spec] of Object.entries(input.factors)) {
      const at = ['factors', name];
      const factor = toFactor(name, spec);
      if (factor.kind === 'range' && factor.low > factor.high) {
        report(at, `expected low ≤ high, found low ${factor.low} and high ${factor.high}`);
        continue;
      }
      if (RESERVED.includes(name) || metrics.includes(name) || (hasVariants && name === 'variant')) {
        report(at, `factor name ${quote(name)} is also a column of the results; rename it`);
        continue;
      }
      if (name === DUMMY_FACTOR && hasDummy(input)) {
        report(at, `factor name ${quote(name)} is taken by the design's dummy factor (design.dummy: true); rename the factor or set dummy: false`);
        continue;
      }
      if (model && !model.factors.some((f) => f.name === name)) {
        const names = model.factors.map((f) => f.name);
        const guess = suggest(name, names);
        report(at, `${model.name} has no factor ${quote(name)}${guess ? `; did you mean ${quote(guess)}?` : `; its factors are ${listNames(names, 'and')}`}`);
        continue;
      }
      if (isScenario && starts.length > 0) {
        const problem = checkScenarioFactor(starts, factor);
        if (problem) {
          report(at, problem);
          continue;
        }
        const applied = appliesTo(starts, factor.name)[0] ?? starts[0];
        if (factor.kind === 'range' && !factor.integer && wantsInteger(applied.scenario, factor)) factor.integer = true;
      }
      factors.push(factor);
    }
  } else if (model) factors.push(...model.factors.map((f) => ({ ...f })));
  if (isScenario && input.factors !== undefined && Object.keys(input.factors).length === 0) {
    report(['factors'], 'expected at least one factor (or leave out "factors" and "design" to run replications alone)');
  } else if (isScenario && input.factors === undefined && input.design !== undefined) {
    report([], 'missing required key "factors" (what the experiment varies)');
  }
  return factors;
}

/** Whether the design adds a dummy factor (`dummy: true`, morris and sobol). */
function hasDummy(input: Experiment): boolean {
  return (input.design as { dummy?: unknown } | undefined)?.dummy === true;
}

/**
 * That the design and its runs fit the limits (estimated from the spec before anything is
 * drawn: `checkDesignSize`; every variant runs the whole design) and that the design can be
 * generated (`checkDesignSpec`: without drawing it, for the methods that can).
 */
function checkDesign(spec: DesignSpec, factors: Factor[], input: Experiment, variants: number, report: Report): void {
  const tooLarge = checkDesignSize(spec, factors, variants * (input.replications ?? 1));
  if (tooLarge !== null) {
    report(['design'], tooLarge);
    return;
  }
  try {
    checkDesignSpec(spec, factors, input.seed ?? 1);
  } catch (error) {
    report(['design'], (error as Error).message);
  }
}

/**
 * Turns a factor as written (`[low, high]`, `{ low, high, integer }`, `{ values }`) into a
 * design factor.
 *
 * @example
 * toFactor('staffStability', [0, 1]); // { kind: 'range', name: 'staffStability', low: 0, high: 1 }
 */
export function toFactor(name: string, spec: FactorSpec): Factor {
  if (Array.isArray(spec)) return { kind: 'range', name, low: spec[0], high: spec[1] };
  if ('values' in spec) return { kind: 'values', name, values: [...spec.values] };
  const factor: Factor = { kind: 'range', name, low: spec.low, high: spec.high };
  if (spec.integer) factor.integer = true;
  return factor;
}

function middle(low: number, high: number, integer?: boolean): number {
  const mid = (low + high) / 2;
  return integer ? Math.round(mid) : mid;
}

/**
 * The problem of setting a factor's extreme values in each scenario the runs start from, or
 * null. A lever on an event (`events[covenant].week`) applies to the variants that have the
 * event and is left out in the others; it must apply to at least one.
 */
function checkScenarioFactor(starts: readonly Start[], factor: Factor): string | null {
  const values: FactorValue[] = factor.kind === 'range' ? [factor.low, factor.high] : factor.values;
  const applied = appliesTo(starts, factor.name);
  // A lever on an event no scenario has: the message lists the labels of one that has labels.
  const labelled = starts.find((s) => (s.scenario.events ?? []).some((e) => e.label !== undefined)) ?? starts[0];
  for (const start of applied.length > 0 ? applied : [labelled]) {
    for (const value of values) {
      const problem = scenarioProblem(start.scenario, factor.name, value);
      if (problem) return start.variant ? `${problem} (in variant ${quote(start.variant.name)})` : problem;
    }
  }
  return null;
}

/** The starting scenarios a factor applies to: all, except that an event lever applies where its event is. */
function appliesTo(starts: readonly Start[], name: string): Start[] {
  return isEventPath(name) ? starts.filter((s) => hasPathEvent(s.scenario, name)) : [...starts];
}

function scenarioProblem(scenario: Scenario, name: string, value: FactorValue): string | null {
  const path = factorPath(name);
  let changed: Scenario;
  try {
    changed = setScenarioPath(scenario, path, value);
  } catch (error) {
    const reason = (error as Error).message.replace(`${path}: `, '').replace(/^unknown path; it must start with .*$/, 'unknown factor: not a precondition name or scenario path');
    const guess = /[.[]/.test(name) ? undefined : suggest(name, factorNames());
    return guess === undefined ? reason : `${reason}; did you mean ${quote(guess)}?`;
  }
  const schema = scenarioSchema();
  const found = validateAgainstSchema(changed, schema);
  const problems = found.length > 0 ? found : checkScenarioSemantics(changed, schema);
  if (problems.length === 0) return null;
  const first = problems[0];
  return `value ${typeof value === 'string' ? quote(value) : JSON.stringify(value)} does not fit the scenario: ${formatPath(first.path)}: ${first.message}`;
}

/** True when the field a range factor sets takes whole numbers only (such as `staff`). */
function wantsInteger(scenario: Scenario, factor: Extract<Factor, { kind: 'range' }>): boolean {
  if (!Number.isInteger(factor.low) || !Number.isInteger(factor.high) || factor.low === factor.high) return false;
  return scenarioProblem(scenario, factor.name, factor.low + 0.5) !== null;
}
