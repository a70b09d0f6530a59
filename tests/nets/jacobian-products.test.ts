import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { jacobianProducts, layerMatrix } from '../../src/nets/probe/jacobian-products.js';
import { eigenModuli, matmul, singularValues, type Dense } from '../../src/nets/base/spectra.js';

beforeAll(async () => { await selectBackend(); });

describe('jacobianProducts', () => {
  it.each([true, false])('matches the float64 product of the same layer matrices (residual %s)', (residual) => {
    const before = tf.memory().numTensors;
    const spec = { n: 6, variance: 0.5, residual, seed: 11 };
    const res = jacobianProducts(tf, { ...spec, depths: [3, 5], eigen: true });
    let p: Dense = Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => (i === j ? 1 : 0)));
    const at: Record<number, Dense> = {};
    for (let l = 1; l <= 5; l++) {
      const m = layerMatrix(tf, spec, l);
      p = matmul(m.arraySync(), p);
      m.dispose();
      at[l] = p;
    }
    for (const r of res) {
      const sv = singularValues(at[r.depth]!).map(Math.log);
      expect(r.logSingular[0]).toBeCloseTo(sv[0]!, 4);
      expect(r.logEigen![0]).toBeCloseTo(Math.log(eigenModuli(at[r.depth]!)[0]!), 3);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
