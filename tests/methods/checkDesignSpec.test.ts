import { describe, expect, it } from 'vitest';
import type { DesignSpec, Factor, RangeFactor } from '../../src/experiment/designs/types.js';
import { checkDesignSpec, generateDesign } from '../../src/methods/generateDesign.js';
import { DESIGN_METHODS } from '../../src/methods/registry.js';

const unit = (name: string): RangeFactor => ({ kind: 'range', name, low: 0, high: 1 });
const region: Factor = { kind: 'values', name: 'region', values: ['north', 'south'] };
const many = Array.from({ length: 30 }, (_, i) => unit(`f${i}`));

/** What `act` throws, or null when it returns. */
function errorOf(act: () => unknown): string | null {
  try {
    act();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('checkDesignSpec: the errors of generateDesign, without drawing where the method can', () => {
  const cases: [string, DesignSpec, Factor[]][] = [
    ['lhs', { method: 'lhs', samples: 20 }, [unit('a'), unit('b')]],
    ['lhs, 0 samples', { method: 'lhs', samples: 0 }, [unit('a')]],
    ['lhs, 2.5 samples', { method: 'lhs', samples: 2.5 }, [unit('a')]],
    ['lhs, a factor of values', { method: 'lhs', samples: 4 }, [unit('a'), region]],
    ['lhs, past the size limit', { method: 'lhs', samples: 2_000_000 }, [unit('a')]],
    ['sobol', { method: 'sobol', samples: 64 }, [unit('a'), unit('b')]],
    ['sobol, not a power of two', { method: 'sobol', samples: 1000 }, [unit('a')]],
    ['sobol, a factor of values', { method: 'sobol', samples: 64 }, [unit('a'), region]],
    ['sobol, with a dummy', { method: 'sobol', samples: 64, dummy: true }, [unit('a')]],
    ['sobol, dummy not a boolean', { method: 'sobol', samples: 64, dummy: 'yes' as unknown as boolean }, [unit('a')]],
    ['sobol, a factor named dummy', { method: 'sobol', samples: 64, dummy: true }, [unit('dummy')]],
    ['sobol, too many factors with the dummy', { method: 'sobol', samples: 2, dummy: true }, [...many, ...many.map((f) => unit(`${f.name}b`))]],
    ['an unknown method', { method: 'sobl' } as unknown as DesignSpec, [unit('a')]],
    ['morris (drawn to check)', { method: 'morris', trajectories: 4, levels: 4 }, [unit('a')]],
    ['morris, odd levels (drawn to check)', { method: 'morris', trajectories: 4, levels: 3 }, [unit('a')]],
    ['grid, past the size limit', { method: 'grid', levels: 1e9 }, [unit('a')]],
  ];

  const valid = new Set(['lhs', 'sobol', 'sobol, with a dummy', 'sobol, too many factors with the dummy', 'morris (drawn to check)']);

  it.each(cases)('%s: the same error as generateDesign, or none', (name, spec, factors) => {
    const error = errorOf(() => checkDesignSpec(spec, factors, 1));
    expect(error).toBe(errorOf(() => generateDesign(spec, factors, 1)));
    if (valid.has(name)) expect(error).toBeNull();
    else expect(error).toMatch(/design|samples|dummy|limit/);
  });

  it('has a check step for the methods whose designs grow large (lhs, sobol)', () => {
    expect(typeof DESIGN_METHODS.lhs.check).toBe('function');
    expect(typeof DESIGN_METHODS.sobol.check).toBe('function');
  });
});
