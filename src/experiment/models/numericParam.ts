/**
 * Reads a numeric model parameter, with a clear error when it is missing or not a number.
 *
 * @example
 * numericParam('ishigami', { x1: 0.5 }, 'x1'); // 0.5
 */
export function numericParam(
  model: string,
  params: Record<string, number | string>,
  name: string,
): number {
  const value = params[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${model} model requires a finite number for ${name}, got ${String(value)}`);
  }
  return value;
}

/**
 * Reads a numeric-array constant, or returns the default when it is absent.
 *
 * @example
 * numberArrayConstant('linear', { c: [1, 2] }, 'c', [1]); // [1, 2]
 */
export function numberArrayConstant(
  model: string,
  constants: Record<string, unknown> | undefined,
  name: string,
  fallback: number[],
): number[] {
  const value = constants?.[name];
  if (value === undefined) return fallback;
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((v) => typeof v === 'number' && Number.isFinite(v))
  ) {
    throw new Error(`${model} model constant ${name} must be a non-empty array of numbers`);
  }
  return value as number[];
}

/**
 * Reads a numeric constant, or returns the default when it is absent.
 *
 * @example
 * numberConstant('ishigami', { a: 7 }, 'a', 7); // 7
 */
export function numberConstant(
  model: string,
  constants: Record<string, unknown> | undefined,
  name: string,
  fallback: number,
): number {
  const value = constants?.[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${model} model constant ${name} must be a finite number, got ${String(value)}`);
  }
  return value;
}
