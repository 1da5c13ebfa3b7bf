import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../src/scenario/loadPreset.js';
import { parseScenarioText } from '../../src/scenario/parseScenarioText.js';
import { renderStarterScenario } from '../../src/scenario/renderStarterScenario.js';
import { validateScenario } from '../../src/scenario/validateScenario.js';
import { mergeScenarios } from '../../src/scenario/mergeScenarios.js';
import type { Scenario } from '../../src/scenario/types.js';

describe('renderStarterScenario', () => {
  it('writes a complete, valid, commented scenario', () => {
    const text = renderStarterScenario({ name: 'my-network', schemaRef: '../schema/scenario.schema.json' });
    expect(text).toContain('$schema: ../schema/scenario.schema.json');
    expect(text).toMatch(/# Stable staffing: .*\n.*\n?\s+staffStability: 0.5/);
    const { data, problems } = parseScenarioText(text, 'starter.yaml');
    expect(problems).toEqual([]);
    expect(validateScenario(data, 'starter.yaml')).toEqual([]);
    expect((data as Scenario).name).toBe('my-network');
  });

  it('extends a preset with every value commented out, and stays valid when they are uncommented', () => {
    const preset = { name: 'safety-house', scenario: loadPreset('safety-house') };
    const text = renderStarterScenario({ name: 'variant', schemaRef: 'x.json', preset });
    const { data } = parseScenarioText(text, 'starter.yaml');
    expect(data).toMatchObject({ extends: 'safety-house', name: 'variant' });
    const uncommented = text.replace(/^# (?=\s*[\w$]+:)/gm, '');
    const parsed = parseScenarioText(uncommented, 'starter.yaml');
    expect(parsed.problems).toEqual([]);
    const { extends: _, ...own } = parsed.data as Scenario;
    const composed = mergeScenarios(preset.scenario, own);
    expect(validateScenario(composed)).toEqual([]);
    expect(composed.preconditions).toEqual({ ...composed.preconditions, ...preset.scenario.preconditions });
  });
});
