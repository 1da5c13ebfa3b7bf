import { checkPlainData } from './checkPlainData.js';
import { checkScenarioSemantics } from './checkScenarioSemantics.js';
import { formatPath } from './formatPath.js';
import { scenarioMessages } from '../errors/messages.js';
import type { ScenarioProblem, ValueProblem } from './ScenarioProblem.js';
import { scenarioSchema } from './scenarioSchema.js';
import type { Scenario } from './types.js';
import { validateAgainstSchema } from './validateAgainstSchema.js';

/**
 * Every problem with a scenario given as data (for instance built in a notebook): plain-data
 * limits, the schema, then, when those pass, the semantic checks. An empty list means the
 * scenario can run. `extends` needs a file to resolve against, so here it is a problem; use
 * `loadScenarioFile` for files. `file` names the source in the problems.
 *
 * @example
 * validateScenario({ organisations: [{ id: 'police', domain: 'security', staff: 'four' }] }, 'notebook');
 * // [{ file: 'notebook', path: 'organisations[0].staff', message: 'expected an integer from 0 to 10000, found "four"' }, ...]
 */
export function validateScenario(data: unknown, file = 'scenario'): ScenarioProblem[] {
  const schema = scenarioSchema();
  const attach = (list: ValueProblem[]) => list.map((p) => ({ file, path: formatPath(p.path), message: p.message }));
  const plain = checkPlainData(data);
  if (plain.length > 0) return attach(plain);
  const problems = validateAgainstSchema(data, schema);
  if (typeof data === 'object' && data !== null && Object.hasOwn(data, 'extends')) {
    problems.push({ path: ['extends'], message: scenarioMessages.extendsNeedsFile() });
  }
  if (typeof data === 'object' && data !== null && Object.hasOwn(data, 'removeEvents')) {
    problems.push({ path: ['removeEvents'], message: 'removeEvents removes inherited events; it needs "extends" and a scenario loaded from a file' });
  }
  if (problems.length > 0) return attach(problems);
  return attach(checkScenarioSemantics(data as Scenario, schema));
}
