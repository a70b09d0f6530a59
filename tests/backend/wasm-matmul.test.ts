import type { Tensor } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { selectBackend, tf } from '../../src/backend/select.js';
import { swapIsCheaper } from '../../src/backend/wasm-matmul.js';

describe('the patched wasm BatchMatMul', () => {
  it('matches a plain-JS product for every transpose combination and orientation, without leaking', async () => {
    const { name } = await selectBackend('wasm');
    expect(name).toBe('wasm');
    const dataIds = () => tf.engine().backend.numDataIds();
    // Sizes up to 40 so both orientations (swapped when the left operand is short) are exercised.
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), fc.boolean(), fc.boolean(), fc.nat(),
      (m, k, n, ta, tb, batched, seed) => {
        const [before, ids] = [tf.memory().numTensors, dataIds()];
        const lead = batched ? [1] : [];
        const [got, a, b] = tf.tidy(() => {
          const a = tf.randomNormal([...lead, ...(ta ? [k, m] : [m, k])], 0, 1, 'float32', seed);
          const b = tf.randomNormal([...lead, ...(tb ? [n, k] : [k, n])], 0, 1, 'float32', seed + 1);
          const squeeze = (x: Tensor) => (batched ? x.squeeze([0]) : x).arraySync() as number[][];
          return [squeeze(tf.matMul(a, b, ta, tb)), squeeze(a), squeeze(b)];
        });
        const at = (i: number, p: number) => (ta ? a[p]![i]! : a[i]![p]!);
        const bt = (p: number, j: number) => (tb ? b[j]![p]! : b[p]![j]!);
        for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
          let s = 0;
          for (let p = 0; p < k; p++) s += at(i, p) * bt(p, j);
          expect(got[i]![j]!).toBeCloseTo(s, 3);
        }
        expect(tf.memory().numTensors).toBe(before);
        expect(dataIds()).toBe(ids);
      }), { numRuns: 60, seed: 11 });
  });

  it('swaps the input gradient of a dense layer and a wide first layer, not a square weight gradient', () => {
    expect(swapIsCheaper(64, 256, 256, false, true)).toBe(true); // dY · W^T, batch 64
    expect(swapIsCheaper(40, 4000, 100, true, false)).toBe(true); // X^T · dZ, 40 inputs to 100 units
    expect(swapIsCheaper(100, 4000, 100, true, false)).toBe(false); // H^T · dZ, 100 to 100
    expect(swapIsCheaper(4000, 100, 100, false, true)).toBe(false); // dZ · W^T over 4,000 examples
  });
});
