import type { ScenarioProblem } from './ScenarioProblem.js';

/**
 * One line per problem: `file: path: message`, or `file: message` when the problem concerns
 * the whole file, or `file:line:column: message` for a syntax error.
 *
 * @example
 * formatProblem({ file: 'safety.yaml', path: 'weeks', message: 'expected an integer from 1 to 5200, found 0' });
 * // 'safety.yaml: weeks: expected an integer from 1 to 5200, found 0'
 */
export function formatProblem(problem: ScenarioProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return problem.path === '' ? `${where}: ${problem.message}` : `${where}: ${problem.path}: ${problem.message}`;
}
