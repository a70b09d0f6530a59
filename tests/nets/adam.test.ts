import { beforeAll, describe, expect, it } from 'vitest';
import type { Scalar, Tensor, Variable } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { JsAdam } from '../../src/nets/train/adam.js';

beforeAll(async () => { await selectBackend(); });

// Runs `steps` updates of two copies of `init` on the same loss, one by tf.train.adam, one by JsAdam.
function both(init: readonly Tensor[], lr: number, steps: number, loss: (ps: readonly Tensor[], step: number) => Scalar) {
  const runs = [tf.train.adam(lr), new JsAdam(tf, lr)].map((opt) => {
    const vars: Variable[] = init.map((p) => tf.variable(p.clone()));
    const costs: number[] = [];
    for (let s = 0; s < steps; s++) {
      const c = opt.minimize(() => loss(vars, s), true, vars)!;
      costs.push(c.dataSync()[0]!);
      c.dispose();
    }
    const out = { costs, params: vars.map((v) => Array.from(v.dataSync())) };
    tf.dispose(vars);
    opt.dispose();
    return out;
  });
  return { tfjs: runs[0]!, js: runs[1]! };
}

describe('JsAdam', () => {
  it('takes tf.train.adam\'s steps bit for bit on a small net, and on one whose first layer tfjs updates, at several learning rates', () => {
    const x = tf.randomNormal([64, 5], 0, 3, 'float32', 1);
    const y = tf.randomNormal([64, 3], 0, 1, 'float32', 2);
    // Width 2000: the first weight matrix (10,000 elements) is above the tensors JsAdam updates in JS.
    for (const [width, steps, lrs] of [[8, 300, [0.003, 0.01, 0.1, 1e-5]], [2000, 40, [0.01]]] as const) {
      const init = [tf.randomNormal([5, width], 0, 0.7, 'float32', 3), tf.zeros([width]), tf.randomNormal([width, 3], 0, 0.5 / Math.sqrt(width / 8), 'float32', 4), tf.zeros([3])];
      const loss = (ps: readonly Tensor[]) => tf.losses.meanSquaredError(y, tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(x, ps[0]!), ps[1]!)), ps[2]!), ps[3]!)) as Scalar;
      for (const lr of lrs) {
        const r = both(init, lr, steps, loss);
        expect(r.js.costs).toEqual(r.tfjs.costs);
        expect(r.js.params).toEqual(r.tfjs.params);
      }
      tf.dispose(init);
    }
    tf.dispose([x, y]);
  });

  it('matches on gradients of every scale, zero, subnormal, infinite and not a number', () => {
    const values = [0, 1e-42, -3e-39, 1e-20, 7.5, -1e20, 3e38, Infinity, -Infinity, NaN];
    const init = [tf.tensor1d(values.map((_, i) => i - 4.5))];
    // d/dp (p * g) = g: each step feeds the gradient given, then shuffles it.
    const loss = (ps: readonly Tensor[], step: number) => tf.sum(tf.mul(ps[0]!, tf.tensor1d(values.map((_, i) => values[(i + step) % values.length]!)))) as Scalar;
    const r = both(init, 0.01, 25, loss);
    expect(r.js.params).toEqual(r.tfjs.params);
    tf.dispose(init);
  });

  it('leaves a variable without a gradient untouched and leaks nothing', () => {
    const before = tf.memory().numTensors;
    const starts = [tf.tensor1d([1, 2]), tf.tensor1d([3])];
    const [a, b] = starts.map((t) => tf.variable(t)) as [Variable, Variable];
    tf.dispose(starts);
    const opt = new JsAdam(tf, 0.1);
    opt.minimize(() => tf.sum(tf.square(a)) as Scalar, true, [a, b])!.dispose();
    expect(opt.minimize(() => tf.sum(tf.square(a)) as Scalar, false, [a, b])).toBeNull();
    expect(Array.from(b.dataSync())).toEqual([3]);
    opt.dispose();
    tf.dispose([a, b]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
