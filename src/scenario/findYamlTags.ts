import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { PathSegment } from './ScenarioProblem.js';

/** The YAML 1.2 core tags of plain data: text, numbers, true/false, null, mappings and lists. */
const PLAIN_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

/** A tag that is not plain data, where it is written. */
export interface TagFound {
  /** As written in short form: `!!omap`, `!custom`. */
  tag: string;
  path: PathSegment[];
  /** Offset of the tagged node in the text. */
  offset: number;
}

/**
 * Every explicit tag in a parsed YAML document that is not one of the core tags of plain
 * data. The yaml library resolves YAML 1.1 tags (`!!omap`, `!!set`, `!!pairs`, `!!binary`,
 * `!!timestamp`) even under the core schema, into values a scenario cannot hold (an ordered
 * map becomes `{}` and its values are silently dropped), so they are refused like any custom
 * tag. Keys are checked too. Cost: one visit per node.
 *
 * @example
 * findYamlTags(parseDocument('preconditions: !!omap [manpower: 0]'));
 * // [{ tag: '!!omap', path: ['preconditions'], offset: 22 }]
 */
export function findYamlTags(document: Document): TagFound[] {
  const found: TagFound[] = [];
  const stack: Array<{ node: unknown; path: PathSegment[] }> = [{ node: document.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (!node || isAlias(node)) continue;
    const tag = (node as Node).tag;
    if (tag !== undefined && !PLAIN_TAGS.has(tag)) {
      found.push({ tag: tag.replace(/^tag:yaml\.org,2002:/, '!!'), path, offset: (node as Node).range?.[0] ?? 0 });
    }
    const children: Array<{ node: unknown; path: PathSegment[] }> = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        children.push({ node: pair.key, path }, { node: pair.value, path: [...path, key] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        // A pair in a list is a one-key mapping written in short form (`[a: 1]`).
        if (isPair(item)) children.push({ node: item.key, path: [...path, i] }, { node: item.value, path: [...path, i] });
        else children.push({ node: item, path: [...path, i] });
      });
    }
    stack.push(...children.reverse());
  }
  return found;
}
