import type { Design, DesignSpec, Factor } from '../experiment/designs/types.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { createRng, type Rng } from '../random/rng.js';
import { checkDesignSize } from './checkDesignSize.js';
import type { DesignMethodRoom } from './DesignMethodRoom.js';
import { designMethod, DESIGN_METHODS } from './registry.js';

/**
 * Generates the design a spec asks for, with the room of its method (`DESIGN_METHODS`).
 * Random designs (lhs, sobol with scrambling, morris) draw from
 * `createRng(deriveSeed(seed, 0))`, so the same spec, factors and seed always give the same
 * points. The factors are validated first; errors name the method and factor. The design's
 * size is estimated from the spec before anything is drawn and a design larger than
 * `DESIGN_LIMITS` is refused (`checkDesignSize`).
 *
 * @example
 * generateDesign({ method: 'lhs', samples: 20 }, factors, 42).points.length; // 20
 * generateDesign({ method: 'sobol', samples: 1000 }, factors, 1);
 * // throws "sobol design requires samples to be a power of two, got 1000"
 * generateDesign({ method: 'grid', levels: 1e9 }, factors, 1);
 * // throws "the grid design would have 1,000,000,000 design points (...), more than the limit of 1,000,000; ..."
 */
export function generateDesign(spec: DesignSpec, factors: Factor[], seed: number): Design {
  return checkedMethod(spec, factors).generate(spec, factors, designRng(seed));
}

/**
 * Throws what `generateDesign` would throw for a spec and factors, drawing nothing when the
 * method can check without drawing (its room's `check`: lhs and sobol, the designs that grow
 * large); otherwise it draws the design with `seed` and drops it.
 *
 * @example
 * checkDesignSpec({ method: 'sobol', samples: 1000 }, factors, 1);
 * // throws "sobol design requires samples to be a power of two, got 1000"
 */
export function checkDesignSpec(spec: DesignSpec, factors: Factor[], seed: number): void {
  const method = checkedMethod(spec, factors);
  if (method.check) method.check(spec, factors);
  else method.generate(spec, factors, designRng(seed));
}

/** The random stream a design draws from: `createRng(deriveSeed(seed, 0))`, made when asked. */
function designRng(seed: number): () => Rng {
  return () => createRng(deriveSeed(seed, 0));
}

/** The room of the spec's method, once the method is known and the design's size within the limits. */
function checkedMethod(spec: DesignSpec, factors: Factor[]): DesignMethodRoom {
  if (!Object.hasOwn(DESIGN_METHODS, spec.method)) {
    throw new Error(
      `design method must be one of ${Object.keys(DESIGN_METHODS).join(', ')}, got ${String((spec as { method: unknown }).method)}`,
    );
  }
  const tooLarge = checkDesignSize(spec, factors);
  if (tooLarge !== null) throw new Error(tooLarge);
  return designMethod(spec.method);
}
