/**
 * The experiment file's types: the single source of `schema/experiment.schema.json`
 * (`npx tsx scripts/generateExperimentSchema.ts`) and of `docs/experiments.md`.
 *
 * An experiment sweeps factors of a scenario (or of a built-in test model) over a design,
 * runs each design point `replications` times with seeds derived from one root seed, and
 * writes one flat row per run.
 */
import type { DesignSpec, DesignPoint, Factor, FactorValue } from './designs/types.js';
import type { Scenario, ScenarioEvent } from '../scenario/types.js';

/** A range factor written as `[low, high]`. */
export type FactorRangePair = [number, number];

/** A range factor written as an object, with an optional rounding to whole numbers. */
export interface FactorRangeObject {
  /** Lowest value, in the factor's unit. */
  low: number;
  /** Highest value (inclusive). */
  high: number;
  /** Round sampled values to whole numbers (counts such as staff). Default false. */
  integer?: boolean;
}

/** A categorical factor: one of the listed values (for grid and list designs). */
export interface FactorValuesObject {
  /** @minItems 1 */
  values: (number | string)[];
}

/** How one factor varies: `[low, high]`, `{ low, high, integer }` or `{ values: [...] }`. */
export type FactorSpec = FactorRangePair | FactorRangeObject | FactorValuesObject;

/** An experiment file. Either `scenario` or `model` says what is run. */
export interface Experiment {
  /** Editor hint: the JSON Schema this file follows. Ignored. */
  $schema?: string;
  /** Short name of the experiment. Default: the file name without extension. */
  name?: string;
  /** What the experiment asks. */
  description?: string;
  /** A preset name (`safety-house`) or a scenario file path, relative to this file. */
  scenario?: string;
  /** A built-in test model instead of a scenario: `ishigami`, `sobol-g`, `linear` or `normal-mean`. */
  model?: string;
  /** Constants of the built-in model (`a`, `b` for ishigami; `a` for sobol-g; `c` for linear; `sigma`, `n` for normal-mean). */
  constants?: { [name: string]: number | number[] };
  /**
   * Horizon in weeks for scenario experiments. Default: the scenario's own `weeks`.
   * @minimum 1
   * @maximum 5200
   * @TJS-type integer
   */
  weeks?: number;
  /**
   * The root seed every run's seed is derived from.
   * @minimum 0
   * @maximum 4294967295
   * @default 1
   * @TJS-type integer
   */
  seed?: number;
  /**
   * Runs per design point, each with its own seed.
   * @minimum 1
   * @maximum 1000000
   * @default 1
   * @TJS-type integer
   */
  replications?: number;
  /**
   * Common random numbers: every design point sees the same random stream for the same
   * replicate (seed = hash(root, replicate)). `false` gives each point its own streams
   * (seed = hash(root, point, replicate)).
   * @default true
   */
  commonRandomNumbers?: boolean;
  /**
   * The design: `grid`, `oat`, `lhs`, `sobol`, `morris` or `list` with its options. Leave it
   * out, with `factors`, to run the scenario (or each variant) `replications` times.
   */
  design?: DesignSpec;
  /**
   * Factors by name: precondition names (`staffStability`), scenario paths
   * (`organisations[police].staff`, `network.form`) or the model's parameter names.
   * Default for models: the model's own factors and ranges.
   */
  factors?: { [name: string]: FactorSpec };
  /** Metrics to keep, in this order. Default: all summary metrics (or all model outputs). */
  metrics?: string[];
  /**
   * Named variants of the scenario, run as one categorical factor `variant` crossed with the
   * design and replications, with the same seeds in every variant (common random numbers).
   * Each is `{}` (the scenario as it is), a scenario file, or a patch of the scenario.
   */
  variants?: { [name: string]: VariantSpec };
  /** The variant the others are compared with in `analyze` and `compare`. Default: the first. */
  reference?: string;
  /**
   * What to do when a timeline event (or a variant's `set`) sets a path the design also
   * varies: `warn` (default: say so before running and record it) or `error` (refuse).
   * @default "warn"
   */
  onEventConflict?: 'warn' | 'error';
  /**
   * Longest time one run may take on a worker thread, in seconds; a run past it is stopped
   * and recorded as failed, and the sweep goes on. `--run-timeout` replaces it. Not applied
   * with `--workers 0` (runs in the main thread cannot be stopped). Not part of
   * `experiment.json`: it changes no result of a run that finishes in time.
   * @exclusiveMinimum 0
   * @default 600
   */
  runTimeout?: number;
  /**
   * A module of own metrics (path relative to this file): its default export is one metric
   * made with `defineMetric` or an array of them. Every own metric is kept, after `metrics`.
   * Scenario experiments only.
   */
  metricsModule?: string;
  /**
   * Keep weekly rows too (`weekly.parquet`): `true` for every week, a number N for every N-th
   * week. Scenario experiments only.
   * @default false
   */
  weekly?: boolean | number;
  /** Extra output of a scenario sweep: per-organisation rows, trust snapshots, weekly rows as CSV. */
  output?: ExperimentOutput;
}

/** Extra output of a scenario sweep, beside `runs.csv`. */
export interface ExperimentOutput {
  /** Write `organisations.csv` and `.parquet`: one row per run, week and organisation. */
  perOrganisation?: boolean;
  /**
   * Write `trust.csv` and `.parquet`: the trust matrix of every run at these weeks.
   * @minItems 1
   */
  trustSnapshots?: number[];
  /** Write the weekly rows as `weekly.csv` too (needs `weekly`). */
  weeklyCsv?: boolean;
}

/**
 * One variant of the experiment's scenario: optionally another scenario file, then a patch
 * applied in this order: remove inherited events by label, add events, set values.
 */
export interface VariantSpec {
  /** A scenario file (relative to the experiment file) or preset used instead of the experiment's. */
  scenario?: string;
  /** Labels of events of the scenario to leave out. */
  removeEvents?: string[];
  /** Events added to the scenario's timeline (kept sorted by week, added after equal weeks). */
  events?: ScenarioEvent[];
  /** Scenario path → value, set before the run (like `run --set`). */
  set?: { [path: string]: number | string };
}

/** A variant as normalised: its patch and the scenario it gives, events resolved. */
export interface NormalizedVariant {
  name: string;
  /** The scenario file or preset as written, or null for the experiment's scenario. */
  scenario: string | null;
  /** The variant's scenario file content (`extends` resolved), or null for the experiment's. */
  content: Scenario | null;
  removeEvents: string[];
  /** The events the variant adds. */
  addEvents: ScenarioEvent[];
  set: Record<string, number | string>;
  /** The variant's whole timeline after the patch, sorted by week: what its runs apply. */
  events: ScenarioEvent[];
}

/** An event that sets a path the design also varies (its value then overrides the factor's from `week` on). */
export interface EventConflict {
  /** The factor (or `variant` for a variant's own `set`). */
  factor: string;
  /** The scenario path both set. */
  path: string;
  /** The variant whose timeline holds the event, or null without variants. */
  variant: string | null;
  /** The event's label (or its index `events[i]` when it has none); null for a variant's `set`. */
  event: string | null;
  /** The event's week; null for a variant's `set` (which holds from week 1). */
  week: number | null;
}

/** What a sweep runs: a scenario with its content, or a built-in or user model. */
export type ExperimentSource =
  | {
      kind: 'scenario';
      /** The preset name or path as written in the experiment file. */
      scenario: string;
      /** The loaded scenario, `extends` resolved, so results do not depend on files changing later. */
      content: Scenario;
    }
  | {
      kind: 'model';
      /** Built-in model name. */
      model: string;
      constants: Record<string, number | number[]>;
    }
  | {
      kind: 'module';
      /** Absolute path or file URL of an ES module whose export is a `SweepModel`. */
      module: string;
      /** Export name. Default `default`. */
      export: string;
      constants: Record<string, number | number[]>;
    };

/** An experiment with every default filled in: what `experiment.json` stores and runs use. */
export interface NormalizedExperiment {
  name: string;
  description: string;
  source: ExperimentSource;
  /** Horizon for scenario experiments; null for models. */
  weeks: number | null;
  seed: number;
  replications: number;
  commonRandomNumbers: boolean;
  design: DesignSpec;
  factors: Factor[];
  /** Model parameters that are not swept, held at the middle of their range (or first value). */
  fixed: DesignPoint;
  metrics: string[];
  /** Metrics kept in weekly rows (empty when weekly rows are off). */
  weeklyMetrics: string[];
  /** Keep every N-th week in weekly rows; 0 = no weekly rows. */
  weeklyEvery: number;
  /**
   * The variants; absent without (so `experiment.json` of an experiment without variants is
   * unchanged). With variants the first factor is the categorical factor `variant`.
   */
  variants?: NormalizedVariant[];
  /** The reference variant; absent without variants. */
  reference?: string;
  /** Events (or variant settings) that set a path a factor varies; absent when there are none. */
  eventConflicts?: EventConflict[];
  /** Extra output (`output` of the file), when asked for. */
  output?: ExperimentOutput;
  /** Absolute path of the own metrics module, when the experiment names one. */
  metricsModule?: string;
  /**
   * The own metrics of `metricsModule` (also listed at the end of `metrics`), set once the
   * module is loaded and checked (`withOwnMetrics`).
   */
  ownMetrics?: OwnMetricInfo[];
}

/** What `experiment.json` records of an own metric: its name, unit and description. */
export interface OwnMetricInfo {
  name: string;
  unit: string;
  description: string;
}

/** One row of `runs.csv`, as `readRuns` returns it. */
export interface RunRow {
  run: number;
  point: number;
  replicate: number;
  seed: number;
  status: 'ok' | 'failed';
  /** Factor values by factor name. */
  factors: Record<string, FactorValue>;
  /** Metric values by metric name; null when the run failed or gave a non-finite value. */
  metrics: Record<string, number | null>;
  /** The error message of a failed run; null when it succeeded. */
  error: string | null;
}
