/**
 * Serialises a value as JSON that is safe inside an HTML `<script>` element: `<`, `>`
 * and `&` become `\u003c`, `\u003e`, `\u0026` (so data cannot close the script or open a
 * comment), and U+2028/U+2029 become escapes (they end lines in older JavaScript).
 * The result is still valid JSON and parses back to the same value.
 *
 * @example
 * jsonForScript({ name: '</script><b>' }); // '{"name":"\\u003c/script\\u003e\\u003cb\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
