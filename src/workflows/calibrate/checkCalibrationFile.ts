import { escapeUnsafe, listNames, quote } from '../../errors/messages.js';
import type { ValueProblem } from '../../scenario/ScenarioProblem.js';
import { suggest } from '../../scenario/suggest.js';

/** The keys a calibration file may have. */
export const CALIBRATION_KEYS = [
  '$schema', 'name', 'description', 'scenario', 'model', 'constants', 'weeks', 'seed', 'parameters', 'targets',
  'population', 'generations', 'replications', 'quantile', 'distance', 'stop', 'predictive',
] as const;

const PRIOR_FAMILIES = ['uniform', 'log-uniform', 'normal', 'integer'];
const TARGET_KEYS = ['metric', 'observed', 'scale', 'weight'];
const STOP_KEYS = ['minAcceptance', 'minTolerance'];

type Report = (path: (string | number)[], message: string) => void;

/**
 * Checks the calibration-specific parts of a parsed calibration file (the keys, the priors,
 * the targets' numbers and the algorithm's settings) and returns every problem, each with
 * its path and what was expected and found. What the file refers to (the scenario's paths
 * and their allowed values, the metric names) is checked afterwards by
 * `loadCalibrationFile` through the sweep's own checks.
 *
 * @example
 * checkCalibrationFile({ parameters: {}, targets: [], population: 0 });
 * // [{ path: ['parameters'], message: 'expected at least one parameter' }, …]
 */
export function checkCalibrationFile(data: Record<string, unknown>): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  unknownKeys(data, CALIBRATION_KEYS, [], report);
  checkParameters(data.parameters, report);
  checkTargets(data.targets, report);
  whole(data, 'population', 2, 1_000_000, true, report);
  whole(data, 'generations', 1, 1000, false, report);
  whole(data, 'replications', 1, 10_000, false, report);
  whole(data, 'seed', 0, 4_294_967_295, false, report);
  whole(data, 'weeks', 1, 5200, false, report);
  if (data.quantile !== undefined && !(typeof data.quantile === 'number' && data.quantile > 0 && data.quantile < 1)) {
    report(['quantile'], `expected a number between 0 and 1 (exclusive), found ${found(data.quantile)}`);
  }
  if (data.distance !== undefined && data.distance !== 'euclidean') report(['distance'], `expected "euclidean", found ${found(data.distance)}`);
  if (data.stop !== undefined) {
    if (!isMapping(data.stop)) report(['stop'], `expected a mapping with minAcceptance and/or minTolerance, found ${found(data.stop)}`);
    else {
      unknownKeys(data.stop, STOP_KEYS, ['stop'], report);
      const { minAcceptance, minTolerance } = data.stop;
      if (minAcceptance !== undefined && !(typeof minAcceptance === 'number' && minAcceptance > 0 && minAcceptance <= 1)) {
        report(['stop', 'minAcceptance'], `expected an acceptance rate above 0 and at most 1, found ${found(minAcceptance)}`);
      }
      if (minTolerance !== undefined && !(typeof minTolerance === 'number' && minTolerance >= 0 && Number.isFinite(minTolerance))) {
        report(['stop', 'minTolerance'], `expected a distance ≥ 0, found ${found(minTolerance)}`);
      }
    }
  }
  if (data.predictive !== undefined) {
    const max = typeof data.population === 'number' ? data.population : 1_000_000;
    whole(data, 'predictive', 1, max, false, report, 'the population');
  }
  return problems;
}

function checkParameters(parameters: unknown, report: Report): void {
  if (parameters === undefined) return report([], 'missing required key "parameters" (the parameters to fit, each with its prior)');
  if (!isMapping(parameters)) return report(['parameters'], `expected a mapping of parameter names to priors, found ${found(parameters)}`);
  if (Object.keys(parameters).length === 0) report(['parameters'], 'expected at least one parameter');
  for (const [name, spec] of Object.entries(parameters)) checkPrior(spec, ['parameters', name], report);
}

function checkPrior(spec: unknown, at: (string | number)[], report: Report): void {
  if (!isMapping(spec)) return report(at, `expected a prior such as { prior: uniform, range: [0, 1] }, found ${found(spec)}`);
  const family = spec.prior;
  if (typeof family !== 'string' || !PRIOR_FAMILIES.includes(family)) {
    const guess = typeof family === 'string' ? suggest(family, PRIOR_FAMILIES) : undefined;
    return report([...at, 'prior'], `expected one of ${listNames(PRIOR_FAMILIES)}, found ${found(family)}${guess ? `; did you mean ${quote(guess)}?` : ''}`);
  }
  unknownKeys(spec, family === 'normal' ? ['prior', 'range', 'mean', 'sd'] : ['prior', 'range'], at, report);
  const range = spec.range;
  if (!(Array.isArray(range) && range.length === 2 && range.every((v) => typeof v === 'number' && Number.isFinite(v)))) {
    return report([...at, 'range'], `expected [lower, upper], two finite numbers, found ${found(range)}`);
  }
  const [lower, upper] = range as number[];
  if (!(lower < upper)) report([...at, 'range'], `expected lower < upper, found [${lower}, ${upper}]`);
  if (family === 'log-uniform' && !(lower > 0)) report([...at, 'range'], `a log-uniform prior needs lower > 0, found ${lower}`);
  if (family === 'integer' && !(Number.isInteger(lower) && Number.isInteger(upper))) {
    report([...at, 'range'], `an integer prior needs whole-number bounds, found [${lower}, ${upper}]`);
  }
  if (family === 'normal') {
    if (!(typeof spec.mean === 'number' && Number.isFinite(spec.mean))) report([...at, 'mean'], `a normal prior needs a finite mean, found ${found(spec.mean)}`);
    if (!(typeof spec.sd === 'number' && spec.sd > 0 && Number.isFinite(spec.sd))) report([...at, 'sd'], `a normal prior needs a positive sd, found ${found(spec.sd)}`);
  }
}

function checkTargets(targets: unknown, report: Report): void {
  if (targets === undefined) return report([], 'missing required key "targets" (the observed values to fit)');
  if (!Array.isArray(targets)) return report(['targets'], `expected a list of targets such as { metric: successRate, observed: 0.62, scale: 0.05 }, found ${found(targets)}`);
  if (targets.length === 0) report(['targets'], 'expected at least one target');
  targets.forEach((target, k) => {
    const at = ['targets', k];
    if (!isMapping(target)) return report(at, `expected { metric, observed, scale }, found ${found(target)}`);
    unknownKeys(target, TARGET_KEYS, at, report);
    if (typeof target.metric !== 'string' || target.metric === '') report([...at, 'metric'], `expected a metric name, found ${found(target.metric)}`);
    if (!(typeof target.observed === 'number' && Number.isFinite(target.observed))) report([...at, 'observed'], `expected a finite number, found ${found(target.observed)}`);
    if (!(typeof target.scale === 'number' && target.scale > 0 && Number.isFinite(target.scale))) {
      report([...at, 'scale'], `expected a positive number (what counts as a clear miss, in the metric's units), found ${found(target.scale)}`);
    }
    if (target.weight !== undefined && !(typeof target.weight === 'number' && target.weight > 0 && Number.isFinite(target.weight))) {
      report([...at, 'weight'], `expected a positive number, found ${found(target.weight)}`);
    }
  });
}

function whole(data: Record<string, unknown>, key: string, min: number, max: number, required: boolean, report: Report, maxName?: string): void {
  const value = data[key];
  if (value === undefined) {
    if (required) report([], `missing required key ${quote(key)}`);
    return;
  }
  if (!(typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)) {
    report([key], `expected a whole number from ${min} to ${maxName ?? max}, found ${found(value)}`);
  }
}

function unknownKeys(data: Record<string, unknown>, known: readonly string[], at: (string | number)[], report: Report): void {
  for (const key of Object.keys(data)) {
    if (known.includes(key)) continue;
    const guess = suggest(key, known);
    report([...at, key], `unknown key${guess ? `; did you mean ${quote(guess)}?` : `; expected one of ${listNames(known.filter((k) => k !== '$schema'))}`}`);
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return quote(value);
  const text = JSON.stringify(value) ?? String(value);
  return escapeUnsafe(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
