import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import type { HtmlReport, ReportSection } from '../../charts/renderHtmlReport.js';
import { UserError } from '../../errors/UserError.js';
import { csvRecords } from '../../results/csvRecords.js';
import { CALIBRATION_RECORD, type CalibrationRecord } from '../calibrate/CalibrationFolder.js';

const GUIDE =
  'Approximate Bayesian computation (ABC-SMC) keeps the parameter values whose simulations come close enough to the ' +
  'observed targets. Generation 0 samples the priors; each later generation proposes near the previous one and accepts ' +
  "a proposal when its distance to the targets (in units of each target's scale) is within the generation's tolerance. " +
  'The final generation\'s weighted particles are a sample from the posterior: what the parameters may be, given the ' +
  'targets, the priors and the model.\n\n' +
  'q05 and q95 bound the 90% credible interval. A posterior as wide as its prior means the targets say little about that ' +
  'parameter. The effective sample size (ESS) says how many equally weighted particles the population is worth; the ' +
  'acceptance rate falling towards 0 means the tolerance is near what the model can reach. The posterior predictive check ' +
  'simulates the model again at particles drawn from the posterior: an observed value outside the 90% predictive ' +
  'interval is a target the calibrated model does not reproduce (docs/calibration.md).';

/**
 * True when `dir` holds a calibration's results (`calibration.json`), which `collabsim report`
 * then reports with `calibrationReport` instead of as a sweep.
 *
 * @example
 * isCalibrationFolder('results/cal'); // true
 */
export function isCalibrationFolder(dir: string): boolean {
  return existsSync(join(dir, CALIBRATION_RECORD));
}

/**
 * The report of a finished calibration folder, ready for `renderHtmlReport`: what was fitted
 * to what, how to read it, the posterior (table and marginal densities beside the priors),
 * the pairs of parameters, the generations (table and tolerance chart) and the posterior
 * predictive check. Reads only the folder's files; the same folder gives the same bytes.
 *
 * @example
 * const html = renderHtmlReport(calibrationReport('results/cal'));
 */
export function calibrationReport(dir: string): HtmlReport {
  const record = JSON.parse(readFileSync(join(dir, CALIBRATION_RECORD), 'utf8')) as CalibrationRecord;
  const c = record.calibration;
  const source = c.experiment.source;
  const what = source.kind === 'scenario' ? `scenario ${source.scenario}` : source.kind === 'model' ? `model ${source.model}` : `model ${source.export}`;
  const table = (name: string) => {
    const file = join(dir, name);
    if (!existsSync(file)) throw new UserError(`${file} not found: the calibration in ${dir} has not finished (resume it with collabsim calibrate --resume)`);
    const { columns, rows } = csvRecords(readFileSync(file, 'utf8'));
    return { columns, rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, cell(r[c])]))) };
  };
  const chart = (name: string): TopLevelSpec | undefined => {
    const file = join(dir, 'charts', `${name}.vl.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TopLevelSpec) : undefined;
  };
  const stop = existsSync(join(dir, 'stop.json')) ? (JSON.parse(readFileSync(join(dir, 'stop.json'), 'utf8')) as { stopReason: string }).stopReason : 'unknown';
  const setup =
    `Fitted ${c.parameters.map((p) => `${p.name} (${p.prior.prior} prior on [${p.prior.range.join(', ')}])`).join(', ')} of ${what} ` +
    `to ${c.targets.map((t) => `${t.metric} = ${t.observed} (scale ${t.scale})`).join(', ')}. ` +
    `Population ${c.population}, at most ${c.generations} generations, ${c.replications} simulation(s) per particle, seed ${c.seed}; stopped: ${stop}.`;
  const sections: ReportSection[] = [
    { heading: 'Calibration', text: `${setup}\n\n${GUIDE}` },
    { heading: 'Posterior', spec: chart('marginals'), table: table('posterior.csv') },
  ];
  const pairs = chart('pairs');
  if (pairs) sections.push({ heading: 'Pairs of parameters', text: 'Each dot is a particle of the final generation; a tilted cloud means two parameters trade off against each other (the targets fix a combination of them, not each).', spec: pairs });
  sections.push({ heading: 'Generations', spec: chart('tolerance'), table: table('generations.csv') });
  sections.push({ heading: 'Posterior predictive check', text: `The model simulated again at ${c.predictive} particles drawn from the posterior, with fresh seeds. inside: the observed value lies within the 90% predictive interval [q05, q95].`, table: table('predictive.csv') });
  return { title: `${c.name}: calibration of ${what}`, metadata: { seed: c.seed, version: record.collabsim, source: dir }, sections };
}

function cell(text: string | undefined): string | number | null {
  if (text === undefined || text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && /^[-+0-9.eE]+$/.test(text) ? n : text;
}
