import { describe, expect, it } from 'vitest';
import { chartDescription } from '../../src/charts/chartMetadata.js';
import { defaultDescribeMetric, lowerFirst, metricTitle } from '../../src/charts/describeMetric.js';
import { escapeHtml } from '../../src/charts/escapeHtml.js';
import { jsonForScript } from '../../src/charts/jsonForScript.js';
import { levelLabel, sortedLevels } from '../../src/charts/levels.js';
import { stableSvgIds } from '../../src/charts/stableSvgIds.js';

describe('chart helpers', () => {
  it('describes provenance in a fixed order', () => {
    expect(chartDescription('x', { source: 's', seed: 1, version: 'v' })).toBe('x (seed 1, collabsim v, source s)');
    expect(chartDescription('x')).toBe('x');
  });

  it('titles metrics with units', () => {
    const describe = () => ({ label: 'Success rate', unit: 'share of closed cases' });
    expect(metricTitle('successRate', describe)).toBe('Success rate (share of closed cases)');
    expect(metricTitle('successRate', describe, 'Mean')).toBe('Mean success rate (share of closed cases)');
    expect(metricTitle('successRate')).toBe('successRate');
    expect(defaultDescribeMetric('a')).toEqual({ label: 'a', unit: '' });
    expect(lowerFirst('FTE per case')).toBe('FTE per case');
  });

  it('orders levels numbers first, then strings by code point', () => {
    expect(sortedLevels([0.8, 'low', 0.2, 'High', 0.8])).toEqual([0.2, 0.8, 'High', 'low']);
    expect(levelLabel(0.1 + 0.2)).toBe('0.3');
  });

  it('escapes HTML and JSON for a script element', () => {
    expect(escapeHtml(`<b a='1'>"P" & co</b>`)).toBe('&lt;b a=&#39;1&#39;&gt;&quot;P&quot; &amp; co&lt;/b&gt;');
    const nasty = { name: '</script><!-- & \u2028\u2029' };
    const json = jsonForScript(nasty);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(nasty);
  });
});

describe('stableSvgIds', () => {
  it('renames ids and their references the same way for equal SVGs', () => {
    const a = stableSvgIds('<svg><defs><clipPath id="clip9"/></defs><g clip-path="url(#clip9)"/></svg>');
    const b = stableSvgIds('<svg><defs><clipPath id="clip3"/></defs><g clip-path="url(#clip3)"/></svg>');
    expect(a).toBe('<svg><defs><clipPath id="b10ee0df-0"/></defs><g clip-path="url(#b10ee0df-0)"/></svg>');
    expect(b).toBe(a);
  });
});
