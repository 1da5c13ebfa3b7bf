/** The charts `chartFromResults` (and `collabsim plot --chart`) can draw from a results folder. */
export const CHART_KINDS = ['timeseries', 'effects', 'sobol', 'morris', 'heatmap', 'distribution', 'trust'] as const;

/** One of `CHART_KINDS`. */
export type ChartKind = (typeof CHART_KINDS)[number];
