import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { denseParamCount } from '../../src/nets/count/param-count.js';
import { FIG202_HIDDEN, fig202Runs } from '../../src/nets/experiments/random-label-fits-by-depth.js';

beforeAll(async () => { await selectBackend(); });

describe('fig202Runs', () => {
  it('builds four nets of about the same size (within 1% of 15,200 parameters)', () => {
    for (const h of FIG202_HIDDEN) expect(Math.abs(denseParamCount([40, ...h, 10]) - 15_200)).toBeLessThan(152);
  });

  it('fits a few random-label examples with every net, deterministically, leaking nothing', () => {
    const before = tf.memory().numTensors;
    const o = { n: 20, lr: 0.25, cap: 400, every: 10, seed: 4 };
    const a = fig202Runs(tf, o);
    expect(a.map((r) => r.layers)).toEqual([1, 2, 3, 4]);
    for (const r of a) {
      expect(r.fitStep).not.toBeNull();
      expect(r.curve[0]!.step).toBe(0);
      expect(r.curve.at(-1)!.acc).toBe(1);
    }
    expect(fig202Runs(tf, o).map((r) => r.fitStep)).toEqual(a.map((r) => r.fitStep));
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000);
});
