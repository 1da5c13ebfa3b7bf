import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../src/analysis/studentTQuantile.js';
import { studentTCdf } from '../../src/analysis/studentTCdf.js';
import { normalQuantile } from '../../src/analysis/normalQuantile.js';
import { regularizedIncompleteBeta } from '../../src/analysis/regularizedIncompleteBeta.js';
import { logGamma } from '../../src/analysis/logGamma.js';

describe('studentTQuantile', () => {
  it('matches the printed t table (Fisher & Yates; any statistics textbook), 3 decimals', () => {
    const table: [number, number, number][] = [
      [0.975, 1, 12.706],
      [0.975, 2, 4.303],
      [0.975, 9, 2.262],
      [0.975, 29, 2.045],
      [0.975, 120, 1.98],
      [0.995, 4, 4.604],
      [0.95, 10, 1.812],
      [0.9, 5, 1.476],
    ];
    for (const [p, df, t] of table) expect(studentTQuantile(p, df)).toBeCloseTo(t, 3);
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.96, 3);
  });

  it('matches R qt() to 12 significant digits', () => {
    // R: qt(0.975, 1); qt(0.975, 9); qt(0.975, 29); qt(0.995, 2)
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062047361747, 11);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.26215716279820, 12);
    expect(studentTQuantile(0.975, 29)).toBeCloseTo(2.04522964213270, 12);
    expect(studentTQuantile(0.995, 2)).toBeCloseTo(9.92484320091829, 11);
  });

  it('is antisymmetric and inverts the CDF, also for fractional df', () => {
    for (const df of [0.5, 1, 3.5, 17, 250, 5e4]) {
      for (const p of [1e-8, 0.01, 0.3, 0.7, 0.999]) {
        const t = studentTQuantile(p, df);
        expect(Math.abs(studentTQuantile(1 - p, df) + t)).toBeLessThanOrEqual(1e-7 * Math.abs(t)); // 1 − p itself is rounded
        expect(Math.abs(studentTCdf(t, df) - p)).toBeLessThanOrEqual(1e-11 * Math.max(p, 1e-3));
      }
    }
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(1, 3)).toBe(Infinity);
  });

  it('rejects bad arguments', () => {
    expect(() => studentTQuantile(1.5, 3)).toThrow('studentTQuantile requires p from 0 to 1, got 1.5');
    expect(() => studentTQuantile(0.5, 0)).toThrow('studentTQuantile requires positive degrees of freedom, got 0');
  });
});

describe('special functions', () => {
  it('normalQuantile matches R qnorm()', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.95996398454005, 13);
    expect(normalQuantile(0.999)).toBeCloseTo(3.09023230616781, 13);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.36134090240406, 12);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('regularizedIncompleteBeta matches closed forms', () => {
    // I_x(2, 3) = 6x² − 8x³ + 3x⁴ ; I_x(½, ½) = (2/π) asin √x
    expect(regularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(0.6875, 14);
    expect(regularizedIncompleteBeta(0.2, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(0.2)), 14);
    expect(regularizedIncompleteBeta(0.9, 2, 3)).toBeCloseTo(6 * 0.81 - 8 * 0.729 + 3 * 0.6561, 14);
  });

  it('logGamma matches factorials and Γ(½) = √π', () => {
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(0.1)).toBeCloseTo(2.25271265173421, 12); // R: lgamma(0.1)
  });
});
