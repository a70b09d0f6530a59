import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { selectBackend, tf } from '../../src/backend/select.js';

describe('the patched wasm BatchMatMul', () => {
  it('matches a plain-JS product for every transpose combination, without leaking', async () => {
    const { name } = await selectBackend('wasm');
    expect(name).toBe('wasm');
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.boolean(), fc.boolean(), fc.nat(),
      (m, k, n, ta, tb, seed) => {
        const before = tf.memory().numTensors;
        const [got, a, b] = tf.tidy(() => {
          const a = tf.randomNormal(ta ? [k, m] : [m, k], 0, 1, 'float32', seed);
          const b = tf.randomNormal(tb ? [n, k] : [k, n], 0, 1, 'float32', seed + 1);
          return [tf.matMul(a, b, ta, tb).arraySync() as number[][], a.arraySync() as number[][], b.arraySync() as number[][]];
        });
        const at = (i: number, p: number) => (ta ? a[p]![i]! : a[i]![p]!);
        const bt = (p: number, j: number) => (tb ? b[j]![p]! : b[p]![j]!);
        for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
          let s = 0;
          for (let p = 0; p < k; p++) s += at(i, p) * bt(p, j);
          expect(got[i]![j]!).toBeCloseTo(s, 4);
        }
        expect(tf.memory().numTensors).toBe(before);
      }), { numRuns: 40, seed: 11 });
  });
});
