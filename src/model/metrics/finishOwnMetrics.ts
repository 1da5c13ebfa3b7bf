import { ownMetricMessages } from '../../errors/messages.js';
import type { SimulationState } from '../state/SimulationState.js';
import type { OwnMetric, OwnMetricObserver } from './OwnMetric.js';

/**
 * The own metrics' values at the end of a run, by name, from their observers (started with
 * `metric.observer()` before the run, in the same order). A value that is not a finite
 * number throws, naming the metric, so the run is marked failed with that message.
 *
 * @example
 * const observers = metrics.map((m) => m.observer());
 * const { state } = simulateObserved(scenario, { seed }, observers);
 * finishOwnMetrics(metrics, observers, state); // { peakBacklog: 12 }
 */
export function finishOwnMetrics(
  metrics: readonly OwnMetric[],
  observers: readonly OwnMetricObserver[],
  state: SimulationState,
): Record<string, number> {
  const values: Record<string, number> = {};
  metrics.forEach((metric, i) => {
    const value = observers[i].finish(state);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(ownMetricMessages.notFinite(metric.name, value));
    }
    values[metric.name] = value;
  });
  return values;
}
