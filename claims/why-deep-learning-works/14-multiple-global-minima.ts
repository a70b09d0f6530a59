// § 20.3.1 多个全局最小值
// The text: the loss of a deep network has many equivalent global minima: permuting hidden units
// (fully connected) or channels (convolutional) leaves the output unchanged; so does multiplying the
// weights before a ReLU by a positive number and dividing those after it by the same number; batch
// norm adds further redundancy, since it resets each unit's mean and variance; all of these give the
// same output for every input. Global minima depend only on the outputs at the training points, so
// an over-parameterised net has solutions that agree on the data and differ between the points.
// How we test it: fast-check generates random nets (and inputs far from any data) and the tfjs
// forward passes before and after each move are compared; the batch-norm moves are also applied to
// the same net without batch norm, where they must change the output (so they are extra
// symmetries); for the last statement, an exact interpolant of random 1-D data gets a bump between
// two training points. What would refute it: an output that changes beyond float32 rounding.
import * as fc from 'fast-check';
import type { Tensor, Tensor1D, Tensor2D, Tensor4D } from '@tensorflow/tfjs';
import { absolute, defineClaim, type CheckContext, type EvidenceView } from '../../src/claim/index.js';
import { buildMlp, mlpToArrays } from '../../src/nets/base/mlp.js';
import { Seeds } from '../../src/random/seeds.js';
import { normalStream, permutation, uniformStream } from '../../src/nets/base/rng.js';
import type { PlainNet } from '../../src/nets/regions/linear-regions.js';
import { flattenNet, netSizes, permuteHidden, plainForward, rescaleHidden } from '../../src/nets/regions/symmetries.js';
import { evalPlainNet, interpolantNet } from '../../src/nets/regions/pwl-nets.js';

const file = 'why-deep-learning-works.md';
// The judgements that failed, with what was measured, for a correction.
const failed = (e: EvidenceView) => e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.label}${Object.keys(o.where).length ? ` (${Object.entries(o.where).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}: ${o.measured ?? JSON.stringify(o.values)}`).join('; ');
const FLOAT32 = 'float32 rounding: the same function summed in another order or with rescaled factors differs by ~1e-6 relative; 1e-4 leaves a wide margin and is still far below any real change of the function';

// A random ReLU MLP as plain data (He-scaled weights, N(0, 0.1) biases).
function randomNet(tf: CheckContext['tf'], sizes: number[], seed: number): PlainNet {
  const mlp = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => 2 / n, biasVariance: 0.1, seed });
  try { return mlpToArrays(mlp); } finally { mlp.dispose(); }
}

// max |f - g| / (1 + max |f|) of two nets' tfjs outputs on x.
function relativeGap(tf: CheckContext['tf'], a: PlainNet, b: PlainNet, x: Tensor2D): number {
  return tf.tidy(() => {
    const fa = plainForward(tf, a, x);
    const fb = plainForward(tf, b, x);
    return tf.div(tf.max(tf.abs(tf.sub(fa, fb))), tf.add(1, tf.max(tf.abs(fa)))).dataSync()[0]!;
  });
}

const mlpCases = () => fc.record({
  dIn: fc.integer({ min: 1, max: 8 }),
  hidden: fc.array(fc.integer({ min: 2, max: 16 }), { minLength: 1, maxLength: 4 }),
  dOut: fc.integer({ min: 1, max: 4 }),
  inputScale: fc.constantFrom(1, 100),
  seed: fc.nat(),
}).map((c) => ({ ...c, hidden: c.hidden.join('-') }));
type MlpCase = { dIn: number; hidden: string; dOut: number; inputScale: number; seed: number };
const sizesOf = (c: MlpCase) => [c.dIn, ...c.hidden.split('-').map(Number), c.dOut];
const inputs = (tf: CheckContext['tf'], c: MlpCase) => tf.randomNormal([64, c.dIn], 0, c.inputScale, 'float32', new Seeds(c.seed).child('inputs').value) as Tensor2D;

// Every hidden layer permuted at random; the first layer's permutation is never the identity.
function permuteAll(net: PlainNet, seeds: Seeds): PlainNet {
  return netSizes(net).slice(1, -1).reduce<PlainNet>((m, n, l) => {
    const p = permutation(n, uniformStream(seeds.child('layer', l).value));
    if (l === 0 && p.every((v, i) => v === i)) [p[0], p[1]] = [p[1]!, p[0]!];
    return permuteHidden(m, l, p);
  }, net);
}

function rescaleAll(net: PlainNet, seed: number): PlainNet {
  const u = uniformStream(seed);
  let m = net;
  netSizes(net).slice(1, -1).forEach((n, l) => {
    for (let j = 0; j < n; j++) m = rescaleHidden(m, l, j, 10 ** (4 * u() - 2));
  });
  return m;
}

export const permutationSymmetry = defineClaim({
  id: 'why-deep-learning-works/hidden-unit-permutation-symmetry',
  source: { file, quote: '我们期待深层网络的损失函数存在大量等价的全局最小值。在全连接网络中，可以改变每层隐藏单元及其相关权重的排列而不改变输出。' },
  statement: 'Permuting the hidden units of every layer of a fully connected network, with their weights, leaves its output unchanged, so each global minimum comes with many equivalent ones.',
  reading: 'Random ReLU MLPs with 1 to 4 hidden layers of 2 to 16 units (He-scaled weights, biases N(0, 0.1)); every hidden layer permuted at random (columns of W_l and b_l, rows of W_{l+1}; the first layer\'s permutation is never the identity). Measured on 64 Gaussian inputs (std 1 or 100): the largest output change relative to 1 + max |f|, both nets computed by tfjs. The permuted parameter vector must differ from the original (a distinct, equivalent point); the number of such points, prod_l n_l!, is recorded for the 43-unit MNIST-1D net: (43!)^2. Scope forall: a symmetry of the parameterisation holds for every network or none, so every generated case must show it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, FLOAT32),
  correction: (e) => `（置换隐藏单元后网络输出发生了变化：${failed(e)}）`,
  cases: mlpCases,
  runs: { quick: 20, standard: 80, full: 300 },
  check: (c: MlpCase, { tf, judge, record }) => {
    let f43 = 0;
    for (let k = 2; k <= 43; k++) f43 += Math.log10(k);
    record('log10 (43!)^2: equivalent permutations of the 43-unit MNIST-1D net', +(2 * f43).toFixed(1));
    const net = randomNet(tf, sizesOf(c), c.seed);
    const moved = permuteAll(net, new Seeds(c.seed).child('permutation'));
    const x = inputs(tf, c);
    try {
      const a = flattenNet(net);
      const b = flattenNet(moved);
      judge.holds({ label: 'permuted parameters differ from the original', holds: a.some((v, i) => v !== b[i]) });
      judge.value({ label: 'relative output change after permuting', measured: relativeGap(tf, net, moved, x), asserted: 0 });
    } finally {
      x.dispose();
    }
  },
});

export const convChannelPermutation = defineClaim({
  id: 'why-deep-learning-works/conv-channel-permutation-symmetry',
  source: { file, quote: '在卷积网络中，适当改变通道和卷积核的排列也不会改变输出' },
  statement: 'In a convolutional network, permuting the channels of a layer together with the kernels that produce and consume them leaves the output unchanged.',
  reading: 'Random two-layer convolutional nets (tfjs conv2d, \'same\' padding): C0 -> C1 channels with a k x k kernel and bias, ReLU, then C1 -> C2 with a k x k kernel; C1 from 2 to 8, k from 1 to 5, 8x8 inputs with N(0, 1) pixels. The C1 hidden channels are permuted: the output dimension of the first kernel and of its bias, and the input dimension of the second kernel. Measured: the largest output change relative to 1 + max |f|. Scope forall: a symmetry of the parameterisation holds for every network or none, so every generated case must show it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, FLOAT32),
  correction: (e) => `（置换卷积通道及对应卷积核后输出发生了变化：${failed(e)}）`,
  cases: () => fc.record({ c0: fc.integer({ min: 1, max: 3 }), c1: fc.integer({ min: 2, max: 8 }), c2: fc.integer({ min: 1, max: 4 }), k: fc.integer({ min: 1, max: 5 }), seed: fc.nat() }),
  runs: { quick: 20, standard: 80, full: 300 },
  check: ({ c0, c1, c2, k, seed }, { tf, judge }) => {
    const gap = tf.tidy(() => {
      const x = tf.randomNormal([2, 8, 8, c0], 0, 1, 'float32', new Seeds(seed).child('inputs').value) as Tensor4D;
      const k1 = tf.randomNormal([k, k, c0, c1], 0, Math.sqrt(2 / (k * k * c0)), 'float32', new Seeds(seed).child('kernel1').value) as Tensor4D;
      const b1 = tf.randomNormal([c1], 0, 0.3, 'float32', new Seeds(seed).child('bias1').value) as Tensor1D;
      const k2 = tf.randomNormal([k, k, c1, c2], 0, Math.sqrt(2 / (k * k * c1)), 'float32', new Seeds(seed).child('kernel2').value) as Tensor4D;
      const f = (a: Tensor4D, b: Tensor1D, c: Tensor4D) => tf.conv2d(tf.relu(tf.add(tf.conv2d(x, a, 1, 'same'), b)) as Tensor4D, c, 1, 'same');
      const perm = tf.tensor1d(permutation(c1, uniformStream(new Seeds(seed).child('permutation').value)), 'int32');
      const y = f(k1, b1, k2);
      const yp = f(tf.gather(k1, perm, 3) as Tensor4D, tf.gather(b1, perm) as Tensor1D, tf.gather(k2, perm, 2) as Tensor4D);
      return tf.div(tf.max(tf.abs(tf.sub(y, yp))), tf.add(1, tf.max(tf.abs(y)))).dataSync()[0]!;
    });
    judge.value({ label: 'relative output change after permuting channels', measured: gap, asserted: 0 });
  },
});

export const reluRescaling = defineClaim({
  id: 'why-deep-learning-works/relu-rescaling-symmetry',
  source: { file, quote: '在任何 ReLU 函数前乘以权重，在其后除以一个正数，同样不会改变输出' },
  statement: 'Multiplying the weights (and bias) into any ReLU unit by a positive number and dividing the weights out of it by the same number leaves the output unchanged.',
  reading: 'Random ReLU MLPs as in why-deep-learning-works/hidden-unit-permutation-symmetry; every hidden unit gets its own factor c = 10^u, u uniform in [-2, 2] (c from 0.01 to 100): incoming weights and bias times c, outgoing weights divided by c. Measured on 64 Gaussian inputs (std 1 or 100): the largest output change relative to 1 + max |f|. Scope forall: a symmetry of the parameterisation holds for every network or none, so every generated case must show it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, FLOAT32),
  correction: (e) => `（对 ReLU 单元做正数缩放后网络输出发生了变化：${failed(e)}）`,
  cases: mlpCases,
  runs: { quick: 20, standard: 80, full: 300 },
  check: (c: MlpCase, { tf, judge }) => {
    const net = randomNet(tf, sizesOf(c), c.seed);
    const x = inputs(tf, c);
    try {
      judge.value({ label: 'relative output change after rescaling every unit', measured: relativeGap(tf, net, rescaleAll(net, new Seeds(c.seed).child('rescaling').value), x), asserted: 0 });
    } finally {
      x.dispose();
    }
  },
});

// x -> W1 x + b1 -> [batch norm] -> ReLU -> W2 -> output, on the batch x (training-mode statistics).
function bnNet(tf: CheckContext['tf'], x: Tensor2D, w1: Tensor2D, b1: Tensor, w2: Tensor2D, norm: boolean): Tensor2D {
  let z = tf.add(tf.matMul(x, w1), b1) as Tensor2D;
  if (norm) {
    const { mean, variance } = tf.moments(z, 0);
    z = tf.div(tf.sub(z, mean), tf.sqrt(tf.add(variance, 1e-10))) as Tensor2D;
  }
  return tf.matMul(tf.relu(z) as Tensor2D, w2);
}

export const batchNormRedundancy = defineClaim({
  id: 'why-deep-learning-works/batchnorm-extra-symmetries',
  source: { file, quote: '引入批量归一化（BatchNorm）会产生额外的冗余，因为它重置了每个隐藏单元或通道的均值和方差' },
  statement: 'Batch normalisation adds further redundancy: since it resets each hidden unit\'s mean and variance, scaling a unit\'s incoming weights by any positive factor and shifting its bias leave the output unchanged, with no compensation elsewhere.',
  reading: 'Random one-hidden-layer nets x -> W1 x + b1 -> BN -> ReLU -> W2 (width 2 to 16, inputs of dimension 1 to 8, batch of 32 Gaussian inputs); BN in training mode with batch statistics and epsilon 1e-10 (tfjs\'s default 1e-3 would itself break the invariance at the order of 1e-3/variance), without the learned scale and shift (they would only multiply and shift the normalised output). Every unit\'s incoming weights are multiplied by c = 10^u (u uniform in [-1, 1]) and its bias shifted by N(0, 1); the next layer is left alone. Judged: the output change with BN (must vanish) and, as evidence that these are extra symmetries, whether the same move changes the net without BN by more than 1% (holds). Scope forall: a symmetry of the parameterisation holds for every network or none, so every generated case must show it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, FLOAT32),
  correction: (e) => `（批量归一化后，对单元的输入权重缩放和偏置平移改变了输出：${failed(e)}）`,
  cases: () => fc.record({ dIn: fc.integer({ min: 1, max: 8 }), width: fc.integer({ min: 2, max: 16 }), seed: fc.nat() }),
  runs: { quick: 20, standard: 80, full: 300 },
  check: ({ dIn, width, seed }, { tf, judge }) => {
    const [withBn, withoutBn] = tf.tidy(() => {
      const x = tf.randomNormal([32, dIn], 0, 1, 'float32', new Seeds(seed).child('inputs').value) as Tensor2D;
      const w1 = tf.randomNormal([dIn, width], 0, Math.sqrt(2 / dIn), 'float32', new Seeds(seed).child('w1').value) as Tensor2D;
      const b1 = tf.randomNormal([width], 0, 0.3, 'float32', new Seeds(seed).child('b1').value);
      const w2 = tf.randomNormal([width, 1], 0, Math.sqrt(2 / width), 'float32', new Seeds(seed).child('w2').value) as Tensor2D;
      const c = tf.pow(10, tf.randomUniform([width], -1, 1, 'float32', new Seeds(seed).child('scales').value));
      const shift = tf.randomNormal([width], 0, 1, 'float32', new Seeds(seed).child('shifts').value);
      const gap = (norm: boolean) => {
        const y = bnNet(tf, x, w1, b1, w2, norm);
        const yMoved = bnNet(tf, x, tf.mul(w1, c) as Tensor2D, tf.add(tf.mul(b1, c), shift), w2, norm);
        return tf.div(tf.max(tf.abs(tf.sub(y, yMoved))), tf.add(1, tf.max(tf.abs(y)))).dataSync()[0]!;
      };
      return [gap(true), gap(false)];
    });
    judge.holds({ label: 'without batch norm the same move changes the output by > 1%', holds: withoutBn! > 0.01, values: { withoutBn: withoutBn! } });
    judge.value({ label: 'relative output change with batch norm', measured: withBn!, asserted: 0 });
  },
});

export const everyInput = defineClaim({
  id: 'why-deep-learning-works/symmetries-same-output-every-input',
  source: { file, quote: '这些修改对每个输入都产生相同的输出' },
  statement: 'These modifications (permutations and ReLU rescalings) produce the same output for every input, not only on the training data.',
  reading: 'Random ReLU MLPs as in why-deep-learning-works/hidden-unit-permutation-symmetry, moved by a random permutation of every hidden layer and then a rescaling of every unit (c from 0.01 to 100), evaluated on inputs no data set would contain: Gaussian with std 10^s, s from -3 to 4, and inputs along a coordinate axis. Measured: the largest output change relative to 1 + max |f|. (The batch-norm symmetries hold per batch, in training mode: why-deep-learning-works/batchnorm-extra-symmetries.) Scope forall: a symmetry of the parameterisation holds for every network or none, so every generated case must show it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, FLOAT32),
  correction: (e) => `（某些输入上，置换与缩放后的网络输出不同：${failed(e)}）`,
  cases: () => fc.tuple(mlpCases(), fc.integer({ min: -3, max: 4 })).map(([c, s]) => ({ ...c, inputScale: 10 ** s })),
  runs: { quick: 20, standard: 80, full: 300 },
  check: (c: MlpCase, { tf, judge }) => {
    const net = randomNet(tf, sizesOf(c), c.seed);
    const moved = rescaleAll(permuteAll(net, new Seeds(c.seed).child('permutation')), new Seeds(c.seed).child('rescaling').value);
    const axis = [-1e3, -1, 1, 1e3].map((v) => Array.from({ length: c.dIn }, (_, i) => (i === 0 ? v : 0)));
    const x = tf.tidy(() => tf.concat([inputs(tf, c), tf.tensor2d(axis)]) as Tensor2D);
    try {
      judge.value({ label: 'relative output change, any input', measured: relativeGap(tf, net, moved, x), asserted: 0 });
    } finally {
      x.dispose();
    }
  },
});

export const minimaDifferBetweenPoints = defineClaim({
  id: 'why-deep-learning-works/global-minima-differ-between-data',
  source: { file, quote: '然而，全局最小值仅取决于训练数据点上的输出。在过参数化网络中，还存在着一些在数据点上行为相同但在其间行为不同的解集合，这些也都属于全局最小值。' },
  statement: 'The loss depends only on the outputs at the training points, so an over-parameterised network has whole families of global minima that agree on the data and differ between the points.',
  reading: 'Random 1-D data: k + 1 points (k from 2 to 12) with increasing x and Gaussian y. A ReLU net interpolating them exactly (one hidden layer of k units, src/nets/regions/pwl-nets.ts) has zero squared loss: a global minimum. Three more hidden units add a tent of height t between two neighbouring training points (zero at every training point); with t = 0 it is the same network with more parameters than data (4k + 7 > k + 1). For t in {-1, 0.5, 2} the loss stays zero while the function between the two points changes by |t|. Measured in float64: the largest training loss over the family (must vanish) and, as a holds judgement, that the members differ halfway between the two points. Scope forall: a symmetry of the parameterisation holds for every network or none, so every generated case must show it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-12, 'float64 evaluation of exactly interpolating nets: the loss is zero up to rounding of order 1e-16'),
  correction: (e) => `（在数据点之外添加的扰动改变了训练损失：${failed(e)}）`,
  cases: () => fc.record({ k: fc.integer({ min: 2, max: 12 }), gap: fc.nat(), seed: fc.nat() }),
  runs: { quick: 20, standard: 80, full: 300 },
  check: ({ k, gap, seed }, { judge }) => {
    const g = normalStream(seed);
    const xs: number[] = [];
    let at = g();
    for (let i = 0; i <= k; i++) { at += 0.2 + Math.abs(g()); xs.push(at); }
    const ys = xs.map(() => g());
    const base = interpolantNet(xs, ys);
    const i = gap % k;
    const [lo, hi] = [xs[i]!, xs[i + 1]!];
    const mid = (lo + hi) / 2;
    // The tent t * (relu(x - lo) - 2 relu(x - mid) + relu(x - hi)) / (mid - lo): zero outside (lo, hi), t at mid.
    const withTent = (t: number): PlainNet => ({
      weights: [[[...base.weights[0]![0]!, 1, 1, 1]], [...base.weights[1]!, [t / (mid - lo)], [-2 * t / (mid - lo)], [t / (mid - lo)]]],
      biases: [[...base.biases[0]!, -lo, -mid, -hi], base.biases[1]!.slice()],
    });
    const family = [0, -1, 0.5, 2].map(withTent);
    const loss = Math.max(...family.map((net) => xs.reduce((s, x, j) => s + (evalPlainNet(net, x) - ys[j]!) ** 2, 0) / xs.length));
    const atMid = family.map((net) => evalPlainNet(net, mid));
    judge.holds({ label: 'members differ halfway between two training points', holds: new Set(atMid.map((v) => v.toFixed(9))).size === family.length, values: { spread: Math.max(...atMid) - Math.min(...atMid) } });
    judge.value({ label: 'largest training loss over the family', measured: loss, asserted: 0 });
  },
});
