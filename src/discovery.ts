/**
 * Scenario discovery: which combinations of factors make a network fail (docs/discovery.md).
 * `discover` runs PRIM (`prim`, exported on its own from the main entry point) on a sweep's
 * runs or any table, with resampling stability and feature scores; `primCovering` finds
 * boxes in sequence; `describeBox` reads a box in words; the three charts draw the trade-off,
 * a box's limits and a pairs scatter. The main entry point exports this module as the
 * namespace `discovery`.
 *
 * @example
 * import { discovery } from 'collabsim';
 * const data = await discovery.readDiscoveryTable('results/lhs', 'successRate');
 * const found = discovery.discover(data, { metric: 'successRate', below: 0.05 }, { seed: 1 });
 * console.log(discovery.describeBox(found.result.box, 'networks fail', 'runs'));
 */
export { PRIM_DEFAULTS, primSettings, type PrimOptions, type PrimResult, type FactorRange } from './analysis/discovery/prim.js';
export { primCovering, type PrimCoveringOptions } from './analysis/discovery/primCovering.js';
export type { PrimBox, FactorLimit } from './analysis/discovery/primBox.js';
export type { PrimSettings } from './analysis/discovery/findBox.js';
export { primObjective, PRIM_OBJECTIVES, type PrimObjective } from './analysis/discovery/primObjective.js';
export { primTable, type FactorType, type FactorColumns, type FactorRows, type PrimTable } from './analysis/discovery/primTable.js';
export { DiscoveryError } from './analysis/discovery/DiscoveryError.js';
export { resampleStability, type FactorStability, type ResampleOptions } from './analysis/discovery/resampleStability.js';
export { featureScores, type FeatureScore, type FeatureScoreOptions } from './analysis/discovery/featureScores.js';
export { discover, type DiscoverOptions, type Discovery } from './analysis/discovery/discover.js';
export { casesOfInterest, conditionText, meetsCondition, type DiscoveryCondition, type MetricCondition } from './analysis/discovery/casesOfInterest.js';
export type { DiscoveryData } from './analysis/discovery/discoveryData.js';
export { describeBox } from './analysis/discovery/describeBox.js';
export { readDiscoveryTable, type ReadDiscoveryOptions } from './analysis/results/readDiscoveryTable.js';
export { readDiscoveryCsv } from './analysis/results/readDiscoveryCsv.js';
export { readConditionFile } from './analysis/results/readConditionFile.js';
export { tradeoffChart, type TradeoffChartOptions } from './charts/tradeoffChart.js';
export { boxLimitsChart } from './charts/boxLimitsChart.js';
export { boxPairsChart, type BoxPairsChartOptions } from './charts/boxPairsChart.js';
