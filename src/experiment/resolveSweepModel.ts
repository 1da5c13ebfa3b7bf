import { pathToFileURL } from 'node:url';
import { getBuiltinModel } from './models/builtinModels.js';
import type { SweepModel } from './models/types.js';
import type { ExperimentSource } from './types.js';

/**
 * Finds the `SweepModel` of a model experiment: a built-in model by name, or the named export
 * of a user's ES module (any object `{ name, factors, outputs, run(params, rng, constants) }`).
 *
 * @example
 * (await resolveSweepModel({ kind: 'model', model: 'ishigami', constants: {} })).outputs; // ['y']
 */
export async function resolveSweepModel(source: ExperimentSource): Promise<SweepModel> {
  if (source.kind === 'model') return getBuiltinModel(source.model);
  if (source.kind === 'module') {
    const url = source.module.startsWith('file:') ? source.module : pathToFileURL(source.module).href;
    const loaded = (await import(url)) as Record<string, unknown>;
    const model = loaded[source.export] as SweepModel | undefined;
    if (!model || typeof model.run !== 'function' || !Array.isArray(model.outputs)) {
      throw new Error(`module ${source.module} has no sweep model export ${source.export}`);
    }
    return model;
  }
  throw new Error('scenario experiments have no sweep model');
}
