import { describe, expect, it } from 'vitest';
import { timeseriesChart } from '../../src/charts/timeseriesChart.js';

interface Layer {
  mark: { type: string };
  data?: { values: Array<Record<string, unknown>> };
}

const rows = [1, 2, 3, 4, 5].map((week) => ({ week, y: week / 10 }));

describe('timeseriesChart events', () => {
  it('draws a rule and a label per event week within the plotted weeks, joining labels of one week', () => {
    const spec = timeseriesChart(rows, {
      metric: 'y',
      events: [
        { week: 3, label: 'covenant' },
        { week: 3, label: 'reorganisation' },
        { week: 9, label: 'after the end' },
        { week: 1, label: 'start' },
      ],
    }) as unknown as { layer: Layer[] };
    const rule = spec.layer.find((l) => l.mark.type === 'rule')!;
    const text = spec.layer.find((l) => l.mark.type === 'text')!;
    const expected = [
      { week: 1, event: 'start' },
      { week: 3, event: 'covenant; reorganisation' },
    ];
    expect(rule.data!.values).toEqual(expected);
    expect(text.data!.values).toEqual(expected);
  });

  it('adds no layer without events in range', () => {
    const plain = timeseriesChart(rows, { metric: 'y' }) as unknown as { layer: Layer[] };
    const outside = timeseriesChart(rows, { metric: 'y', events: [{ week: 10, label: 'late' }] }) as unknown as { layer: Layer[] };
    expect(outside.layer).toEqual(plain.layer);
    expect(plain.layer.map((l) => l.mark.type)).toEqual(['line']);
  });
});
