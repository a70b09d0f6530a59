// § 深度的幻象与激活的火花, the paragraph on training, first half: the gradient measures the effect of
// a small weight change, backpropagation is the chain rule, and the signal is multiplied by the activation's
// derivative. How we test it: tfjs autodiff against the chain rule written out in float64 and against finite
// differences. What would refute it: an autodiff gradient that differs from either beyond float32 rounding.
import * as fc from 'fast-check';
import type { Scalar, Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import { absolute, defineClaim } from '../../src/claim/index.js';
import { buildMlp, forward, mlpToArrays } from '../../src/nets/base/mlp.js';
import { type Activation } from '../../src/nets/base/activations.js';
import { subSeed } from '../../src/random/seeds.js';
import { mlpMse } from '../../src/nets/train/train.js';
import { activationDerivative, forwardTrace } from '../../src/nets/probe/layer-jacobians.js';
import { firstOutside } from '../../src/claim/first-outside.js';
import { scalarOf } from '../../src/backend/scalar-of.js';
import { probedForward } from '../../src/nets/probe/probed-forward.js';

const file = 'deep-feedforward-networks.md';

// A small float64 MLP pass: forward (z, h per layer) and the chain rule backwards for L = sum(out * r).
function float64Backprop(arrays: { weights: number[][][]; biases: number[][] }, activation: Activation, xs: number[][], r: number[][]): { loss: number; dW: number[][][]; db: number[][] } {
  const L = arrays.weights.length;
  const phi = (z: number) => (activation === 'relu' ? Math.max(0, z) : activation === 'tanh' ? Math.tanh(z) : z);
  const dphi = (z: number) => (activation === 'relu' ? (z > 0 ? 1 : 0) : activation === 'tanh' ? 1 - Math.tanh(z) ** 2 : 1);
  const dW = arrays.weights.map((w) => w.map((row) => row.map(() => 0)));
  const db = arrays.biases.map((b) => b.map(() => 0));
  let loss = 0;
  xs.forEach((x, n) => {
    const hs = [x];
    const zs: number[][] = [];
    for (let l = 0; l < L; l++) {
      const w = arrays.weights[l]!;
      const z = arrays.biases[l]!.map((b, j) => hs[l]!.reduce((s, h, i) => s + h * w[i]![j]!, b));
      zs.push(z);
      hs.push(l === L - 1 ? z : z.map(phi));
    }
    loss += hs[L]!.reduce((s, v, j) => s + v * r[n]![j]!, 0);
    let delta = r[n]!; // dL/dz_L (linear readout)
    for (let l = L - 1; l >= 0; l--) {
      const w = arrays.weights[l]!;
      hs[l]!.forEach((h, i) => delta.forEach((d, j) => { dW[l]![i]![j]! += h * d; }));
      delta.forEach((d, j) => { db[l]![j]! += d; });
      if (l > 0) delta = w.map((row, i) => row.reduce((s, wij, j) => s + wij * delta[j]!, 0) * dphi(zs[l - 1]![i]!));
    }
  });
  return { loss, dW, db };
}

const netCases = () => fc.record({
  widths: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 2, maxLength: 6 }).map((ws) => ws.join('-')),
  seed: fc.nat(),
});

export const gradientIsSensitivity = defineClaim({
  id: 'deep-feedforward-networks/gradient-measures-effect-of-small-weight-changes',
  source: { file, quote: '我们通过计算每个权重的微小变化如何影响最终误差来调整网络权重' },
  statement: 'Training adjusts the weights using how a small change of each weight would change the final error.',
  reading: 'The quantity computed (tfjs autodiff of the MSE over 8 examples with respect to all weights and biases) must be the effect of small weight changes: along a random direction u in parameter space, the autodiff directional derivative must equal the float64 central difference (L(theta + h u) - L(theta - h u)) / 2h, h = 1e-6, and so must 3 single-weight partial derivatives; and a small step against it (lr 1e-3) must lower the error. tanh MLPs (smooth, so differences converge) with biases, widths 1..12, depth 1..5. Measured: the largest relative discrepancy (over |derivative| + 1e-3 * |gradient|). Scope forall: a definite statement about every weight.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-3, 'float32 autodiff carries about 1e-6 relative error and the float64 central difference about h^2 = 1e-12; 1e-3 is far above both, while a gradient of a different quantity misses by order 1'),
  correction: (e) => `自动微分得到的梯度与权重微小变化对误差的影响不一致（相对差 ${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: netCases,
  runs: { quick: 6, standard: 20, full: 80 },
  check: ({ widths, seed }, { tf, judge }) => {
    const sizes = widths.split('-').map(Number);
    const mlp = buildMlp(tf, { sizes, activation: 'tanh', weightVariance: (n) => 1 / n, biasVariance: 0.1, seed });
    const x = tf.randomNormal([8, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
    const y = tf.randomNormal([8, sizes[sizes.length - 1]!], 0, 1, 'float32', subSeed(seed, 2)) as Tensor2D;
    try {
      const params = [...mlp.weights, ...(mlp.biases as Tensor1D[])];
      const loss = (...ps: Tensor[]) => mlpMse(tf, { ...mlp, weights: ps.slice(0, mlp.weights.length) as Tensor2D[], biases: ps.slice(mlp.weights.length) as Tensor1D[] }, x, y);
      const grads = tf.tidy(() => tf.grads(loss)(params).map((g) => Array.from(g.dataSync())));
      const base = params.map((p) => Array.from(p.dataSync(), Number));
      const xs = x.arraySync();
      const ys = y.arraySync();
      const L = mlp.weights.length;
      const lossAt = (flat: number[][]) => {
        const weights = flat.slice(0, L).map((w, l) => Array.from({ length: sizes[l]! }, (_, i) => w.slice(i * sizes[l + 1]!, (i + 1) * sizes[l + 1]!)));
        let s = 0;
        xs.forEach((row, n) => {
          let h = row;
          for (let l = 0; l < L; l++) {
            const z = flat[L + l]!.map((b, j) => h.reduce((acc, v, i) => acc + v * weights[l]![i]![j]!, b));
            h = l === L - 1 ? z : z.map(Math.tanh);
          }
          h.forEach((v, j) => { s += (v - ys[n]![j]!) ** 2; });
        });
        return s / (xs.length * sizes[L]!);
      };
      const dirs = tf.tidy(() => tf.randomNormal([base.flat().length], 0, 1, 'float32', subSeed(seed, 3)).arraySync() as number[]);
      const gnorm = Math.sqrt(grads.flat().reduce((s, g) => s + g * g, 0));
      const along = (u: number[][]) => {
        const h = 1e-6;
        const shifted = (sign: number) => base.map((p, k) => p.map((v, i) => v + sign * h * u[k]![i]!));
        const fd = (lossAt(shifted(1)) - lossAt(shifted(-1))) / (2 * h);
        const ad = grads.reduce((s, g, k) => s + g.reduce((t, v, i) => t + v * u[k]![i]!, 0), 0);
        const unorm = Math.sqrt(u.flat().reduce((s, v) => s + v * v, 0));
        return Math.abs(fd - ad) / (Math.abs(fd) + 1e-3 * gnorm * unorm);
      };
      let at = 0;
      const random = base.map((p) => p.map(() => dirs[at++]!));
      const worst = Math.max(along(random), ...[0, 1, 2].map((k) => {
        const flatIndex = Math.floor(Math.abs(dirs[k]!) * 1e6) % at;
        let c = 0;
        return along(base.map((p) => p.map(() => (c++ === flatIndex ? 1 : 0))));
      }));
      judge.value({ label: 'max relative |autodiff - finite difference| of the loss derivative', measured: worst, asserted: 0 });
      const stepped = base.map((p, k) => p.map((v, i) => v - 1e-3 * grads[k]![i]!));
      judge.holds({ label: 'a small step against the gradient lowers the error', holds: lossAt(stepped) < lossAt(base), values: { before: lossAt(base), after: lossAt(stepped) } });
    } finally {
      tf.dispose([x, y]);
      mlp.dispose();
    }
  },
});

export const backpropIsChainRule = defineClaim({
  id: 'deep-feedforward-networks/backprop-is-the-chain-rule',
  source: { file, quote: '它本质上是微积分中[链式法则](@article_id:307837)的精细应用' },
  statement: 'Back-propagation is an application of the chain rule of calculus.',
  reading: 'tfjs\'s back-propagated gradients (autodiff of L = sum(output * r) over a batch of 4, with respect to every weight and bias) must equal the chain rule written out by hand in float64: delta_L = r, dL/dW_l = h_{l-1}^T delta_l, dL/db_l = sum delta_l, delta_{l-1} = (delta_l W_l^T) * phi\'(z_{l-1}). ReLU and tanh MLPs with biases, widths 1..12, depth 1..5. Measured: the largest |autodiff - chain rule| over all parameters, relative to the largest |chain rule| entry of the same matrix. Scope forall: a definite statement about every generated network.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, 'float32 autodiff against float64: a few hundred products and sums per entry give relative errors near 1e-6; 1e-4 leaves room, a wrong rule misses by order 1'),
  correction: (e) => `tfjs 的反向传播梯度与手写链式法则不一致（相对差 ${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: () => fc.record({ widths: netCases().map((c) => c.widths), activation: fc.constantFrom('relu', 'tanh'), seed: fc.nat() }),
  runs: { quick: 6, standard: 20, full: 80 },
  check: ({ widths, activation, seed }, { tf, judge }) => {
    const sizes = widths.split('-').map(Number);
    const act = activation as Activation;
    const mlp = buildMlp(tf, { sizes, activation: act, weightVariance: (n) => 2 / n, biasVariance: 0.1, seed });
    const x = tf.randomNormal([4, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
    const r = tf.randomNormal([4, sizes[sizes.length - 1]!], 0, 1, 'float32', subSeed(seed, 2)) as Tensor2D;
    try {
      const params = [...mlp.weights, ...(mlp.biases as Tensor1D[])];
      const L = mlp.weights.length;
      const loss = (...ps: Tensor[]) => tf.sum(tf.mul(forward(tf, { ...mlp, weights: ps.slice(0, L) as Tensor2D[], biases: ps.slice(L) as Tensor1D[] }, x), r)) as Scalar;
      const auto = tf.tidy(() => tf.grads(loss)(params).map((g) => Array.from(g.dataSync())));
      const hand = float64Backprop(mlpToArrays(mlp), act, x.arraySync(), r.arraySync());
      const handFlat = [...hand.dW.map((w) => w.flat()), ...hand.db];
      const worst = Math.max(...auto.map((g, k) => {
        const ref = handFlat[k]!;
        const scale = Math.max(1e-30, ...ref.map(Math.abs));
        return Math.max(...g.map((v, i) => Math.abs(v - ref[i]!) / scale));
      }));
      judge.value({ label: 'max |autodiff - hand chain rule| / max |chain rule| per parameter matrix', measured: worst, asserted: 0 });
    } finally {
      tf.dispose([x, r]);
      mlp.dispose();
    }
  },
});

export const signalTimesDerivative = defineClaim({
  id: 'deep-feedforward-networks/gradient-multiplied-by-activation-derivative',
  source: { file, quote: '在每个[神经元](@article_id:324093)处，它会乘以该[神经元](@article_id:324093)[激活函数](@article_id:302225)的[导数](@article_id:318324)' },
  statement: 'Flowing backwards, the gradient signal is multiplied at each neuron by the derivative of that neuron\'s activation.',
  reading: 'At every hidden neuron and every example, the gradient arriving at its output, dL/dh, and the gradient leaving through its pre-activation, dL/dz, both by tfjs autodiff (zero probes added to h and to z), must satisfy dL/dz = dL/dh * phi\'(z), with phi\' written out by hand. relu, tanh, leakyRelu (alpha 0.1) and elu MLPs with biases, widths 1..12, depth 2..5, 4 examples, L = sum(output * r). Measured: max |dL/dz - dL/dh phi\'(z)| / (max |dL/dh| of the layer). Scope forall: "在每个神经元处" quantifies over every neuron.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-5, 'one float32 multiplication per entry: the identity holds to 2^-24 relative; 1e-5 allows the hand-written derivative\'s own rounding (tanh, exp)'),
  correction: (e) => `反向传播中 dL/dz 不等于 dL/dh 乘以激活函数导数（相对差 ${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: () => fc.record({
    widths: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 3, maxLength: 6 }).map((ws) => ws.join('-')),
    activation: fc.constantFrom('relu', 'tanh', 'leakyRelu', 'elu'),
    seed: fc.nat(),
  }),
  runs: { quick: 8, standard: 30, full: 100 },
  check: ({ widths, activation, seed }, { tf, judge }) => {
    const sizes = widths.split('-').map(Number);
    const mlp = buildMlp(tf, { sizes, activation: activation as Activation, leakyAlpha: 0.1, weightVariance: (n) => 2 / n, biasVariance: 0.1, seed });
    try {
      const worst = scalarOf(tf, () => {
        const x = tf.randomNormal([4, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
        const r = tf.randomNormal([4, sizes[sizes.length - 1]!], 0, 1, 'float32', subSeed(seed, 2));
        const L = mlp.weights.length;
        const pz = sizes.slice(1).map((n) => tf.zeros([4, n]));
        const ph = sizes.slice(1, -1).map((n) => tf.zeros([4, n]));
        const grads = tf.grads((...ps: Tensor[]) => tf.sum(tf.mul(probedForward(tf, mlp, x, ps.slice(0, L), ps.slice(L)), r)))([...pz, ...ph]);
        const { zs } = forwardTrace(tf, mlp, x);
        const errs = ph.map((_, l) => {
          const [dz, dh] = [grads[l]!, grads[L + l]!];
          const expected = tf.mul(dh, activationDerivative(tf, zs[l]!, activation as Activation, 0.1));
          return tf.div(tf.max(tf.abs(tf.sub(dz, expected))), tf.add(tf.max(tf.abs(dh)), 1e-30));
        });
        return tf.max(tf.stack(errs));
      });
      judge.value({ label: 'max |dL/dz - dL/dh phi\'(z)| / max |dL/dh|', measured: worst, asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});
