import { describe, expect, it } from 'vitest';
import { escapeUnsafe, quote } from '../../src/errors/messages.js';
import { formatProblem } from '../../src/scenario/formatProblem.js';
import { parseScenarioText } from '../../src/scenario/parseScenarioText.js';
import { validateScenario } from '../../src/scenario/validateScenario.js';

const lines = (text: string, file = 'a.yaml') => parseScenarioText(text, file).problems.map(formatProblem);

describe('plain-data YAML and JSON only (issue 15, item 11)', () => {
  it('refuses YAML 1.1 tags and custom tags, naming the file and path', () => {
    expect(lines('preconditions: !!omap [manpower: 0.0]')).toEqual([
      'a.yaml:1:23: preconditions: YAML tag !!omap is not allowed; scenario files are plain data',
    ]);
    expect(lines('a: !!set {b: null}')).toEqual(['a.yaml:1:10: a: YAML tag !!set is not allowed; scenario files are plain data']);
    expect(lines('a: [1, !!pairs [b: 1]]')).toEqual(['a.yaml:1:16: a[1]: YAML tag !!pairs is not allowed; scenario files are plain data']);
    expect(lines('name: !!binary aGVsbG8=')).toEqual(['a.yaml:1:16: name: YAML tag !!binary is not allowed; scenario files are plain data']);
    expect(lines('b:\n  c: !!timestamp 2024-01-01')).toEqual(['a.yaml:2:18: b.c: YAML tag !!timestamp is not allowed; scenario files are plain data']);
    expect(lines('a: !<tag:yaml.org,2002:omap> [b: 1]')).toEqual(['a.yaml:1:30: a: YAML tag !!omap is not allowed; scenario files are plain data']);
    expect(lines('a: !custom x')).toEqual(['a.yaml:1:4: YAML tag !custom is not allowed; scenario files are plain data']);
  });

  it('keeps the core tags of plain data', () => {
    expect(parseScenarioText('a: !!str 5\nb: !!int "5"\nc: !!map {d: !!seq [1]}\ne: !!null ~', 'a.yaml')).toEqual({
      data: { a: '5', b: 5, c: { d: [1] }, e: null },
      problems: [],
    });
  });

  it('refuses duplicate keys in JSON as in YAML', () => {
    expect(lines('{"weeks": 52, "name": "x", "weeks": 5}', 'a.json')).toEqual(['a.json:1:28: weeks: key is written twice in one object; keep one']);
    expect(lines('{"a": [{"b": 1}, {"c": "\\"}", "c": 2}]}', 'a.json')).toEqual(['a.json:1:31: a[1].c: key is written twice in one object; keep one']);
    expect(parseScenarioText('{"a": {"b": 1}, "c": {"b": 2}, "d": [{"b": 3}, {"b": 4}]}', 'a.json').problems).toEqual([]);
  });

  it('reports a sparse array in validateScenario instead of throwing a TypeError', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(validateScenario({ organisations: [, { id: 'care', domain: 'care', staff: 3 }] }, 'notebook')).toEqual([
      { file: 'notebook', path: 'organisations[0]', message: 'empty slot in a list (a sparse array); give every item a value' },
    ]);
  });

  it('escapes control and bidi characters in quoted values and keeps them short', () => {
    const hostile = 'x\u001b[2J\u0007\u202eevil\u2066\u0085\u007f';
    expect(quote(hostile)).toBe('"x\\u001b[2J\\u0007\\u202eevil\\u2066\\u0085\\u007f"');
    expect(quote('y'.repeat(1000))).toBe(`"${'y'.repeat(57)}..."`);
    const problems = validateScenario({ organisations: [{ id: 'care', domain: hostile, staff: 3 }], [`k${hostile}`]: 1 }, 'nb').map(formatProblem);
    for (const line of problems) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(problems.join('\n')).toContain('found "x\\u001b[2J\\u0007\\u202eevil\\u2066\\u0085\\u007f"');
    expect(lines('{"a": 1}\u001b', 'a.json').join('\n')).not.toContain('\u001b');
    expect(escapeUnsafe('plain text')).toBe('plain text');
  });
});
