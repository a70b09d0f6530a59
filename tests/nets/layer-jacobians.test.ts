import { beforeAll, describe, expect, it } from 'vitest';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { selectBackend, tf } from '../../src/backend/select.js';
import { buildMlp, forward } from '../../src/nets/base/mlp.js';
import { activate, type Activation } from '../../src/nets/base/activations.js';
import { activationDerivative, autodiffJacobian, chainProduct, forwardTrace, layerJacobians } from '../../src/nets/probe/layer-jacobians.js';

beforeAll(async () => { await selectBackend(); });

const maxAbs = (a: Tensor, b: Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]!);

describe('activationDerivative', () => {
  it.each<Activation>(['relu', 'leakyRelu', 'elu', 'tanh', 'linear'])('equals tfjs autodiff of the activation away from 0 (%s)', (a) => {
    const before = tf.memory().numTensors;
    const z = tf.tensor1d([-5, -1.5, -0.3, 0.2, 0.9, 4]);
    const auto = tf.grad((t: Tensor) => tf.sum(activate(tf, t, a, 0.1)))(z);
    const hand = activationDerivative(tf, z, a, 0.1);
    expect(maxAbs(auto, hand)).toBeLessThan(1e-6);
    tf.dispose([z, auto, hand]);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('layer Jacobians', () => {
  it.each<Activation>(['relu', 'tanh'])('multiply to the autodiff input-output Jacobian (%s)', (a) => {
    const before = tf.memory().numTensors;
    const mlp = buildMlp(tf, { sizes: [5, 7, 6, 3], activation: a, weightVariance: (n) => 2 / n, biasVariance: 0.1, seed: 3 });
    const x = tf.randomNormal([1, 5], 0, 1, 'float32', 9) as Tensor2D;
    const js = layerJacobians(tf, mlp, x);
    expect(js.map((j) => j.shape)).toEqual([[7, 5], [6, 7], [3, 6]]);
    const p = chainProduct(tf, js);
    const auto = autodiffJacobian(tf, (t) => forward(tf, mlp, t), x, 3);
    expect(auto.shape).toEqual([3, 5]);
    expect(maxAbs(p, auto)).toBeLessThan(1e-5);
    const { zs, hs } = forwardTrace(tf, mlp, x);
    expect(hs[0]).toBe(x);
    expect(tf.tidy(() => tf.max(tf.abs(tf.sub(hs[3]!, forward(tf, mlp, x)))).dataSync()[0]!)).toBeLessThan(1e-6);
    tf.dispose([...js, p, auto, ...zs, ...hs.slice(1), x]);
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
