import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/parseScenarioText.js';
import { scenarioSchema } from '../../src/scenario/scenarioSchema.js';
import { validateAgainstSchema } from '../../src/scenario/validateAgainstSchema.js';
import { validateScenario } from '../../src/scenario/validateScenario.js';

/**
 * Property tests: whatever a file holds, parsing and validation return problems and never
 * throw. fast-check prints the seed and the shrunk counterexample when a property fails.
 */
const RUNS = { numRuns: 300 };

/** Parse, then validate when the text is data: the whole path a file takes before running. */
function check(text: string | Uint8Array, file: string): void {
  const { data, problems } = parseScenarioText(text, file);
  for (const p of problems) expect(typeof p.message).toBe('string');
  if (problems.length === 0) validateScenario(data, file);
}

const KEYS = ['weeks', 'network', 'form', 'lead', 'preconditions', 'staffStability', 'organisations', 'id', 'domain', 'staff', 'powers', 'events', 'week', 'set', 'phenomena', 'caseMix', 'casePowers', 'extends', '__proto__', 'constructor', 'x'];
const PATHS = ['time', 'urgency', 'turnoverShock', 'network.form', 'organisations[police].staff', 'organisations[9].staff', 'phenomena.caseRate', 'weeks', 'a.b', '[x]', ''];

/** Values shaped like scenarios, so that the semantic checks run too, not only the schema. */
const scenarioLike = fc.record(
  {
    weeks: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 400 }), weight: 8 }, fc.integer({ min: -5, max: 6000 }), fc.double(), fc.string()),
    network: fc.record(
      { form: fc.constantFrom('nao', 'lead', 'shared', 'x'), lead: fc.constantFrom('police', 'office', 'nobody') },
      { requiredKeys: [] },
    ),
    phenomena: fc.record(
      {
        caseMix: fc.record({ crime: fc.nat(2), radicalisation: fc.nat(2), both: fc.nat(2) }, { requiredKeys: [] }),
        casePowers: fc.dictionary(fc.constantFrom('crime', 'radicalisation', 'both', 'x'), fc.array(fc.constantFrom('enforce', 'care', 'housing', 'x'))),
      },
      { requiredKeys: [] },
    ),
    organisations: fc.array(
      fc.record(
        {
          id: fc.constantFrom('police', 'office', 'care', 'municipality', 'police', 'Bad Id'),
          domain: fc.constantFrom('security', 'coordination', 'care', 'justice', 'municipal', 'nope'),
          staff: fc.oneof({ arbitrary: fc.nat(20), weight: 8 }, fc.integer({ min: -1, max: 20 }), fc.constant('four')),
          powers: fc.array(fc.constantFrom('enforce', 'prosecute', 'care', 'support', 'x'), { maxLength: 3 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    ),
    events: fc.array(
      fc.record(
        {
          week: fc.integer({ min: -1, max: 400 }),
          set: fc.dictionary(fc.constantFrom(...PATHS), fc.oneof(fc.double({ min: -2, max: 20 }), fc.string({ maxLength: 6 }), fc.constant(null))),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

describe('validation never throws', () => {
  it('on any JSON text', () => {
    fc.assert(fc.property(fc.json(), (text) => check(text, 'fuzz.json')), RUNS);
  });

  it('on any JSON value rendered as YAML', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => check(stringify(value), 'fuzz.yaml')), RUNS);
  });

  it('on scenario-shaped values, through the schema and the semantic checks', () => {
    let reachedSemantics = 0;
    fc.assert(
      fc.property(scenarioLike, (value) => {
        check(JSON.stringify(value), 'fuzz.json');
        validateScenario(value, 'fuzz');
        if (validateAgainstSchema(value, scenarioSchema()).length === 0) reachedSemantics++;
      }),
      RUNS,
    );
    expect(reachedSemantics).toBeGreaterThan(5);
  });

  it('on YAML-like text built from YAML syntax', () => {
    const token = fc.oneof(
      fc.constantFrom(...KEYS.map((k) => `${k}:`)),
      fc.constantFrom(': ', '- ', '[', ']', '{', '}', ', ', '\n', '  ', '&a ', '*a', '!!str ', '!x ', '? ', '|', '>', '"', "'", '#', '---\n', '.inf', '.nan', '1e999', '0x1F', '~', '<<: *a'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }), (tokens) => check(tokens.join(''), 'fuzz.yaml')), RUNS);
  });

  it('on arbitrary text and bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => check(text, 'fuzz.yaml')), RUNS);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => check(bytes, 'fuzz.yaml')), RUNS);
  });
});
