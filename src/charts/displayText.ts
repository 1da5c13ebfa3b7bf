/**
 * Makes a string from data safe to show as a chart label: control characters and the
 * Unicode line and paragraph separators (U+2028, U+2029) become spaces. Vega's expression
 * parser rejects U+2028 inside the sort expressions Vega-Lite builds from labels, so a
 * partner name containing it would otherwise break the whole chart.
 *
 * @example
 * displayText('Youth\u2028Care'); // 'Youth Care'
 */
export function displayText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
}
