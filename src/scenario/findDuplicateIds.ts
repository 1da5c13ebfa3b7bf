import { scenarioMessages } from '../errors/messages.js';
import type { ValueProblem } from './ScenarioProblem.js';

/**
 * Organisation ids used more than once in one list; each repeat is reported where it occurs.
 * Entries without a string id are left to the schema check.
 *
 * @example
 * findDuplicateIds([{ id: 'police' }, { id: 'police' }]);
 * // [{ path: ['organisations', 1, 'id'], message: 'duplicate organisation id "police" (first used at organisations[0])' }]
 */
export function findDuplicateIds(organisations: unknown): ValueProblem[] {
  if (!Array.isArray(organisations)) return [];
  const first = new Map<string, number>();
  const problems: ValueProblem[] = [];
  organisations.forEach((organisation, i) => {
    const id = (organisation as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else problems.push({ path: ['organisations', i, 'id'], message: scenarioMessages.duplicateId(id, seen) });
  });
  return problems;
}
