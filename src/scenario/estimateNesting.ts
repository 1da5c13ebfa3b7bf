/**
 * An upper estimate of how deeply a YAML or JSON text nests, read from the text alone so that
 * a pathological file can be refused before a parser recurses into it (the yaml library
 * exhausts memory on a few thousand nested brackets). Each level of block nesting needs at
 * least one column of indentation or one `- `/`? ` indicator, and each flow level one `[` or
 * `{` outside quotes and comments; the estimate adds them up. Cost O(length of the text).
 *
 * Quotes must not hide nesting from the estimate, because a parser may not read them as
 * quotes (`[a"[[[…` is a plain scalar `a"` followed by nested lists). So a quote opens only
 * where YAML and JSON can start a quoted scalar (at the start of a token: after white space,
 * `[`, `{`, `,`, or after the `:` of a quoted key as in `{"a":"b"}`), `''` inside single
 * quotes is an escaped quote, and the `[`/`{` inside a quote still count for as long as the
 * quote lasts: a quote that never closes cannot hide what follows it.
 *
 * @example
 * estimateNesting('a: [[1], {b: 2}]'); // 2
 * estimateNesting('a: [b"' + '['.repeat(1000)); // 1001
 */
export function estimateNesting(text: string): number {
  let max = 0;
  let flow = 0;
  let quote: '"' | "'" | null = null;
  /** Openers inside the current quote: counted while it lasts, forgotten when it closes. */
  let quoted = 0;
  let lineStart = true;
  let indent = 0;
  let indicators = 0;
  let previous = '\n';
  let beforePrevious = '\n';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      indicators = 0;
      beforePrevious = previous;
      previous = c;
      continue;
    }
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = null;
      else if (c === '[' || c === '{') quoted++;
      if (quote === null) quoted = 0;
    } else if (quote === "'") {
      if (c === "'" && text[i + 1] === "'") i++;
      else if (c === "'") quote = null;
      else if (c === '[' || c === '{') quoted++;
      if (quote === null) quoted = 0;
    } else if (lineStart && c === ' ') {
      indent++;
    } else if (lineStart && (c === '-' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n')) {
      indicators++;
    } else if (c === '#' && /\s/.test(previous)) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else {
      lineStart = false;
      if ((c === '"' || c === "'") && startsToken(previous, beforePrevious)) quote = c;
      else if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    if (c !== ' ' || !lineStart) {
      beforePrevious = previous;
      previous = c;
    }
    max = Math.max(max, indent + indicators + flow + quoted);
  }
  return max;
}

/** Whether a quote after these two characters starts a quoted scalar (YAML 1.2, JSON). */
function startsToken(previous: string, beforePrevious: string): boolean {
  if (/[\s[{,]/.test(previous)) return true;
  return previous === ':' && /["'\]}]/.test(beforePrevious);
}
