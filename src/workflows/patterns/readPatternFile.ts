import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { EXPECTATIONS, type Claim, type Expectation } from '../../analysis/patterns/Claim.js';
import { listNames, quote } from '../../errors/messages.js';
import { experimentError } from '../../experiment/ExperimentError.js';
import type { DesignPoint, FactorValue } from '../../experiment/designs/types.js';
import { normalizeExperiment } from '../../experiment/normalizeExperiment.js';
import type { Experiment } from '../../experiment/types.js';
import { METRIC_NAMES } from '../../model/metrics/catalogue.js';
import { normalizeScenario } from '../../scenario/normalizeScenario.js';
import { readScenarioFile } from '../../scenario/readScenarioFile.js';
import { ScenarioInputError } from '../../scenario/ScenarioInputError.js';
import type { PathSegment, ValueProblem } from '../../scenario/ScenarioProblem.js';
import { suggest } from '../../scenario/suggest.js';
import type { Scenario } from '../../scenario/types.js';
import { formatPath } from '../../scenario/formatPath.js';
import { loadPatternScenario } from './loadPatternScenario.js';
import type { ArmRef, PatternPlan, PlannedClaim, PlannedSweep } from './PatternPlan.js';

/** Values given on the command line that replace the file's. */
export interface PatternOverrides {
  replications?: number;
  seed?: number;
}

const FILE_KEYS = ['$schema', 'name', 'description', 'scenario', 'scenarios', 'replications', 'seed', 'weeks', 'patterns'];
const PATTERN_KEYS = ['name', 'description', 'metric', 'metrics', 'factor', 'from', 'to', 'with', 'by', 'expect', 'min', 'margin', 'range', 'order', 'scenario', 'scenarios', 'values', 'knownGap'];
const BY_KEYS = ['factor', 'from', 'to'];

/** A scenario a claim runs on, with the replications it gets there. */
interface Where {
  ref: string;
  replications: number;
}

type Data = Record<string, unknown>;
type Report = (path: readonly PathSegment[], message: string) => void;

/**
 * Reads a pattern file (YAML or JSON; data only, nothing is evaluated), checks it whole and
 * plans its runs. Each pattern states a claim over a scenario: a factor comparison (`factor`,
 * `from`, `to`, optionally `by` for an interaction and `with` for settings held fixed), with
 * `expect` `increase`, `decrease` (optional `min`), `equivalent` (with `margin`) or `range`
 * (with `range: [low, high]`; also without a factor, for the metric's mean); or an ordering
 * (`expect: ordered`) across several `scenarios` or a factor's `values`. A pattern runs on its
 * own `scenario`/`scenarios`, else on each of the file's. Every problem (unknown factor,
 * metric or scenario, a value outside the factor's range, replications below 2, a missing
 * margin, …) is collected and thrown at once as a `ScenarioInputError` naming the file, the
 * path, what was expected and what was found; nothing is run or written before that.
 *
 * @example
 * const plan = readPatternFile('patterns/model.yaml');
 * plan.claims.length; // one claim per pattern, scenario and metric
 */
export function readPatternFile(file: string, overrides: PatternOverrides = {}): PatternPlan {
  const parsed = readScenarioFile(file);
  if (parsed.problems.length > 0) throw new ScenarioInputError(parsed.problems);
  const problems: ValueProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  const data = parsed.data;
  if (!isMapping(data)) {
    throw experimentError(file, [{ path: [], message: 'expected a pattern file (a mapping with scenario, replications and patterns)' }]);
  }
  checkKeys(data, FILE_KEYS, [], report);
  const replications = overrides.replications ?? integerAt(data, 'replications', 2, 1_000_000, [], report, true) ?? 2;
  const seed = overrides.seed ?? integerAt(data, 'seed', 0, 2 ** 32 - 1, [], report) ?? 1;
  const weeks = integerAt(data, 'weeks', 1, 5200, [], report);
  const scenarios = new ScenarioBook(file, report);
  const fileWhere = fileScenarios(data, replications, overrides.replications !== undefined, scenarios, report);
  const builder = new PlanBuilder(seed, weeks, scenarios, report);
  const patterns = data.patterns;
  if (!Array.isArray(patterns) || patterns.length === 0) {
    report(patterns === undefined ? [] : ['patterns'], patterns === undefined ? 'missing required key "patterns" (the claims to check)' : `expected a list of at least one pattern, found ${describe(patterns)}`);
  } else {
    const names = new Set<string>();
    patterns.forEach((pattern, i) => {
      const at = ['patterns', i];
      if (!isMapping(pattern)) return report(at, `expected a pattern (a mapping with name, metric and expect), found ${describe(pattern)}`);
      if (typeof pattern.name === 'string' && names.has(pattern.name)) report([...at, 'name'], `pattern name ${quote(pattern.name)} is used twice`);
      if (typeof pattern.name === 'string') names.add(pattern.name);
      planPattern(pattern, at, fileWhere, replications, builder, report);
    });
  }
  if (problems.length > 0) throw experimentError(file, problems);
  const name = typeof data.name === 'string' ? data.name : basename(file, extname(file));
  return { file, name, seed, sweeps: builder.sweeps, claims: builder.claims };
}

/** The file's `scenario` or `scenarios`: where a pattern without its own runs. */
function fileScenarios(data: Data, replications: number, replaced: boolean, book: ScenarioBook, report: Report): Where[] {
  if (data.scenario !== undefined && data.scenarios !== undefined) report([], 'give either "scenario" or "scenarios", not both');
  if (data.scenario !== undefined) {
    if (typeof data.scenario !== 'string') return (report(['scenario'], `expected a preset name or scenario file, found ${describe(data.scenario)}`), []);
    return book.has(data.scenario, ['scenario']) ? [{ ref: data.scenario, replications }] : [];
  }
  if (data.scenarios === undefined) return [];
  if (!Array.isArray(data.scenarios) || data.scenarios.length === 0) {
    return (report(['scenarios'], `expected a list of at least one scenario, found ${describe(data.scenarios)}`), []);
  }
  const where: Where[] = [];
  data.scenarios.forEach((entry, i) => {
    const at = ['scenarios', i];
    if (typeof entry === 'string') {
      if (book.has(entry, at)) where.push({ ref: entry, replications });
    } else if (isMapping(entry) && typeof entry.scenario === 'string') {
      checkKeys(entry, ['scenario', 'replications'], at, report);
      const own = integerAt(entry, 'replications', 2, 1_000_000, at, report);
      if (book.has(entry.scenario, [...at, 'scenario'])) where.push({ ref: entry.scenario, replications: replaced ? replications : (own ?? replications) });
    } else report(at, `expected a preset name, a scenario file or { scenario, replications }, found ${describe(entry)}`);
  });
  return where;
}

/** Checks one pattern and adds its claims (one per scenario it runs on and metric). */
function planPattern(p: Data, at: PathSegment[], fileWhere: Where[], replications: number, builder: PlanBuilder, report: Report): void {
  checkKeys(p, PATTERN_KEYS, at, report);
  const before = builder.problemCount();
  const name = typeof p.name === 'string' && p.name.trim() !== '' ? p.name : (report([...at, 'name'], `expected a name (text), found ${describe(p.name)}`), '');
  const metrics = patternMetrics(p, at, report);
  const expect = p.expect as Expectation;
  if (!EXPECTATIONS.includes(expect)) {
    report([...at, 'expect'], p.expect === undefined ? `missing required key "expect" (one of ${listNames(EXPECTATIONS)})` : `expected one of ${listNames(EXPECTATIONS)}, found ${describe(p.expect)}`);
    return;
  }
  const claim: Claim = { shape: 'comparison', expect };
  only(p, 'min', ['increase', 'decrease', 'ordered'], at, report);
  only(p, 'margin', ['equivalent'], at, report);
  only(p, 'range', ['range'], at, report);
  only(p, 'order', ['ordered'], at, report);
  only(p, 'values', ['ordered'], at, report);
  if (p.min !== undefined) claim.min = numberAt(p, 'min', at, report, 0);
  if (expect === 'equivalent') {
    if (p.margin === undefined) report(at, 'an equivalent pattern needs "margin": the largest difference that counts as none, in the metric\'s units');
    else claim.margin = numberAt(p, 'margin', at, report, Number.MIN_VALUE);
  }
  if (expect === 'range') claim.range = rangeAt(p, at, report);
  if (expect === 'ordered') {
    if (p.order !== undefined && p.order !== 'ascending' && p.order !== 'descending') report([...at, 'order'], `expected ascending or descending, found ${describe(p.order)}`);
    claim.order = p.order === 'descending' ? 'descending' : 'ascending';
  }
  const fixed = withSettings(p, at, report);
  const known = (ref: string) => knownGap(p, ref, at, report);
  if (expect === 'ordered' && p.values === undefined) {
    // an ordering across scenarios: each a sweep of its own, paired by replicate through the seeds
    const list = p.scenarios;
    if (p.factor !== undefined || p.from !== undefined || p.to !== undefined || p.by !== undefined) report(at, 'an ordering across scenarios takes no factor, from, to or by (use values: [...] with a factor to order by a factor)');
    if (!Array.isArray(list) || list.length < 2) return report([...at, 'scenarios'], `an ordered pattern needs "scenarios", a list of at least two scenarios in the claimed order (or factor and values), found ${describe(list)}`);
    const refs = list.map((ref, k) => (typeof ref === 'string' && builder.scenarios.has(ref, [...at, 'scenarios', k]) ? ref : null));
    const label = refs.join(claim.order === 'descending' ? ' > ' : ' < ');
    checkKnownGapKeys(p, [label], at, report);
    if (refs.some((r) => r === null) || builder.problemCount() > before) return;
    const reps = Math.max(...(refs as string[]).map((ref) => fileWhere.find((w) => w.ref === ref)?.replications ?? replications));
    for (const metric of metrics) {
      const arms = (refs as string[]).map((ref) => builder.arm({ ref, replications: reps }, [builder.neutralPoint(ref, fixed)], at)[0]);
      builder.add({ pattern: name, path: formatPath(at), scenario: label, metric, claim: { ...claim, shape: 'sequence' }, contrast: `${label}${describeWith(fixed)}`, arms, knownGap: known(label) });
    }
    return;
  }
  const where = patternWhere(p, at, fileWhere, replications, builder, report);
  checkKnownGapKeys(p, where.map((w) => w.ref), at, report);
  const shapeOf = comparisonShape(p, expect, at, report);
  if (builder.problemCount() > before || shapeOf === null) return;
  for (const w of where) {
    const points = builder.points(w.ref, p, shapeOf, fixed, at);
    if (points === null) continue;
    const arms = builder.arm(w, points, at);
    for (const metric of metrics) {
      builder.add({ pattern: name, path: formatPath(at), scenario: w.ref, metric, claim: { ...claim, shape: shapeOf }, contrast: describeContrast(p, shapeOf, fixed), arms, knownGap: known(w.ref) });
    }
  }
}

/** Which shape a non-scenario-ordering pattern has, from its keys; null (reported) when they do not fit. */
function comparisonShape(p: Data, expect: Expectation, at: PathSegment[], report: Report): Claim['shape'] | null {
  const hasFactor = p.factor !== undefined;
  if (expect === 'ordered') {
    if (!hasFactor) return (report(at, 'an ordered pattern with values needs "factor": the factor the values are of'), null);
    if (!Array.isArray(p.values) || p.values.length < 2) return (report([...at, 'values'], `expected a list of at least two values in the claimed order, found ${describe(p.values)}`), null);
    if (p.from !== undefined || p.to !== undefined || p.by !== undefined) return (report(at, 'an ordered pattern with values takes no from, to or by'), null);
    return 'sequence';
  }
  if (!hasFactor) {
    if (expect === 'range') {
      if (p.from !== undefined || p.to !== undefined || p.by !== undefined) return (report(at, 'from, to and by need "factor"'), null);
      return 'level';
    }
    return (report(at, `missing required key "factor" (what the ${expect} pattern compares, e.g. staffStability)`), null);
  }
  if (typeof p.factor !== 'string') return (report([...at, 'factor'], `expected a factor name, found ${describe(p.factor)}`), null);
  for (const key of ['from', 'to']) if (p[key] === undefined) report(at, `missing required key "${key}" (the factor's value in the ${key === 'from' ? 'first' : 'second'} arm)`);
  if (p.from === undefined || p.to === undefined) return null;
  if (p.from === p.to) return (report([...at, 'to'], `expected a value other than from (${describe(p.from)}), found the same`), null);
  if (p.by === undefined) return 'comparison';
  if (!isMapping(p.by) || typeof p.by.factor !== 'string' || p.by.from === undefined || p.by.to === undefined) {
    return (report([...at, 'by'], `expected { factor, from, to }: the second factor of an interaction, found ${describe(p.by)}`), null);
  }
  checkKeys(p.by, BY_KEYS, [...at, 'by'], report);
  if (p.by.factor === p.factor) return (report([...at, 'by', 'factor'], `expected a factor other than ${quote(p.factor)}, found the same`), null);
  return 'interaction';
}

/** The scenarios a comparison, range or ordering by values runs on: its own, else the file's. */
function patternWhere(p: Data, at: PathSegment[], fileWhere: Where[], replications: number, builder: PlanBuilder, report: Report): Where[] {
  const own = p.scenario !== undefined ? [p.scenario] : p.scenarios;
  if (p.scenario !== undefined && p.scenarios !== undefined) report(at, 'give either "scenario" or "scenarios", not both');
  if (own === undefined) {
    if (fileWhere.length === 0) report(at, 'no scenario: give "scenario" at the top of the file or in the pattern');
    return fileWhere;
  }
  if (!Array.isArray(own) || own.length === 0) return (report([...at, 'scenarios'], `expected a list of at least one scenario, found ${describe(own)}`), []);
  const where: Where[] = [];
  own.forEach((ref, k) => {
    const path = p.scenario !== undefined ? [...at, 'scenario'] : [...at, 'scenarios', k];
    if (typeof ref !== 'string') return report(path, `expected a preset name or scenario file, found ${describe(ref)}`);
    if (builder.scenarios.has(ref, path)) where.push({ ref, replications: fileWhere.find((w) => w.ref === ref)?.replications ?? replications });
  });
  return where;
}

/** The metrics of a pattern: `metric` or `metrics`, each known. */
function patternMetrics(p: Data, at: PathSegment[], report: Report): string[] {
  if (p.metric !== undefined && p.metrics !== undefined) report(at, 'give either "metric" or "metrics", not both');
  const given = p.metric !== undefined ? [p.metric] : p.metrics;
  const path = (k: number): PathSegment[] => (p.metric !== undefined ? [...at, 'metric'] : [...at, 'metrics', k]);
  if (given === undefined) return (report(at, 'missing required key "metric" (a summary metric, e.g. successRate)'), []);
  if (!Array.isArray(given) || given.length === 0) return (report([...at, 'metrics'], `expected a list of at least one metric, found ${describe(given)}`), []);
  const metrics: string[] = [];
  given.forEach((m, k) => {
    if (typeof m === 'string' && METRIC_NAMES.includes(m)) return metrics.push(m);
    const guess = typeof m === 'string' ? suggest(m, METRIC_NAMES) : undefined;
    report(path(k), `expected a summary metric (docs/metrics.md), found ${describe(m)}${guess ? `; did you mean ${quote(guess)}?` : ''}`);
  });
  return metrics;
}

/** The settings held fixed in every arm (`with: { regie: 0.5 }`). */
function withSettings(p: Data, at: PathSegment[], report: Report): DesignPoint {
  if (p.with === undefined) return {};
  if (!isMapping(p.with)) return (report([...at, 'with'], `expected a mapping of factor names to values, found ${describe(p.with)}`), {});
  const fixed: DesignPoint = {};
  for (const [key, value] of Object.entries(p.with)) {
    if (key === p.factor || (isMapping(p.by) && key === p.by.factor)) report([...at, 'with', key], 'a factor the pattern varies cannot also be held fixed');
    else if (typeof value === 'number' || typeof value === 'string') fixed[key] = value;
    else report([...at, 'with', key], `expected a number or text, found ${describe(value)}`);
  }
  return fixed;
}

/** The known-gap reason of a pattern on one scenario: a text for all, or one per scenario. */
function knownGap(p: Data, ref: string, at: PathSegment[], report: Report): string | null {
  if (p.knownGap === undefined) return null;
  if (typeof p.knownGap === 'string') return p.knownGap;
  if (isMapping(p.knownGap)) {
    const reason = p.knownGap[ref];
    if (reason === undefined) return null;
    if (typeof reason === 'string' && reason.trim() !== '') return reason;
    report([...at, 'knownGap', ref], `expected the measured reason (text), found ${describe(reason)}`);
    return null;
  }
  report([...at, 'knownGap'], `expected the measured reason (text) or a mapping of scenario to reason, found ${describe(p.knownGap)}`);
  return null;
}

/** A `knownGap` mapping names only scenarios the pattern runs on. */
function checkKnownGapKeys(p: Data, refs: string[], at: PathSegment[], report: Report): void {
  if (!isMapping(p.knownGap)) {
    if (typeof p.knownGap === 'string' && p.knownGap.trim() === '') report([...at, 'knownGap'], 'expected the measured reason, found an empty text');
    return;
  }
  for (const key of Object.keys(p.knownGap)) {
    if (!refs.includes(key)) report([...at, 'knownGap', key], `expected one of the scenarios the pattern runs on (${listNames(refs)}), found ${quote(key)}`);
  }
}

/** Builds the plan: loads scenarios once, checks factor values, shares sweeps between claims on the same arms. */
class PlanBuilder {
  readonly sweeps: PlannedSweep[] = [];
  readonly claims: PlannedClaim[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly checked = new Map<string, string | null>();
  private problems = 0;

  constructor(
    private readonly seed: number,
    private readonly weeks: number | undefined,
    readonly scenarios: ScenarioBook,
    private readonly report: Report,
  ) {}

  problemCount(): number {
    return this.problems + this.scenarios.problems;
  }

  private fail(path: PathSegment[], message: string): void {
    this.problems++;
    this.report(path, message);
  }

  /** The design points of a comparison, interaction, level or ordering by values; null (reported) when a value does not fit. */
  points(ref: string, p: Data, shape: Claim['shape'], fixed: DesignPoint, at: PathSegment[]): DesignPoint[] | null {
    const checks: [string, unknown, PathSegment[]][] = Object.entries(fixed).map(([k, v]) => [k, v, [...at, 'with', k]]);
    const factor = p.factor as string;
    if (shape === 'comparison' || shape === 'interaction') checks.push([factor, p.from, [...at, 'from']], [factor, p.to, [...at, 'to']]);
    if (shape === 'interaction') {
      const by = p.by as Data;
      checks.push([by.factor as string, by.from, [...at, 'by', 'from']], [by.factor as string, by.to, [...at, 'by', 'to']]);
    }
    if (shape === 'sequence') (p.values as unknown[]).forEach((v, k) => checks.push([factor, v, [...at, 'values', k]]));
    const factorPathAt = (path: PathSegment[]) => (path[path.length - 2] === 'by' ? [...at, 'by', 'factor'] : path[path.length - 2] === 'with' ? path : [...at, 'factor']);
    let ok = true;
    for (const [name, value, path] of checks) {
      const problem = this.valueProblem(ref, name, value);
      if (problem === null) continue;
      ok = false;
      const onFactor = /^unknown (factor|path)|has no|not a precondition/.test(problem);
      this.fail(onFactor ? factorPathAt(path) : path, `on ${ref}: ${problem}`);
      if (onFactor) break;
    }
    if (!ok) return null;
    const set = (extra: DesignPoint): DesignPoint => ({ ...fixed, ...extra });
    if (shape === 'level') return [this.neutralPoint(ref, fixed)];
    if (shape === 'sequence') return (p.values as FactorValue[]).map((v) => set({ [factor]: v }));
    const from = p.from as FactorValue;
    const to = p.to as FactorValue;
    if (shape === 'comparison') return [set({ [factor]: from }), set({ [factor]: to })];
    const by = p.by as { factor: string; from: FactorValue; to: FactorValue };
    return [by.from, by.to].flatMap((b) => [set({ [by.factor]: b, [factor]: from }), set({ [by.factor]: b, [factor]: to })]);
  }

  /**
   * A point that leaves the scenario as it is: its settings held fixed, or when there are none
   * `staffStability` at the scenario's own value (a scenario sweep needs one factor; setting a
   * value to itself changes no draw, so the runs are the scenario's own).
   */
  neutralPoint(ref: string, fixed: DesignPoint): DesignPoint {
    if (Object.keys(fixed).length > 0) return { ...fixed };
    const scenario = this.scenarios.get(ref)!;
    return { staffStability: normalizeScenario(scenario).preconditions.staffStability };
  }

  /** The arms of `points` on scenario `where`: one sweep, shared with any claim on the same points. */
  arm(where: Where, points: DesignPoint[], at: PathSegment[]): ArmRef[] {
    const names = [...new Set(points.flatMap((p) => Object.keys(p)))];
    const key = JSON.stringify({ scenario: where.ref, replications: where.replications, names, points: points.map((p) => names.map((n) => p[n])) });
    let sweep = this.byKey.get(key);
    if (sweep === undefined) {
      const name = `${slug(where.ref)}-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
      const factors = Object.fromEntries(names.map((n) => [n, { values: [...new Set(points.map((p) => p[n]))] }]));
      const input: Experiment = {
        name,
        scenario: where.ref,
        seed: this.seed,
        replications: where.replications,
        commonRandomNumbers: true,
        design: { method: 'list', points },
        factors,
        ...(this.weeks !== undefined ? { weeks: this.weeks } : {}),
      };
      const { experiment, problems } = normalizeExperiment(input, { name, scenario: this.scenarios.get(where.ref)! });
      if (!experiment) {
        for (const problem of problems) this.fail(at, `on ${where.ref}: ${formatPath(problem.path)}: ${problem.message}`);
        return points.map((_, point) => ({ sweep: -1, point }));
      }
      sweep = this.sweeps.push({ name, experiment }) - 1;
      this.byKey.set(key, sweep);
    }
    return points.map((_, point) => ({ sweep: sweep!, point }));
  }

  add(claim: PlannedClaim): void {
    this.claims.push(claim);
  }

  /** The problem of setting factor `name` to `value` in scenario `ref`, or null. */
  private valueProblem(ref: string, name: string, value: unknown): string | null {
    const key = JSON.stringify([ref, name, value]);
    if (this.checked.has(key)) return this.checked.get(key)!;
    let problem: string | null = null;
    if (typeof value !== 'number' && typeof value !== 'string') problem = `expected a number or text, found ${describe(value)}`;
    else {
      const input: Experiment = { scenario: ref, design: { method: 'list', points: [{ [name]: value }] }, factors: { [name]: { values: [value] } } };
      const found = normalizeExperiment(input, { name: 'check', scenario: this.scenarios.get(ref)!, skipDesign: true }).problems;
      problem = found.length > 0 ? found[0].message : null;
    }
    this.checked.set(key, problem);
    return problem;
  }
}

/** The scenarios a pattern file names, each loaded once. */
class ScenarioBook {
  private readonly loaded = new Map<string, { scenario?: Scenario; problem?: string }>();
  problems = 0;

  constructor(
    private readonly file: string,
    private readonly report: Report,
  ) {}

  /** Whether `ref` names a usable scenario; reports at `path` when not. */
  has(ref: string, path: PathSegment[]): boolean {
    if (!this.loaded.has(ref)) this.loaded.set(ref, loadPatternScenario(ref, this.file));
    const found = this.loaded.get(ref)!;
    if (found.problem !== undefined) {
      this.problems++;
      this.report(path, found.problem);
    }
    return found.scenario !== undefined;
  }

  get(ref: string): Scenario | undefined {
    return this.loaded.get(ref)?.scenario;
  }
}

function describeContrast(p: Data, shape: Claim['shape'], fixed: DesignPoint): string {
  const w = describeWith(fixed);
  if (shape === 'level') return `at the scenario${w}`;
  if (shape === 'sequence') return `${p.factor} ${(p.values as FactorValue[]).join(p.order === 'descending' ? ' > ' : ' < ')}${w}`;
  const main = `${p.factor} ${p.from} → ${p.to}`;
  if (shape === 'comparison') return `${main}${w}`;
  const by = p.by as Data;
  return `(${main}) at ${by.factor} ${by.to} − at ${by.factor} ${by.from}${w}`;
}

const describeWith = (fixed: DesignPoint): string => {
  const entries = Object.entries(fixed);
  return entries.length > 0 ? `, with ${entries.map(([k, v]) => `${k} ${v}`).join(', ')}` : '';
};

/** Unknown keys, with the closest known one. */
function checkKeys(data: Data, known: readonly string[], at: PathSegment[], report: Report): void {
  for (const key of Object.keys(data)) {
    if (known.includes(key)) continue;
    const guess = suggest(key, known);
    report([...at, key], `unknown key${guess ? `; did you mean ${quote(guess)}?` : `; expected one of ${listNames(known)}`}`);
  }
}

/** `key` used only by patterns that expect one of `kinds`. */
function only(p: Data, key: string, kinds: Expectation[], at: PathSegment[], report: Report): void {
  if (p[key] !== undefined && !kinds.includes(p.expect as Expectation)) report([...at, key], `only ${listNames(kinds)} patterns take "${key}"; this one expects ${p.expect}`);
}

function integerAt(data: Data, key: string, low: number, high: number, at: PathSegment[], report: Report, required = false): number | undefined {
  const value = data[key];
  if (value === undefined) {
    if (required) report(at, `missing required key "${key}"`);
    return undefined;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high) return value;
  report([...at, key], `expected an integer from ${low} to ${high}, found ${describe(value)}`);
  return undefined;
}

function numberAt(p: Data, key: string, at: PathSegment[], report: Report, least: number): number | undefined {
  const value = p[key];
  if (typeof value === 'number' && Number.isFinite(value) && value >= least) return value;
  report([...at, key], `expected a number ${least > 0 ? 'above 0' : `of at least ${least}`}, found ${describe(value)}`);
  return undefined;
}

function rangeAt(p: Data, at: PathSegment[], report: Report): [number, number] | undefined {
  const r = p.range;
  if (r === undefined) return (report(at, 'a range pattern needs "range": [low, high], the interval the value must lie in'), undefined);
  if (Array.isArray(r) && r.length === 2 && r.every((x) => typeof x === 'number' && Number.isFinite(x)) && r[0] <= r[1]) return [r[0], r[1]];
  report([...at, 'range'], `expected [low, high] with low ≤ high, found ${describe(r)}`);
  return undefined;
}

const isMapping = (x: unknown): x is Data => typeof x === 'object' && x !== null && !Array.isArray(x);

const describe = (x: unknown): string => (x === undefined ? 'nothing' : typeof x === 'string' ? quote(x) : JSON.stringify(x));

const slug = (ref: string): string => basename(ref, extname(ref)).replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40);
