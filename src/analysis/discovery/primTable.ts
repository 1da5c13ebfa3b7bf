import { DiscoveryError } from './DiscoveryError.js';

/**
 * How PRIM treats a factor, as EMA Workbench does by column type: `real` factors are cut at
 * quantiles between values; `integer` factors are cut at whole values (EMA's "discrete
 * peel", so a cut never falls between two whole numbers); `categorical` factors are peeled
 * and pasted one category at a time.
 */
export type FactorType = 'real' | 'integer' | 'categorical';

/** A table of factors, column by column: name → values (numbers, or labels for categories). */
export type FactorColumns = Record<string, ArrayLike<number> | readonly (number | string)[]>;

/** A table of factors, row by row, as a sweep's rows or a parsed CSV give them. */
export type FactorRows = readonly Record<string, number | string>[];

/** One factor of a `PrimTable`: its values as numbers (category codes for categories). */
export interface PrimColumn {
  name: string;
  type: FactorType;
  /** Per row: the value, or for a categorical factor the index of its label in `categories`. */
  values: Float64Array;
  /** A categorical factor's labels, in order of first appearance; empty otherwise. */
  categories: string[];
}

/** Factors and outcome of the cases PRIM works on, checked and in one shape. */
export interface PrimTable {
  /** In the order given. */
  columns: PrimColumn[];
  /** Per row: 1 for a case of interest, 0 otherwise. */
  y: Uint8Array;
  /** Number of rows. */
  n: number;
  /** Number of cases of interest. */
  interest: number;
}

/**
 * Checks and converts PRIM's input: factors as columns (`{ x1: [...], x2: [...] }`) or rows
 * (`[{ x1, x2 }, ...]`), and per row whether it is a case of interest (booleans or 0/1).
 * A factor's type is taken from `types`, or inferred: any text value makes it categorical,
 * whole numbers only make it integer (as pandas reads a CSV column of whole numbers), else
 * real. Throws `DiscoveryError` for columns of unequal length, a missing or non-finite
 * number, an outcome other than 0/1, or a table without both kinds of case. Cost O(rows ·
 * factors).
 *
 * @example
 * const table = primTable({ x: [0.1, 0.5, 0.9], g: ['a', 'b', 'a'] }, [true, false, true]);
 * table.columns.map((c) => c.type); // ['real', 'categorical']
 * table.interest; // 2
 */
export function primTable(
  x: FactorColumns | FactorRows,
  y: ArrayLike<number | boolean>,
  types: Readonly<Record<string, FactorType>> = {},
): PrimTable {
  const columns = Array.isArray(x) ? rowsToColumns(x as FactorRows) : (x as FactorColumns);
  const names = Object.keys(columns);
  if (names.length === 0) throw new DiscoveryError('prim requires at least one factor');
  for (const name of Object.keys(types)) {
    if (!names.includes(name)) throw new DiscoveryError(`types names factor "${name}", which the table does not have`);
  }
  const n = y.length;
  const outcome = new Uint8Array(n);
  let interest = 0;
  for (let r = 0; r < n; r++) {
    const v = y[r];
    if (v === true || v === 1) outcome[r] = 1;
    else if (!(v === false || v === 0)) {
      throw new DiscoveryError(`y must hold 0 and 1 (or false and true); found ${JSON.stringify(v)} at row ${r}`);
    }
    interest += outcome[r];
  }
  if (n === 0) throw new DiscoveryError('prim requires at least one row');
  if (interest === 0) throw new DiscoveryError(`no case of interest among the ${n} rows; PRIM needs some`);
  if (interest === n) throw new DiscoveryError(`all ${n} rows are cases of interest; PRIM needs some that are not`);
  return {
    columns: names.map((name) => toColumn(name, columns[name], n, types[name])),
    y: outcome,
    n,
    interest,
  };
}

function rowsToColumns(rows: FactorRows): FactorColumns {
  const names = rows.length > 0 ? Object.keys(rows[0]) : [];
  return Object.fromEntries(names.map((name) => [name, rows.map((row) => row[name])]));
}

function toColumn(name: string, raw: ArrayLike<number | string>, n: number, given: FactorType | undefined): PrimColumn {
  if (raw.length !== n) {
    throw new DiscoveryError(`factor "${name}" has ${raw.length} values; y has ${n}`);
  }
  let text = false;
  let whole = true;
  for (let r = 0; r < n; r++) {
    const v = raw[r];
    if (typeof v === 'string') text = true;
    else if (!Number.isInteger(v)) whole = false;
  }
  const type = given ?? (text ? 'categorical' : whole ? 'integer' : 'real');
  const values = new Float64Array(n);
  const categories: string[] = [];
  if (type === 'categorical') {
    const codes = new Map<string, number>();
    for (let r = 0; r < n; r++) {
      const label = String(raw[r]);
      let code = codes.get(label);
      if (code === undefined) {
        code = categories.push(label) - 1;
        codes.set(label, code);
      }
      values[r] = code;
    }
    return { name, type, values, categories };
  }
  for (let r = 0; r < n; r++) {
    const v = raw[r];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new DiscoveryError(`factor "${name}" is ${type}; found ${JSON.stringify(v ?? null)} at row ${r}`);
    }
    if (type === 'integer' && !Number.isInteger(v)) {
      throw new DiscoveryError(`factor "${name}" is integer; found ${v} at row ${r}`);
    }
    values[r] = v;
  }
  return { name, type, values, categories };
}
