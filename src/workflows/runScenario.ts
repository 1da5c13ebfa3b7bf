import { loadMetricsModule } from '../experiment/loadMetricsModule.js';
import type { OwnMetricInfo } from '../experiment/types.js';
import { finishOwnMetrics } from '../model/metrics/finishOwnMetrics.js';
import { organisationObserver, type OrganisationWeekRow } from '../model/metrics/organisationObserver.js';
import { trustSnapshotObserver, type TrustSnapshotRow } from '../model/metrics/trustSnapshotObserver.js';
import type { SimulationResult } from '../model/simulate.js';
import { simulateObserved, type WeekObserver } from '../model/simulateObserved.js';
import type { Scenario } from '../scenario/types.js';

/** Options of `runScenario`. */
export interface RunScenarioOptions {
  seed: number;
  weeks?: number;
  /** Absolute path of an own metrics module; its metrics join the summary. */
  metricsModule?: string;
  /** Collect one row per organisation and week. */
  perOrganisation?: boolean;
  /** Weeks at which to copy the trust matrix. */
  trustSnapshots?: readonly number[];
}

/** A single run with what was asked besides the summary. */
export interface ScenarioRun {
  result: SimulationResult;
  /** The own metrics (name, unit, description), in the module's order; empty without a module. */
  ownMetrics: OwnMetricInfo[];
  organisations?: OrganisationWeekRow[];
  trust?: TrustSnapshotRow[];
}

/**
 * One run of a scenario, as `collabsim run` makes it: `simulate` with the observers asked
 * for — own metrics from a module (`loadMetricsModule`; their values join the summary, and a
 * non-finite one throws naming the metric), per-organisation weekly rows and trust-matrix
 * snapshots. The observers only read the state, so the run, its weekly rows and built-in
 * summary are the same as `simulate`'s.
 *
 * @example
 * const { organisations } = await runScenario(loadPreset('safety-house'), { seed: 1, weeks: 8, perOrganisation: true });
 */
export async function runScenario(scenario: Scenario, options: RunScenarioOptions): Promise<ScenarioRun> {
  const metrics = options.metricsModule === undefined ? [] : await loadMetricsModule(options.metricsModule);
  const observers = metrics.map((m) => m.observer());
  const orgs = options.perOrganisation ? organisationObserver() : undefined;
  const trust = options.trustSnapshots ? trustSnapshotObserver(options.trustSnapshots) : undefined;
  const all: WeekObserver[] = [...observers, ...(orgs ? [orgs] : []), ...(trust ? [trust] : [])];
  const { state, ...result } = simulateObserved(scenario, { seed: options.seed, weeks: options.weeks }, all);
  const own = finishOwnMetrics(metrics, observers, state);
  return {
    result: { ...result, summary: { ...result.summary, ...own } },
    ownMetrics: metrics.map(({ name, unit, description }) => ({ name, unit, description })),
    ...(orgs ? { organisations: orgs.rows } : {}),
    ...(trust ? { trust: trust.rows } : {}),
  };
}
