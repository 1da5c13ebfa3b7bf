import { describe, expect, it } from 'vitest';
import {
  appendSignal,
  appendTask,
  SIGNAL_FIELDS,
  SIGNAL_ORG,
  SIGNAL_SEAT,
  SIGNAL_SHARED,
  SIGNAL_WEEK,
  signalCount,
  TASK_FIELDS,
  TASK_ORG,
  TASK_POWER,
  TASK_STATE,
  TASK_TICKET,
  TASK_UNTIL,
  taskCount,
  TaskState,
} from '../../../src/model/state/Case.js';
import { bareCase, makeState, small } from '../helpers.js';

describe('appendTask and appendSignal', () => {
  it('write each field at its named offset', () => {
    const { state } = makeState(small());
    const c = bareCase(state, [3]);
    appendTask(c.tasks, 5);
    expect(taskCount(c)).toBe(2);
    const k = TASK_FIELDS;
    expect([c.tasks[k + TASK_POWER], c.tasks[k + TASK_STATE], c.tasks[k + TASK_ORG], c.tasks[k + TASK_UNTIL], c.tasks[k + TASK_TICKET]]).toEqual([5, TaskState.open, -1, 0, 0]);
    appendSignal(c, 2, 17, 9, 1);
    appendSignal(c, 4, 8, 10, 0);
    expect(signalCount(c)).toBe(2);
    const s = SIGNAL_FIELDS;
    expect([c.signals[s + SIGNAL_ORG], c.signals[s + SIGNAL_SEAT], c.signals[s + SIGNAL_WEEK], c.signals[s + SIGNAL_SHARED]]).toEqual([4, 8, 10, 0]);
  });
});
