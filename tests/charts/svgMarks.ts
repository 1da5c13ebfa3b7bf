/**
 * Counts the items of the data marks of one Vega mark type in an SVG from `renderSvg`:
 * the elements inside every `<g class="mark-<type> role-mark …">` group (axes, legends
 * and titles have other roles and are not counted). A line or area series is one item.
 */
export function countMarks(svg: string, type: 'rect' | 'line' | 'area' | 'rule' | 'symbol' | 'text'): number {
  let count = 0;
  for (const match of svg.matchAll(new RegExp(`<g class="mark-${type} role-mark[^"]*"[^>]*>`, 'g'))) {
    const start = match.index! + match[0].length;
    const group = svg.slice(start, svg.indexOf('</g>', start));
    count += (group.match(/<(path|line|text|rect|circle)\b/g) ?? []).length;
  }
  return count;
}

/** The visible text of all `<text>` elements in a Vega SVG. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}
