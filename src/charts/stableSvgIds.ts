/**
 * Makes the element ids in a Vega SVG deterministic and unique per chart. Vega numbers
 * gradient and clip-path ids with process-wide counters (`gradient_7`, `clip12`), so the
 * same chart rendered twice differs, and two charts inlined in one page can clash. This
 * renames every `id` in order of appearance to `<hash>-<n>` (and its `url(#…)` and
 * `href="#…"` references), where `<hash>` is the 32-bit FNV-1a hash of the SVG with
 * sequential ids: equal charts get equal bytes, different charts different ids. O(length).
 *
 * @example
 * stableSvgIds('<svg><defs><clipPath id="clip9"/></defs><g clip-path="url(#clip9)"/></svg>');
 * // '<svg><defs><clipPath id="b10ee0df-0"/></defs><g clip-path="url(#b10ee0df-0)"/></svg>'
 */
export function stableSvgIds(svg: string): string {
  const ids = [...new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))];
  if (ids.length === 0) return svg;
  const rename = (names: (index: number) => string) => {
    const map = new Map(ids.map((id, i) => [id, names(i)]));
    return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (whole, lead: string, id: string) =>
      map.has(id) ? lead + map.get(id)! : whole,
    );
  };
  const prefix = fnv1a(rename((i) => `id-${i}`));
  return rename((i) => `${prefix}-${i}`);
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
