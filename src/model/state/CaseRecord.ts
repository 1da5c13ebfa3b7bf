import { type Case, CaseStatus } from './Case.js';
import { freshList } from './freshList.js';

// A `CaseRecord` has exactly the fields of `Case` (declaration merging); the constructor sets them.
export interface CaseRecord extends Case {}

/**
 * The object behind every `Case` the model creates: a new latent case with no signals and
 * nobody involved yet.
 *
 * Cases are built with `new` rather than as object literals, and their lists with
 * `freshList`, so that V8 does not allocate long-lived cases in the old generation up front
 * (see `freshList`).
 *
 * @example
 * const c = new CaseRecord(1, 0, 0.2, 0.5, 10, 0, [POWERS.indexOf('care'), TaskState.open, -1, 0, 0]);
 * c.status; // CaseStatus.latent
 */
export class CaseRecord {
  constructor(id: number, type: number, severity: number, label: number, arrivalWeek: number, owner: number, tasks: number[]) {
    this.id = id;
    this.type = type;
    this.severity = severity;
    this.label = label;
    this.status = CaseStatus.latent;
    this.arrivalWeek = arrivalWeek;
    this.recognisedWeek = 0;
    this.conferenceWeek = 0;
    this.owner = owner;
    this.director = -1;
    this.directorSince = 0;
    this.signals = freshList();
    this.sharedCount = 0;
    this.tasks = tasks;
    this.involved = freshList();
  }
}
