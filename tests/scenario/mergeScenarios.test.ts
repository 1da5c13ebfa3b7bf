import { describe, expect, it } from 'vitest';
import { mergeScenarios } from '../../src/scenario/mergeScenarios.js';
import type { Scenario } from '../../src/scenario/types.js';

describe('mergeScenarios', () => {
  const base: Scenario = {
    $schema: 'x',
    name: 'base',
    weeks: 260,
    preconditions: { time: 0.5, regie: 0.4 },
    organisations: [
      { id: 'police', domain: 'security', staff: 4, powers: ['enforce'] },
      { id: 'care', domain: 'care' },
    ],
    events: [{ week: 10, set: { time: 0.6 } }],
  };

  it('merges mappings deeply and replaces plain values', () => {
    const merged = mergeScenarios(base, { extends: 'base', name: 'child', preconditions: { regie: 0.9 } });
    expect(merged.name).toBe('child');
    expect(merged.preconditions).toEqual({ time: 0.5, regie: 0.9 });
    expect(merged).not.toHaveProperty('extends');
    expect(merged).not.toHaveProperty('$schema');
  });

  it('matches organisations by id, keeps their order and appends new ones', () => {
    const merged = mergeScenarios(base, { organisations: [{ id: 'school', domain: 'education' }, { id: 'police', staff: 9 } as never] });
    expect(merged.organisations).toEqual([
      { id: 'police', domain: 'security', staff: 9, powers: ['enforce'] },
      { id: 'care', domain: 'care' },
      { id: 'school', domain: 'education' },
    ]);
  });

  it('replaces other lists whole (powers), but not events', () => {
    expect(mergeScenarios(base, { events: [] }).events).toEqual(base.events);
    expect(mergeScenarios(base, { organisations: [{ id: 'police', powers: ['care'] } as never] }).organisations?.[0].powers).toEqual(['care']);
  });

  it('adds the child events to the inherited ones, sorted by week, stably (issue 16, item 4)', () => {
    const parent: Scenario = { ...base, events: [{ week: 10, label: 'a', set: { time: 0.6 } }, { week: 30, label: 'b', set: { time: 0.7 } }] };
    const merged = mergeScenarios(parent, { events: [{ week: 10, label: 'c', set: { regie: 0.2 } }, { week: 5, set: { regie: 0.1 } }] });
    expect(merged.events?.map((e) => e.label ?? e.week)).toEqual([5, 'a', 'c', 'b']);
  });

  it('replaces an inherited event by label and removes inherited events with removeEvents', () => {
    const parent: Scenario = { ...base, events: [{ week: 10, label: 'a', set: { time: 0.6 } }, { week: 30, label: 'b', set: { time: 0.7 } }, { week: 40, set: { time: 0.8 } }] };
    const merged = mergeScenarios(parent, { events: [{ week: 50, label: 'a', set: { time: 0.1 } }], removeEvents: ['b'] });
    expect(merged.events).toEqual([{ week: 40, set: { time: 0.8 } }, { week: 50, label: 'a', set: { time: 0.1 } }]);
    expect(merged).not.toHaveProperty('removeEvents');
  });

  it('does not change its inputs', () => {
    const frozen = structuredClone(base);
    mergeScenarios(base, { organisations: [{ id: 'police', staff: 1 } as never], preconditions: { time: 1 } });
    expect(base).toEqual(frozen);
  });
});
