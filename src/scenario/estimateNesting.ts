/**
 * An upper estimate of how deeply a YAML or JSON text nests, read from the text alone so that
 * a pathological file can be refused before a parser recurses into it (the yaml library
 * exhausts memory on a few thousand nested brackets). Each level of block nesting needs at
 * least one column of indentation or one `- `/`? ` indicator, and each flow level one `[` or
 * `{` outside quotes and comments; the estimate adds them up. Cost O(length of the text).
 *
 * @example
 * estimateNesting('a: [[1], {b: 2}]'); // 2
 */
export function estimateNesting(text: string): number {
  let max = 0;
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let lineStart = true;
  let indent = 0;
  let indicators = 0;
  let previous = '\n';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      indicators = 0;
      previous = c;
      continue;
    }
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = null;
    } else if (quote === "'") {
      if (c === "'") quote = null;
    } else if (lineStart && c === ' ') {
      indent++;
    } else if (lineStart && (c === '-' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n')) {
      indicators++;
    } else if (c === '#' && /\s/.test(previous)) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else {
      lineStart = false;
      if (c === '"') quote = '"';
      else if (c === "'" && /[\s[{,:]/.test(previous)) quote = "'";
      else if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    if (c !== ' ' || !lineStart) previous = c;
    max = Math.max(max, indent + indicators + flow);
  }
  return max;
}
