import type { PathSegment } from './ScenarioProblem.js';

/** A key written twice in one JSON object, where its second copy is. */
export interface DuplicateKey {
  /** The path of the repeated key (its object's path and the key). */
  path: PathSegment[];
  /** Offset of the second copy in the text. */
  offset: number;
}

/** One open object or array while scanning. */
type Open = { kind: 'object'; path: PathSegment[]; keys: Set<string>; expectKey: boolean; key?: string } | { kind: 'array'; path: PathSegment[]; index: number };

/**
 * Every key written more than once in an object of a JSON text that `JSON.parse` accepted.
 * `JSON.parse` keeps the last copy silently, so `{"weeks": 52, "weeks": 5}` would run five
 * weeks without a word; a YAML file with the same mistake is refused ("map keys must be
 * unique"), and JSON files are held to the same rule. One pass over the text, no recursion.
 *
 * @example
 * findJsonDuplicateKeys('{"a": {"b": 1, "b": 2}}'); // [{ path: ['a', 'b'], offset: 15 }]
 */
export function findJsonDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Open[] = [];
  /** The path of the value that starts next. */
  const valuePath = (): PathSegment[] => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    return top.kind === 'array' ? [...top.path, top.index] : [...top.path, top.key ?? ''];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) found.push({ path: [...top.path, key], offset: start });
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
    } else if (c === '{') {
      stack.push({ kind: 'object', path: valuePath(), keys: new Set(), expectKey: true });
    } else if (c === '[') {
      stack.push({ kind: 'array', path: valuePath(), index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.index++;
    }
  }
  return found;
}
