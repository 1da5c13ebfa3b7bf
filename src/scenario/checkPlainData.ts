import { describeValue } from './describeValue.js';
import { FORBIDDEN_KEYS, SCENARIO_LIMITS } from './limits.js';
import { scenarioMessages } from '../errors/messages.js';
import type { PathSegment, ValueProblem } from './ScenarioProblem.js';

/**
 * Checks that a parsed file is plain data a schema can judge: nesting no deeper than the
 * limit, no key that could reach a prototype (`__proto__`, `constructor`, `prototype`), no
 * empty slot in a list (a sparse array such as `[1, , 3]` built in code) and only finite
 * numbers. Iterative, so a deep value cannot overflow the stack.
 *
 * @example
 * checkPlainData({ weeks: Infinity }); // [{ path: ['weeks'], message: 'expected a finite number, found infinity' }]
 */
export function checkPlainData(value: unknown, maxDepth: number = SCENARIO_LIMITS.maxDepth): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'number' && !Number.isFinite(v)) {
      problems.push({ path, message: scenarioMessages.notFinite(describeValue(v)) });
    } else if (typeof v === 'object' && v !== null) {
      if (path.length >= maxDepth) {
        problems.push({ path, message: scenarioMessages.tooDeep(maxDepth) });
        continue;
      }
      const entries: Array<[PathSegment, unknown]> = Array.isArray(v)
        ? Array.from({ length: v.length }, (_, i): [PathSegment, unknown] => [i, v[i]])
        : Object.keys(v).map((k) => [k, (v as Record<string, unknown>)[k]]);
      const children: Array<{ value: unknown; path: PathSegment[] }> = [];
      for (const [key, child] of entries) {
        if (typeof key === 'number' && !Object.hasOwn(v, key)) {
          problems.push({ path: [...path, key], message: scenarioMessages.emptySlot() });
        } else if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
          problems.push({ path: [...path, key], message: scenarioMessages.forbiddenKey(key) });
        } else children.push({ value: child, path: [...path, key] });
      }
      stack.push(...children.reverse());
    }
  }
  return problems;
}
