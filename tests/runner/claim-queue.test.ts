import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { ClaimQueue } from '../../src/runner/workers/claim-queue.js';

describe('the claim queue', () => {
  it('hands out claims in order when none share a computation', () => {
    const q = new ClaimQueue([undefined, undefined, undefined]);
    expect([q.next(0), q.next(1), q.next(1), q.next(0)]).toEqual([0, 1, 2, null]);
  });

  it('keeps claims sharing a key on the worker that took the first of them', () => {
    const q = new ClaimQueue([['grid'], undefined, ['grid'], undefined]);
    expect(q.next(0)).toBe(0);
    expect(q.next(1)).toBe(1);
    expect(q.next(1)).toBe(3); // claim 2 waits for worker 0
    expect(q.next(1)).toBeNull();
    expect(q.next(0)).toBe(2);
  });

  it('gives every claim to exactly one worker, whatever order the workers ask in, and a key to one worker', () => {
    const keys = fc.array(fc.option(fc.subarray(['a', 'b', 'c'], { minLength: 1 }), { nil: undefined }), { maxLength: 30 });
    fc.assert(fc.property(keys, fc.array(fc.nat(2), { minLength: 1, maxLength: 200 }), (shares, asks) => {
      const q = new ClaimQueue(shares);
      const got = new Map<number, number>();
      const live = new Set([0, 1, 2]);
      // Workers ask in the generated order; a worker that is told "none left" stops asking.
      for (let t = 0; live.size > 0; t++) {
        const w = t < asks.length ? asks[t]! : [...live][0]!;
        if (!live.has(w)) continue;
        const i = q.next(w);
        if (i === null) live.delete(w);
        else got.set(i, w);
      }
      expect([...got.keys()].sort((x, y) => x - y)).toEqual(shares.map((_, i) => i));
      for (const k of ['a', 'b', 'c']) {
        const single = shares.map((s, i) => (s?.length === 1 && s[0] === k ? got.get(i) : undefined)).filter((w) => w !== undefined);
        expect(new Set(single).size).toBeLessThanOrEqual(1);
      }
    }), { seed: 5, numRuns: 300 });
  });
});
