/**
 * The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"): eight colours that
 * stay distinguishable for the common forms of colour-vision deficiency. Ordered here for
 * lines and points on white: strong colours first, yellow late (low contrast on white).
 * Used for unordered categories (scenarios, named levels); ordered levels use viridis.
 *
 * @example
 * okabeIto[0]; // '#0072B2' (blue)
 */
export const okabeIto: readonly string[] = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#000000', // black
  '#F0E442', // yellow
];
