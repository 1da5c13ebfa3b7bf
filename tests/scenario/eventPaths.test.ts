import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile.js';
import { ScenarioInputError } from '../../src/scenario/ScenarioInputError.js';
import { setScenarioPath } from '../../src/scenario/setScenarioPath.js';
import type { Scenario } from '../../src/scenario/types.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-events-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  writeFileSync(join(root, name), text);
  return join(root, name);
};
const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioInputError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('event paths (issue 16, item 2)', () => {
  const scenario: Scenario = {
    events: [
      { week: 104, label: 'covenant', set: { informationSharing: 0.9 } },
      { week: 60, label: 'attack', set: { urgency: 1 } },
      { week: 70, set: { roleClarity: 0.3 } },
    ],
  };

  it('sets an event week or a value it sets, by label or index, without changing the input', () => {
    const frozen = structuredClone(scenario);
    expect(setScenarioPath(scenario, 'events[covenant].week', 52).events?.[0]).toEqual({ week: 52, label: 'covenant', set: { informationSharing: 0.9 } });
    expect(setScenarioPath(scenario, 'events[covenant].set.informationSharing', 0.5).events?.[0].set).toEqual({ informationSharing: 0.5 });
    expect(setScenarioPath(scenario, 'events[2].set.organisations[police].staff', 4).events?.[2].set).toEqual({ roleClarity: 0.3, 'organisations[police].staff': 4 });
    expect(scenario).toEqual(frozen);
  });

  it('names the labels there are, with a suggestion, for an unknown label', () => {
    expect(() => setScenarioPath(scenario, 'events[covenat].week', 52)).toThrow(
      'events[covenat].week: no event labelled "covenat"; did you mean "covenant"? (labels: "covenant" and "attack")',
    );
    expect(() => setScenarioPath(scenario, 'events[9].week', 52)).toThrow('events[9].week: no event 9; the scenario has 3 events');
    expect(() => setScenarioPath(scenario, 'events[covenant].label', 'x')).toThrow(/expected events\[<label>\]\.week or events\[<label>\]\.set\.<path>/);
  });
});

describe('extends merges events (issue 16, item 4)', () => {
  const parent = write(
    'parent.yaml',
    [
      'name: parent',
      'weeks: 200',
      'network: { form: shared }',
      'organisations: [{ id: police, domain: security }, { id: care, domain: care }, { id: city, domain: municipal }]',
      'events:',
      '  - { week: 26, label: covenant, set: { informationSharing: 0.85 } }',
      '  - { week: 60, label: attack, set: { urgency: 1 } }',
      '',
    ].join('\n'),
  );

  it("adds the child's events to the parent's, sorted by week", () => {
    const child = write('child.yaml', `extends: ./parent.yaml\nevents: [{ week: 40, label: reorganisation, set: { turnoverShock: 0.4 } }]\n`);
    expect(loadScenarioFile(child).events?.map((e) => `${e.label}@${e.week}`)).toEqual(['covenant@26', 'reorganisation@40', 'attack@60']);
  });

  it('replaces an inherited event with the same label and removes inherited events listed in removeEvents', () => {
    const child = write('replace.yaml', `extends: ./parent.yaml\nremoveEvents: [attack]\nevents: [{ week: 104, label: covenant, set: { informationSharing: 0.9 } }]\n`);
    const events = loadScenarioFile(child).events;
    expect(events).toEqual([{ week: 104, label: 'covenant', set: { informationSharing: 0.9 } }]);
    expect(loadScenarioFile(child)).not.toHaveProperty('removeEvents');
  });

  it('refuses a removeEvents label that is not inherited, and removeEvents without extends', () => {
    const unknown = write('unknown.yaml', 'extends: ./parent.yaml\nremoveEvents: [atack]\n');
    expect(messageOf(() => loadScenarioFile(unknown))).toBe(
      `${unknown}: removeEvents[0]: no inherited event labelled "atack"; did you mean "attack"? (labels: "covenant" and "attack")`,
    );
    const alone = write('alone.yaml', 'organisations: [{ id: police, domain: security }, { id: care, domain: care }]\nremoveEvents: [attack]\n');
    expect(messageOf(() => loadScenarioFile(alone))).toBe(`${alone}: removeEvents: removeEvents needs "extends": it removes inherited events`);
  });

  it('refuses an event that sets an event path', () => {
    const bad = write('bad.yaml', 'extends: ./parent.yaml\nevents: [{ week: 30, set: { "events[attack].week": 10 } }]\n');
    expect(messageOf(() => loadScenarioFile(bad))).toContain('an event cannot change the timeline');
  });
});
