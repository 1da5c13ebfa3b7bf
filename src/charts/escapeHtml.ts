/**
 * Escapes text for HTML element content and double- or single-quoted attribute values:
 * `&`, `<`, `>`, `"` and `'` become character references. Every string from data (partner
 * names, metric and factor names, titles) goes through it before it enters a report.
 *
 * @example
 * escapeHtml('<b>"Police" & co</b>'); // '&lt;b&gt;&quot;Police&quot; &amp; co&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
