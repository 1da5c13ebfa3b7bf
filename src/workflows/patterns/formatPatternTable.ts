import { formatTable } from '../../analysis/results/formatTable.js';
import type { PatternCheck } from './checkPatterns.js';

const SHOWN = { pass: 'pass', fail: 'FAIL', 'known-gap': 'known gap', 'gap-holds': 'gap holds' } as const;

/**
 * A pattern check as a plain-text table for the terminal, one line per claim (verdict,
 * pattern, scenario, metric, effect with its interval, what was expected), then one line of
 * counts; known gaps that now hold are named at the end.
 *
 * @example
 * formatPatternTable(check);
 * // 'result  pattern            scenario      metric       effect     low    high  interval  expect\n' +
 * // 'pass    stable staff help  safety-house  successRate  0.02599  0.0027  0.04927  95%  increase\n…'
 */
export function formatPatternTable(check: Pick<PatternCheck, 'results' | 'counts'>): string {
  const rows = check.results.map((r) => ({
    result: SHOWN[r.status],
    pattern: r.pattern,
    scenario: r.scenario,
    metric: r.metric,
    effect: r.effect,
    low: r.low,
    high: r.high,
    interval: r.interval,
    expect: r.claim.expect === 'equivalent' ? `equivalent ±${r.claim.margin}` : r.claim.expect,
  }));
  const { pass, fail } = check.counts;
  const gaps = check.counts['known-gap'];
  const holds = check.counts['gap-holds'];
  const lines = [formatTable(['result', 'pattern', 'scenario', 'metric', 'effect', 'low', 'high', 'interval', 'expect'], rows, Infinity).trimEnd(), ''];
  lines.push(`${check.results.length} claims: ${pass} pass, ${fail} fail, ${gaps} known gaps${holds > 0 ? `, ${holds} known gaps now hold` : ''}`);
  for (const r of check.results.filter((x) => x.status === 'gap-holds')) lines.push(`known gap now holds: ${r.pattern} on ${r.scenario}, ${r.metric}; remove its knownGap`);
  return `${lines.join('\n')}\n`;
}
