/**
 * Thrown when a merge is stopped through its abort signal (SIGINT, SIGTERM) before it wrote
 * the merged folder. The shards are never changed by a merge; the partly merged output was
 * removed (or, if the folder was there before, left for `--force` to replace).
 */
export class MergeInterrupted extends Error {
  constructor() {
    super('merge interrupted');
    this.name = 'MergeInterrupted';
  }
}
