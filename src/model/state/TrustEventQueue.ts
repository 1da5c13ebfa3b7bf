/**
 * Trust changes requested during a week, applied together by the trust mechanism (step 9):
 * event k asks organisation `from[k]` to change its trust in `to[k]` on the log-odds scale by
 * `weight[k]` times λ⁺ (a positive weight) or λ⁻ (a negative weight). Only the first `count`
 * entries are queued; entries beyond are stale.
 *
 * The queue keeps its typed buffers from week to week (`clear` only resets `count`), so a
 * week's events allocate nothing.
 *
 * @example
 * const q = new TrustEventQueue();
 * q.push(0, 1, -1); // organisation 0 loses one λ⁻ of trust in organisation 1
 * for (let k = 0; k < q.count; k++) q.weight[k]; // -1
 * q.clear();
 */
export class TrustEventQueue {
  /** Number of queued events. */
  count = 0;
  /** Organisation whose trust changes, per event. */
  from = new Int32Array(INITIAL_CAPACITY);
  /** Organisation it trusts more or less, per event. */
  to = new Int32Array(INITIAL_CAPACITY);
  /** In units of the trust parameters: +1 = one λ⁺ gain, −1 = one λ⁻ loss. */
  weight = new Float64Array(INITIAL_CAPACITY);

  /** Queues one event (the buffers double when full). */
  push(from: number, to: number, weight: number): void {
    if (this.count === this.from.length) this.grow();
    this.from[this.count] = from;
    this.to[this.count] = to;
    this.weight[this.count] = weight;
    this.count++;
  }

  /** Empties the queue. */
  clear(): void {
    this.count = 0;
  }

  /** The queued events as plain arrays (for inspection and tests). */
  toArrays(): { from: number[]; to: number[]; weight: number[] } {
    return {
      from: Array.from(this.from.subarray(0, this.count)),
      to: Array.from(this.to.subarray(0, this.count)),
      weight: Array.from(this.weight.subarray(0, this.count)),
    };
  }

  private grow(): void {
    const size = 2 * this.from.length;
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    const weight = new Float64Array(size);
    from.set(this.from);
    to.set(this.to);
    weight.set(this.weight);
    this.from = from;
    this.to = to;
    this.weight = weight;
  }
}

const INITIAL_CAPACITY = 64;
