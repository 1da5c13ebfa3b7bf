import { conditionMetrics, conditionText, meetsCondition, type DiscoveryCondition } from '../../analysis/discovery/casesOfInterest.js';
import type { FeatureScore } from '../../analysis/discovery/featureScores.js';
import type { FactorRange } from '../../analysis/discovery/prim.js';
import type { PrimBox } from '../../analysis/discovery/primBox.js';
import type { FactorStability } from '../../analysis/discovery/resampleStability.js';
import { boxLimitsChart } from '../../charts/boxLimitsChart.js';
import { boxPairsChart } from '../../charts/boxPairsChart.js';
import type { ChartMetadata } from '../../charts/chartMetadata.js';
import type { ReportSection } from '../../charts/renderHtmlReport.js';
import { tradeoffChart } from '../../charts/tradeoffChart.js';
import type { SweepFolder } from '../../results/ResultsFolder.js';
import { readSavedDiscovery } from '../../results/readSavedDiscovery.js';

/** What `collabsim discover` wrote into `<results>/discovery/` (trajectory.json and box.json). */
interface SavedDiscovery {
  condition: DiscoveryCondition;
  cases: 'separate' | 'averaged' | 'rows';
  settings: { objective: string; peelAlpha: number; pasteAlpha: number; massMin: number };
  factors: FactorRange[];
  chosen: number;
  trajectory: PrimBox[];
  reading: string;
  stability: FactorStability[];
  scores: FeatureScore[];
}

const GUIDE =
  'Scenario discovery asks which combinations of factor values make the cases of interest likely. ' +
  'PRIM (Friedman & Fisher 1999; as in EMA Workbench) starts from all cases and again and again peels off the ' +
  "thin slice of one factor's range whose removal most raises the share of cases of interest in what is left; " +
  'then it pastes back slices that help. Every step gives a box: a range per factor.\n\n' +
  'Coverage is the share of all cases of interest that fall in the box; density is the share of the cases in the ' +
  'box that are of interest. Peeling trades coverage for density, so the trade-off chart shows every box: ' +
  'up and to the right is better, and a box with fewer restricted factors is an easier story to tell. ' +
  'Each limit has a quasi-p-value (Bryant & Lempert 2010): the chance of a density this high in the box without ' +
  'that limit. Below 0.05 the limit earns its place; above about 0.1 it may be noise and can be dropped. ' +
  'Resampling stability says how often PRIM, run again on half of the cases, restricts each factor near this box.';

/**
 * The "Scenario discovery" sections of a sweep's report, from what `collabsim discover` saved
 * in `<results>/discovery/`: a reading guide in plain words with the chosen box read out and
 * the trade-off chart, then the box's limits (chart and table with quasi-p-values,
 * resampling stability and feature scores) and a scatter of the runs over the two restricted
 * factors the feature scores rank highest, with the box drawn. No sections when the folder
 * has no discovery (run `collabsim discover` first).
 *
 * @example
 * discoverySections(readSweepFolder('results/lhs')); // [{ heading: 'Scenario discovery', … }, …]
 */
export function discoverySections(sweep: SweepFolder, metadata: ChartMetadata = {}): ReportSection[] {
  const found = readSavedDiscovery(sweep.dir);
  if (found === null) return [];
  const saved = found as unknown as SavedDiscovery;
  const box = saved.trajectory[saved.chosen];
  const condition = conditionText(saved.condition);
  const cases = saved.cases === 'averaged' ? 'design points (each the mean over its replications)' : 'runs (replications as separate cases)';
  const sections: ReportSection[] = [
    {
      heading: 'Scenario discovery',
      text:
        `${GUIDE}\n\nHere the cases of interest are the ${cases} with ${condition}. ` +
        `PRIM settings: objective ${saved.settings.objective}, peelAlpha ${saved.settings.peelAlpha}, pasteAlpha ${saved.settings.pasteAlpha}, massMin ${saved.settings.massMin}; ` +
        `box ${saved.chosen} of ${saved.trajectory.length} is inspected.\n\nIn plain words: ${saved.reading}.`,
      spec: tradeoffChart(saved.trajectory, { chosen: saved.chosen, metadata }),
    },
    {
      heading: `Scenario discovery: box ${saved.chosen}`,
      text:
        'The box on each factor it restricts, as a share of the range the sweep sampled, with the limits and their quasi-p-values. ' +
        'The table lists every factor (unrestricted ones over their whole range), how often resampled PRIM restricted it, and its extra-trees feature score ' +
        '(the share of the separating power of all factors, looking at the whole space rather than one box).',
      spec: boxLimitsChart(box, saved.factors, { metadata }),
      table: {
        columns: ['factor', 'low', 'high', 'qp low', 'qp high', 'restricted in resamples (coverage / density)', 'feature score'],
        rows: box.limits.map((l) => ({
          factor: l.factor,
          low: l.categories ? l.categories.join(', ') : l.low!,
          high: l.categories ? '' : l.high!,
          'qp low': l.qpLow ?? '',
          'qp high': l.qpHigh ?? '',
          'restricted in resamples (coverage / density)': stabilityText(saved.stability.find((s) => s.factor === l.factor)),
          'feature score': saved.scores.find((s) => s.factor === l.factor)?.score ?? '',
        })),
      },
    },
  ];
  const pair = strongestPair(box, saved.scores);
  if (pair !== undefined) {
    const metrics = conditionMetrics(saved.condition);
    const runs = sweep.runs.filter((r) => r.status === 'ok' && metrics.every((m) => typeof r[m] === 'number' && Number.isFinite(r[m])));
    const interest = runs.map((r) => meetsCondition(saved.condition, (m) => r[m] as number));
    sections.push({
      heading: `Scenario discovery: ${pair[0]} and ${pair[1]}`,
      text:
        `Every finished run over the two restricted factors with the highest feature scores, runs with ${condition} in orange, and the box's limits on these two factors as a rectangle. ` +
        'The box also limits the other restricted factors, so some blue runs inside the rectangle are expected.',
      spec: boxPairsChart(
        { name: pair[0], values: runs.map((r) => r[pair[0]] as number) },
        { name: pair[1], values: runs.map((r) => r[pair[1]] as number) },
        interest,
        box,
        { interestLabel: condition, metadata },
      ),
    });
  }
  return sections;
}

/** The two numeric restricted factors with the highest feature scores (by quasi-p-value without scores). */
function strongestPair(box: PrimBox, scores: readonly FeatureScore[]): [string, string] | undefined {
  const numeric = box.limits.filter((l) => l.restricted && l.categories === null);
  if (numeric.length < 2) return undefined;
  const score = (name: string) => scores.find((s) => s.factor === name)?.score;
  const qp = (l: (typeof numeric)[number]) => Math.min(l.qpLow ?? 1, l.qpHigh ?? 1);
  const ranked = [...numeric].sort((a, b) => (score(b.factor) ?? 0) - (score(a.factor) ?? 0) || qp(a) - qp(b));
  return [ranked[0].factor, ranked[1].factor];
}

function stabilityText(s: FactorStability | undefined): string {
  return s === undefined ? '' : `${Math.round(s.reproduceCoverage * 100)}% / ${Math.round(s.reproduceDensity * 100)}%`;
}
