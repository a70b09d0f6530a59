import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { flattenNet, netSizes, permuteHidden, plainForward, rescaleHidden } from '../../src/nets/regions/symmetries.js';
import { evalPlainNetAt } from '../../src/nets/regions/pwl-nets.js';
import type { PlainNet } from '../../src/nets/regions/linear-regions.js';

beforeAll(async () => { await selectBackend(); });

const net: PlainNet = {
  weights: [[[1, -2, 0.5], [0.3, 1, -1]], [[1, 2], [-1, 0.5], [2, -0.25]], [[1], [-3]]],
  biases: [[0.1, -0.2, 0.3], [0.05, -0.1], [0.7]],
};
const points = [[0.3, -1.2], [2, 1], [-0.5, 0.25]];

describe('symmetries', () => {
  it('permuting and rescaling leave the float64 function unchanged but move the parameters', () => {
    const moved = [permuteHidden(net, 0, [2, 0, 1]), permuteHidden(net, 1, [1, 0]), rescaleHidden(net, 0, 1, 7), rescaleHidden(net, 1, 0, 0.02)];
    for (const m of moved) {
      points.forEach((p) => expect(evalPlainNetAt(m, p)).toBeCloseTo(evalPlainNetAt(net, p), 12));
      expect(flattenNet(m)).not.toEqual(flattenNet(net));
    }
  });

  it('rejects non-permutations, c <= 0 and the output layer', () => {
    expect(() => permuteHidden(net, 0, [0, 0, 1])).toThrow(/permutation/);
    expect(() => rescaleHidden(net, 0, 0, 0)).toThrow(/c > 0/);
    expect(() => rescaleHidden(net, 2, 0, 2)).toThrow(/does not exist/);
  });

  it('sizes, flattening, and the tfjs forward pass match the float64 one without leaking', () => {
    expect(netSizes(net)).toEqual([2, 3, 2, 1]);
    expect(flattenNet(net).length).toBe(2 * 3 + 3 + 3 * 2 + 2 + 2 + 1);
    const before = tf.memory().numTensors;
    const y = tf.tidy(() => plainForward(tf, net, tf.tensor2d(points)).arraySync());
    points.forEach((p, i) => expect(y[i]![0]!).toBeCloseTo(evalPlainNetAt(net, p), 5));
    expect(tf.memory().numTensors).toBe(before);
  });
});
