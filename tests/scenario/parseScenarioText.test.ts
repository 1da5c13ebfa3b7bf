import { describe, expect, it } from 'vitest';
import { SCENARIO_LIMITS } from '../../src/scenario/limits.js';
import { parseScenarioText } from '../../src/scenario/parseScenarioText.js';

const messages = (text: string | Uint8Array, file = 'a.yaml') => parseScenarioText(text, file).problems.map((p) => p.message);

describe('parseScenarioText', () => {
  it('reads YAML and JSON as plain data', () => {
    expect(parseScenarioText('weeks: 52\nname: x', 'a.yaml')).toEqual({ data: { weeks: 52, name: 'x' }, problems: [] });
    expect(parseScenarioText('{"weeks": 52}', 'a.json')).toEqual({ data: { weeks: 52 }, problems: [] });
  });

  it('uses the YAML 1.2 core schema: yes/no and dates stay strings', () => {
    expect(parseScenarioText('a: yes\nb: 2024-01-01', 'a.yaml').data).toEqual({ a: 'yes', b: '2024-01-01' });
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(parseScenarioText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31]), 'a.yaml').data).toEqual({ a: 1 });
  });

  it('refuses input larger than the size limit without parsing it', () => {
    const big = new Uint8Array(SCENARIO_LIMITS.maxBytes + 1).fill(0x20);
    expect(messages(big)).toEqual([`file is ${SCENARIO_LIMITS.maxBytes + 1} bytes; scenario files are limited to 1048576 bytes`]);
  });

  it('refuses a billion-laughs file (how fast: bench/guards.ts)', () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    expect(messages(lines.join('\n'))).toEqual([
      'YAML aliases expand too much (more than 100 nodes); scenario files may not use alias bombs',
    ]);
  });

  it('does not let a stray quote hide nesting from the pre-check (issue 15, item 9)', () => {
    const size = SCENARIO_LIMITS.maxBytes - 16;
    const hostile = [
      `a: [b"${'['.repeat(size)}`,
      `a: {b:'${'['.repeat(size)}`,
      `a: ${"[ 'x'' ]', ".repeat(Math.floor(size / 11))}`,
    ];
    for (const text of hostile) {
      const started = performance.now();
      expect(messages(text)).toEqual(['nesting is deeper than 32 levels']);
      expect(performance.now() - started).toBeLessThan(2000);
    }
    expect(parseScenarioText('a: ["[[[", \'{{\'\'[\', {"b":"[c"}]', 'a.yaml').data).toEqual({ a: ['[[[', "{{'[", { b: '[c' }] });
  });

  it('refuses pathological nesting before the parser recurses into it (how fast: bench/guards.ts)', () => {
    expect(messages(`a: ${'['.repeat(200_000)}`)).toEqual(['nesting is deeper than 32 levels']);
    expect(messages(`{"a": ${'['.repeat(200_000)}`, 'a.json')).toEqual(['nesting is deeper than 32 levels']);
    expect(messages(`${'- '.repeat(5000)}1`)).toEqual(['nesting is deeper than 32 levels']);
  });

  it('allows aliases within the limit', () => {
    expect(parseScenarioText('a: &x {b: 1}\nc: *x', 'a.yaml').data).toEqual({ a: { b: 1 }, c: { b: 1 } });
  });

  it('never creates a prototype-polluting key', () => {
    const result = parseScenarioText('{"__proto__": {"polluted": true}}', 'a.json');
    expect(result.data).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a syntax error with its line and column', () => {
    expect(parseScenarioText('a: 1\nb: [1, 2\nc: 3', 'a.yaml').problems[0]).toMatchObject({ line: 3, column: 1 });
    expect(parseScenarioText('{\n  "a": 1,\n}', 'a.json').problems[0]).toMatchObject({ line: 3, column: 1 });
  });
});
