import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AbcGeneration } from '../../analysis/calibration/AbcSetup.js';
import { UserError } from '../../errors/UserError.js';
import { checkOutputFolder } from '../../results/checkOutputFolder.js';
import { libraryVersion } from '../../results/libraryVersion.js';
import { lockFolder, type FolderLock } from '../../results/lockFolder.js';
import { writeFileAtomic } from '../../results/writeFileAtomic.js';
import type { NormalizedCalibration } from './CalibrationFile.js';

/** What `calibration.json` holds: the collabsim version that started it and the normalised calibration. */
export interface CalibrationRecord {
  collabsim: string;
  calibration: NormalizedCalibration;
}

/** The record's file name in a calibration folder: how `collabsim report` recognises one. */
export const CALIBRATION_RECORD = 'calibration.json';

/**
 * The results folder of a calibration while it runs, and what a resume reads back:
 *
 * - `calibration.json`: the calibration (written first; `--resume` refuses a folder whose
 *   calibration differs from the file's);
 * - `state/generation-T.json`: each finished generation (`AbcGeneration`, plain JSON, so a
 *   resume continues from exactly the same numbers), written atomically;
 * - `state/journal-T.jsonl`: the simulations of generation T finished so far, one line
 *   `{"attempt":i,"summaries":[…]}` each (null for a non-finite value), appended after
 *   every batch and removed when the generation is saved. A line torn by a crash is ignored.
 *
 * A resume reruns the unfinished generation from its start (the ABC-SMC core is
 * deterministic by seed, generation and attempt) and takes each journaled simulation
 * instead of running it again, so it ends with the same bytes as an uninterrupted run.
 * The folder is locked (`.lock`) while a process writes it.
 */
export class CalibrationFolder {
  private constructor(
    readonly dir: string,
    private readonly lock: FolderLock,
  ) {}

  /**
   * Opens `dir` for a new calibration (it must not exist or be empty) or, with `resume`,
   * for continuing the one it holds (its `calibration.json` must equal `calibration`).
   */
  static open(dir: string, calibration: NormalizedCalibration, resume: boolean): CalibrationFolder {
    const record = join(dir, CALIBRATION_RECORD);
    if (!resume) {
      checkOutputFolder(dir, false);
      mkdirSync(join(dir, 'state'), { recursive: true });
      const folder = new CalibrationFolder(dir, lockFolder(join(dir, '.lock'), dir));
      writeFileAtomic(record, `${JSON.stringify({ collabsim: libraryVersion(), calibration } satisfies CalibrationRecord, null, 2)}\n`);
      return folder;
    }
    if (!existsSync(record)) throw new UserError(`cannot resume: ${dir} has no ${CALIBRATION_RECORD} (start without --resume)`, { path: dir, expected: 'a calibration folder', found: 'none' });
    const saved = JSON.parse(readFileSync(record, 'utf8')) as CalibrationRecord;
    // the name follows the file's name, which may change between runs without changing the calibration
    const difference = firstDifference({ ...saved.calibration, name: '' }, JSON.parse(JSON.stringify({ ...calibration, name: '' })));
    if (difference !== null) {
      throw new UserError(`cannot resume: ${record} records another calibration (it differs at ${difference}); start a new folder instead`, {
        file: record,
        path: difference,
      });
    }
    mkdirSync(join(dir, 'state'), { recursive: true });
    return new CalibrationFolder(dir, lockFolder(join(dir, '.lock'), dir));
  }

  /** The generations saved so far, in order (stops at the first missing one). */
  savedGenerations(): AbcGeneration[] {
    const generations: AbcGeneration[] = [];
    for (let t = 0; existsSync(this.generationFile(t)); t++) {
      generations.push(JSON.parse(readFileSync(this.generationFile(t), 'utf8')) as AbcGeneration);
    }
    return generations;
  }

  /** The journaled simulations of generation `t`: summaries by attempt. */
  journal(t: number): Map<number, number[]> {
    const found = new Map<number, number[]>();
    const file = this.journalFile(t);
    if (!existsSync(file)) return found;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line === '') continue;
      let entry: { attempt?: unknown; summaries?: unknown };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        continue;
      }
      if (!Number.isSafeInteger(entry.attempt) || !Array.isArray(entry.summaries)) continue;
      found.set(entry.attempt as number, (entry.summaries as (number | null)[]).map((v) => (v === null ? Number.NaN : v)));
    }
    return found;
  }

  /** Appends finished simulations of generation `t` to its journal, in one write. */
  appendJournal(t: number, entries: readonly { attempt: number; summaries: readonly number[] }[]): void {
    if (entries.length === 0) return;
    const text = entries.map((e) => `${JSON.stringify({ attempt: e.attempt, summaries: e.summaries.map((v) => (Number.isFinite(v) ? v : null)) })}\n`).join('');
    appendFileSync(this.journalFile(t), text);
  }

  /** Saves a finished generation and drops its journal. */
  saveGeneration(generation: AbcGeneration): void {
    writeFileAtomic(this.generationFile(generation.generation), `${JSON.stringify(generation)}\n`);
    rmSync(this.journalFile(generation.generation), { force: true });
  }

  /** Removes the journals left (of a generation abandoned for its acceptance rate). */
  dropJournals(): void {
    for (const name of readdirSync(join(this.dir, 'state'))) if (name.startsWith('journal-')) rmSync(join(this.dir, 'state', name), { force: true });
  }

  /** Writes a result file atomically (`name` relative to the folder; sub-folders are made). */
  write(name: string, text: string): void {
    const file = join(this.dir, name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileAtomic(file, text);
  }

  release(): void {
    this.lock.release();
  }

  private generationFile(t: number): string {
    return join(this.dir, 'state', `generation-${t}.json`);
  }

  private journalFile(t: number): string {
    return join(this.dir, 'state', `journal-${t}.jsonl`);
  }
}

/** The path of the first difference between two JSON values, or null when equal. */
function firstDifference(a: unknown, b: unknown, path = 'calibration'): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return path;
  if (typeof a !== 'object' || a === null) return a === b ? null : path;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
    const d = firstDifference(ao[key], bo[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
    if (d !== null) return d;
  }
  return null;
}
