// § 梯度消失与梯度爆炸问题
// The text: back-propagation passes the gradient backwards layer by layer, multiplying by each
// layer's Jacobian (it says Jacobian *determinant*); for ReLU nets E|g_L|^2 = (pw)^L E|g_0|^2 with
// p = 1/2, so pw > 1 explodes, pw < 1 vanishes and starves the first layers, pw = 1 keeps the norm
// ("dynamical isometry"); the critical depth is L* = ln(tau)/|ln(pw)|; saturating activations such as
// tanh push the factor below 1. How we test it: square ReLU MLPs at init with weights drawn at exactly
// Var(W) = sigma_w^2 / fan_in (w = sigma_w^2 in the text's notation), per-layer gradient norms by tfjs
// autodiff, Jacobians written out layer by layer, singular values of the input-output Jacobian, and
// short SGD runs. What would refute it: autodiff disagreeing with the stated products; measured
// growth rates off the law; a crossing depth off L*; tanh not below the comparison activation.
import * as fc from 'fast-check';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { determinant, Matrix } from 'ml-matrix';
import { absolute, atLeast, atMost, defineClaim, exactly, relative, type Budget, type CheckContext, type Slots } from '../../src/claim/index.js';
import { buildMlp, forward } from '../../src/nets/base/mlp.js';
import { type Activation } from '../../src/nets/base/activations.js';
import { gradientNorms, meanLayerFactor } from '../../src/nets/probe/gradient-norms.js';
import { autodiffJacobian, chainProduct, forwardTrace, layerJacobians } from '../../src/nets/probe/layer-jacobians.js';
import { weightGradients } from '../../src/nets/probe/activation-memory.js';
import { singularValues } from '../../src/nets/base/spectra.js';
import { subSeed } from '../../src/random/seeds.js';
import { taskData } from '../../src/datasets/function-targets.js';
import { trainMlp } from '../../src/nets/train/train-mlp.js';

const file = 'depth-vs-width.md';
const BATCH = 32;

// A square ReLU MLP: depth hidden layers, input and readout of the same width, zero biases.
const squareNet = (tf: CheckContext['tf'], depth: number, width: number, sigma2: number, seed: number, activation: Activation = 'relu') =>
  buildMlp(tf, { sizes: Array<number>(depth + 2).fill(width), activation, weightVariance: (n) => sigma2 / n, seed });

// |dL/dh_k| for k = 0..depth (h_0 = x) of one fresh square net.
function profile(tf: CheckContext['tf'], depth: number, width: number, sigma2: number, seed: number): number[] {
  const mlp = squareNet(tf, depth, width, sigma2, seed);
  try { return gradientNorms(tf, mlp, { batchSize: BATCH, seed: subSeed(seed, 1_000_003) }); } finally { mlp.dispose(); }
}

// Small nets for the exact chain-rule checks: depth 2..5 hidden layers of width 3..8, biases N(0, 1).
const smallNetCases = () => fc.record({ depth: fc.integer({ min: 2, max: 5 }), width: fc.integer({ min: 3, max: 8 }), activation: fc.constantFrom<Activation>('relu', 'tanh'), seed: fc.nat() });
const smallNet = (tf: CheckContext['tf'], c: { depth: number; width: number; activation: Activation; seed: number }) =>
  buildMlp(tf, { sizes: Array<number>(c.depth + 2).fill(c.width), activation: c.activation, weightVariance: (n) => 2 / n, biasVariance: 1, seed: c.seed });
const maxRelDiff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!))) / (1e-6 + Math.max(...b.map(Math.abs)));

export const layerByLayer = defineClaim({
  id: 'depth-vs-width/backprop-passes-gradient-layer-by-layer',
  source: { file, quote: '梯度从最后一层逐层向后传递' },
  statement: 'Back-propagation passes the gradient from the last layer backwards one layer at a time.',
  reading: 'Small MLPs (2-5 hidden layers of width 3-8, ReLU or tanh, biases) at one input x; L = <output, r>. Starting from g = r at the output, each layer is crossed backwards on its own, g <- J_l^T g with J_l = dh_l/dh_{l-1} written out (layer-jacobians.ts); the result must equal tfjs autodiff\'s dL/dx. Measured: the largest difference relative to the largest component.',
  kind: 'exact',
  tolerance: absolute(1e-4, 'float32 arithmetic in two orders: relative differences up to 1e-4 are rounding'),
  correction: () => '（逐层反向传递的结果与自动微分不一致。）',
  cases: smallNetCases,
  runs: { quick: 15, standard: 50, full: 200 },
  check: (c, { tf, judge }) => {
    const mlp = smallNet(tf, c);
    try {
      const [stepwise, auto] = tf.tidy(() => {
        const x = tf.randomNormal([1, c.width], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
        const r = tf.randomNormal([c.width, 1], 0, 1, 'float32', subSeed(c.seed, 2)) as Tensor2D;
        const js = layerJacobians(tf, mlp, x);
        const g = js.reduceRight((acc, j) => tf.matMul(j, acc, true, false), r as Tensor2D);
        const a = tf.grad((xs: Tensor) => tf.sum(tf.matMul(forward(tf, mlp, xs as Tensor2D), r)))(x);
        return [Array.from(g.dataSync()), Array.from(a.dataSync())];
      });
      judge.value({ label: 'max |layer-by-layer - autodiff| / max |autodiff|', measured: maxRelDiff(stepwise, auto), asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});

const determinantQuote = '每一层梯度的计算都涉及到与该层权重矩阵的[雅可比行列式](@entry_id:137120)的乘积';
const determinantStatement = 'Each layer\'s gradient is computed by multiplying with the Jacobian determinant associated with that layer\'s weight matrix.';

export const determinantReading = defineClaim({
  id: 'depth-vs-width/backprop-multiplies-by-jacobian-determinant-reading-a',
  primary: { why: '雅可比行列式 is the standard Chinese term for the Jacobian determinant, and a reader takes the text at its word (the next sentence\'s 雅可比矩阵 shows the slip the author should fix)' },
  source: { file, quote: determinantQuote },
  statement: determinantStatement,
  reading: 'Reading A (one of two; reading B is depth-vs-width/backprop-multiplies-by-jacobian-determinant-reading-b): literally, the Jacobian determinant (雅可比行列式), a scalar: dL/dh_{l-1} = det(J_l) dL/dh_l with J_l = dh_l/dh_{l-1} (square layers). Measured on small nets (2-5 hidden layers of width 3-8, ReLU or tanh, biases): the largest relative difference between autodiff\'s dL/dh_{l-1} and det(J_l) times dL/dh_l, over the layers.',
  kind: 'exact',
  tolerance: absolute(1e-4, 'float32 rounding: relative differences up to 1e-4'),
  // Backprop multiplies by the transposed Jacobian matrix, not its determinant: the word is the slip.
  correction: () => ({ replace: { span: '雅可比行列式', text: '雅可比矩阵' } }),
  cases: smallNetCases,
  runs: { quick: 15, standard: 50, full: 200 },
  check: (c, { tf, judge }) => {
    const mlp = smallNet(tf, c);
    try {
      const worst = tf.tidy(() => {
        const x = tf.randomNormal([1, c.width], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
        const r = tf.randomNormal([c.width, 1], 0, 1, 'float32', subSeed(c.seed, 2)) as Tensor2D;
        const js = layerJacobians(tf, mlp, x).map((j) => j.arraySync() as number[][]);
        const grads: number[][] = [Array.from(r.dataSync())];
        for (let l = js.length - 1; l >= 0; l--) grads.unshift(new Matrix(js[l]!).transpose().mmul(Matrix.columnVector(grads[0]!)).to1DArray());
        let w = 0;
        for (let l = 0; l < js.length; l++) {
          const det = determinant(new Matrix(js[l]!));
          w = Math.max(w, maxRelDiff(grads[l + 1]!.map((v) => det * v), grads[l]!));
        }
        return w;
      });
      judge.value({ label: 'max relative |det(J_l) g_l - g_{l-1}| over layers', measured: worst, asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});

export const jacobianMatrixReading = defineClaim({
  id: 'depth-vs-width/backprop-multiplies-by-jacobian-determinant-reading-b',
  alternativeOf: 'depth-vs-width/backprop-multiplies-by-jacobian-determinant-reading-a',
  source: { file, quote: determinantQuote },
  statement: determinantStatement,
  reading: 'Reading B (one of two; reading A is depth-vs-width/backprop-multiplies-by-jacobian-determinant-reading-a): "行列式" taken as a slip for the Jacobian matrix; the gradient is multiplied by J_l^T = (dh_l/dh_{l-1})^T. The same nets and measurement as reading A with J_l^T g_l in place of det(J_l) g_l, all layers compared with autodiff\'s per-layer gradients (zero probes).',
  kind: 'exact',
  tolerance: absolute(1e-4, 'float32 rounding: relative differences up to 1e-4'),
  correction: () => '（与雅可比矩阵的乘积也不等于自动微分的梯度。）',
  cases: smallNetCases,
  runs: { quick: 15, standard: 50, full: 200 },
  check: (c, { tf, judge }) => {
    const mlp = smallNet(tf, c);
    try {
      const worst = tf.tidy(() => {
        const x = tf.randomNormal([1, c.width], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
        const r = tf.randomNormal([c.width, 1], 0, 1, 'float32', subSeed(c.seed, 2)) as Tensor2D;
        const js = layerJacobians(tf, mlp, x);
        const probes = js.map(() => tf.zeros([1, c.width]));
        // auto[l] = dL/dh_l (h_0 = x) for l = 0..depth; the output's gradient is r.
        const auto = tf.grads((...p: Tensor[]) => tf.sum(tf.matMul(forward(tf, mlp, x, p), r)))(probes).map((g) => Array.from(g.dataSync()));
        const upstream = [...auto.slice(1), Array.from(r.dataSync())];
        let w = 0;
        js.forEach((j, l) => {
          const via = tf.matMul(j, tf.reshape(tf.tensor1d(upstream[l]!), [-1, 1]), true, false);
          w = Math.max(w, maxRelDiff(Array.from(via.dataSync()), auto[l]!));
        });
        return w;
      });
      judge.value({ label: 'max relative |J_l^T g_l - g_{l-1}| over layers', measured: worst, asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});

export const productOfJacobians = defineClaim({
  id: 'depth-vs-width/first-layer-gradient-is-product-of-jacobians',
  source: { file, quote: '最前几层的梯度是 $L$ 个雅可比矩阵连乘的结果' },
  statement: 'In a depth-L network, the gradient reaching the first layers is the result of multiplying L Jacobian matrices.',
  reading: 'The chain product J_L ... J_1 of the written-out layer Jacobians (layer-jacobians.ts) against the full input-output Jacobian by tfjs autodiff, on small MLPs (2-5 hidden layers of width 3-8, ReLU or tanh, biases) at one input. Measured: the largest entry difference relative to the largest entry.',
  kind: 'exact',
  tolerance: absolute(1e-4, 'float32 arithmetic in two orders: relative differences up to 1e-4 are rounding'),
  correction: () => '（雅可比矩阵连乘与自动微分的输入-输出雅可比矩阵不一致。）',
  cases: smallNetCases,
  runs: { quick: 15, standard: 50, full: 200 },
  check: (c, { tf, judge }) => {
    const mlp = smallNet(tf, c);
    try {
      const [chain, auto] = tf.tidy(() => {
        const x = tf.randomNormal([1, c.width], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
        return [Array.from(chainProduct(tf, layerJacobians(tf, mlp, x)).dataSync()), Array.from(autodiffJacobian(tf, (xs) => forward(tf, mlp, xs), x, c.width).dataSync())];
      });
      judge.value({ label: 'max |chain product - autodiff Jacobian| / max |entry|', measured: maxRelDiff(chain, auto), asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});

const recursionQuote = '其演化规律为 $g_\\ell = J_\\ell g_{\\ell-1}$';
const recursionStatement = 'The back-propagated gradient evolves as g_l = J_l g_{l-1}, with J_l the Jacobian of layer l.';

// Largest relative difference between autodiff's dL/dh_{l-1} and M_l applied to dL/dh_l, M_l = J_l or J_l^T.
function recursionGap(tf: CheckContext['tf'], c: { depth: number; width: number; activation: Activation; seed: number }, transpose: boolean): number {
  const mlp = smallNet(tf, c);
  try {
    return tf.tidy(() => {
      const x = tf.randomNormal([1, c.width], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D;
      const r = tf.randomNormal([c.width, 1], 0, 1, 'float32', subSeed(c.seed, 2)) as Tensor2D;
      const js = layerJacobians(tf, mlp, x);
      const probes = js.map(() => tf.zeros([1, c.width]));
      const auto = tf.grads((...p: Tensor[]) => tf.sum(tf.matMul(forward(tf, mlp, x, p), r)))(probes).map((g) => Array.from(g.dataSync()));
      const upstream = [...auto.slice(1), Array.from(r.dataSync())];
      return Math.max(...js.map((j, l) => maxRelDiff(Array.from(tf.matMul(j, tf.reshape(tf.tensor1d(upstream[l]!), [-1, 1]), transpose, false).dataSync()), auto[l]!)));
    });
  } finally {
    mlp.dispose();
  }
}

export const recursionAsWritten = defineClaim({
  id: 'depth-vs-width/gradient-recursion-reading-a',
  alternativeOf: 'depth-vs-width/gradient-recursion-reading-b',
  source: { file, quote: recursionQuote },
  statement: recursionStatement,
  reading: 'Reading A (one of two; reading B is depth-vs-width/gradient-recursion-reading-b): J_l is the layer\'s Jacobian dh_l/dh_{l-1} applied as written, without a transpose. Measured on small MLPs (2-5 hidden layers of width 3-8, ReLU or tanh, biases): the largest relative difference between J_l applied to the upstream gradient and autodiff\'s downstream gradient, over the layers.',
  kind: 'exact',
  tolerance: absolute(1e-4, 'float32 rounding: relative differences up to 1e-4'),
  correction: () => '其演化规律为 $g_{\\ell-1} = J_\\ell^{\\top} g_\\ell$（反向传播乘的是雅可比矩阵的转置；在随机矩阵模型中 J 与 J^T 的奇异值分布相同，范数结论不受影响）',
  cases: smallNetCases,
  runs: { quick: 15, standard: 50, full: 200 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max relative |J_l g - autodiff| over layers', measured: recursionGap(tf, c, false), asserted: 0 });
  },
});

export const recursionTransposed = defineClaim({
  id: 'depth-vs-width/gradient-recursion-reading-b',
  primary: { why: 'the paragraph analyses back-propagated gradient norms in a random-matrix model, where J_ℓ stands for the layer\'s backward map; the norm law that follows does not depend on the transpose' },
  source: { file, quote: recursionQuote },
  statement: recursionStatement,
  reading: 'Reading B (one of two; reading A is depth-vs-width/gradient-recursion-reading-a): J_l stands for the backward map of layer l, the transpose of dh_l/dh_{l-1}, and the index counts layers from the output. The same nets and measurement as reading A with J_l^T.',
  kind: 'exact',
  tolerance: absolute(1e-4, 'float32 rounding: relative differences up to 1e-4'),
  correction: () => '（即使取转置，逐层递推也与自动微分不一致。）',
  cases: smallNetCases,
  runs: { quick: 15, standard: 50, full: 200 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max relative |J_l^T g - autodiff| over layers', measured: recursionGap(tf, c, true), asserted: 0 });
  },
});

const lawReading = 'Square ReLU MLPs (zero biases, input and readout of the same width), weights N(0, sigma_w^2 / fan_in) exactly, a batch of 32 N(0, I) inputs, L = sum(output * r) for Gaussian r; |g| is the Frobenius norm over the batch of dL/dh. g_0 is the gradient at the last hidden layer and g_L the gradient after crossing L hidden layers backwards (at the input). The text\'s w is read as sigma_w^2 = fan_in Var(W) and p = 1/2.';

export const geometricLaw = defineClaim({
  id: 'depth-vs-width/gradient-norm-geometric-law',
  source: { file, quote: '$\\mathbb{E}[\\|g_L\\|^2] = (pw)^L \\mathbb{E}[\\|g_0\\|^2]$' },
  statement: 'In a ReLU network at initialisation, E|g_L|^2 = (pw)^L E|g_0|^2 with p = 1/2 and w the weight-variance scale.',
  reading: `${lawReading} Samples: |g_L|^2 / |g_0|^2 of fresh nets; their mean is judged against (sigma_w^2 / 2)^L. Cases: L = 2..8 hidden layers, width 128, sigma_w^2 in {1, 1.5, 2.5, 3} (pw = 1 is depth-vs-width/gradient-norm-stable-only-at-pw-1); few cases with many nets each, because the per-net ratio scatters by about 20% and the interval must resolve a 15% band.`,
  kind: 'statistical',
  tolerance: relative(0.15, 'an expectation identity: +-15% admits finite-width effects and still tells (pw)^L from (pw)^(L+-1) for every pw tested other than 1 (a factor of at least 1.25)'),
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside'); return `（实测 L = ${o?.where.depth}、σ_w² = ${o?.where.sigma2} 时 E|g_L|²/E|g_0|² = ${o?.measured?.toPrecision(3)}，而公式给出 ${o?.asserted?.toPrecision(3)}。）`; },
  cases: () => fc.record({ depth: fc.integer({ min: 2, max: 8 }), width: fc.constant(128), sigma2: fc.constantFrom(1, 1.5, 2.5, 3), seed: fc.nat() }),
  runs: { quick: 3, standard: 6, full: 20 },
  check: ({ depth, width, sigma2, seed }, { tf, judge, scale, record }) => {
    const nets = scale({ quick: 24, standard: 60, full: 150 });
    record('nets per case', nets);
    judge.sequential({ label: '|g_L|^2 / |g_0|^2', statistic: 'mean', n: nets, draw: (i) => { const n = profile(tf, depth, width, sigma2, subSeed(seed, i)); return (n[0]! / n[depth]!) ** 2; }, asserted: (sigma2 / 2) ** depth });
  },
});

export const halfActive = defineClaim({
  id: 'depth-vs-width/relu-derivative-one-with-probability-half',
  source: { file, quote: '其中 $p$ 是[ReLU激活函数](@entry_id:138370)导数为{d:number}的概率（对于对称输入，$p={p:number}$）' },
  statement: 'p, the probability that a ReLU unit\'s derivative is {d}, equals {p} for symmetric inputs.',
  reading: 'Square ReLU MLPs (width 64, 8 hidden layers, zero biases, weights N(0, sigma_w^2 / fan_in), sigma_w^2 in {1, 2, 3}); inputs: a batch of 32 N(0, I) vectors (symmetric). p is measured per net as the fraction of hidden pre-activations above 0 over all hidden layers and the batch; nets are the samples.',
  kind: 'statistical',
  tolerance: absolute(0.02, 'an exact symmetry argument gives 1/2; +-0.02 allows nothing a real bias would not exceed'),
  correction: (e) => `（实测 p ≈ ${e.observations.find((o) => o.outcome === 'outside')?.measured?.toFixed(3)}。）`,
  check: ({ tf, judge, scale, seed, record, slots }) => {
    const nets = scale({ quick: 10, standard: 30, full: 100 });
    record('nets per weight scale', nets);
    for (const sigma2 of [1, 2, 3]) {
      const draw = (i: number) => {
        const mlp = squareNet(tf, 8, 64, sigma2, subSeed(seed, 100 * sigma2 + i));
        try {
          return tf.tidy(() => {
            const x = tf.randomNormal([BATCH, 64], 0, 1, 'float32', subSeed(seed, 7 + i)) as Tensor2D;
            const { zs, hs } = forwardTrace(tf, mlp, x);
            const hidden = zs.slice(0, -1);
            const frac = tf.mean(tf.stack(hidden.map((z) => tf.mean(tf.cast(tf.greater(z, 0), 'float32'))))).dataSync()[0]!;
            tf.dispose([...zs, ...hs.slice(1)]);
            return frac;
          });
        } finally {
          mlp.dispose();
        }
      };
      judge.sequential({ label: 'fraction of active ReLU units', statistic: 'mean', n: nets, draw, asserted: slots.number('p'), where: { sigma2 } });
    }
  },
  judgements: 3,
});

// Per-net per-layer factor of the squared gradient norm over hidden layers [from, to) counted from the top.
const sqFactor = (n: number[], depth: number, from: number, to: number) => ((n[depth - to]! / n[depth - from]!) ** 2) ** (1 / (to - from));

export const geometricSeries = defineClaim({
  id: 'depth-vs-width/squared-gradient-follows-geometric-series',
  source: { file, quote: '可以推导出，梯度范数的期望平方值 $\\mathbb{E}[\\|g_L\\|^2]$ 遵循一个简单的几何级数' },
  statement: 'The expected squared gradient norm follows a geometric series in the number of layers crossed.',
  reading: `${lawReading} A geometric series has the same ratio at every term: per net (16 hidden layers, width 128), the per-layer factor of |g|^2 over the top 8 layers and over the bottom 8; samples are their quotient, judged by geometric mean against 1, at sigma_w^2 = 1 and 3.`,
  kind: 'statistical',
  tolerance: relative(0.1, 'a geometric series has equal ratios; +-10% admits finite-width drift of the ratio (of order 1/width per layer)'),
  correction: (e) => `（实测上下两半的每层因子之比为 ${e.observations.find((o) => o.outcome === 'outside')?.measured?.toFixed(3)}，并非等比。）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const nets = scale({ quick: 6, standard: 16, full: 40 });
    record('nets per weight scale', nets);
    for (const sigma2 of [1, 3]) {
      const draw = (i: number) => { const n = profile(tf, 16, 128, sigma2, subSeed(seed, 100 * sigma2 + i)); return sqFactor(n, 16, 8, 16) / sqFactor(n, 16, 0, 8); };
      judge.sequential({ label: 'per-layer factor, bottom half / top half', statistic: 'geometricMean', n: nets, draw, asserted: 1, where: { sigma2 } });
    }
  },
  judgements: 2,
});

export const exponentialTrend = defineClaim({
  id: 'depth-vs-width/gradient-norm-exponential-in-depth',
  source: { file, quote: '这个公式明确揭示了梯度范数随深度 $L$ 指数级变化的趋势' },
  statement: 'The gradient norm changes exponentially with depth L.',
  reading: `${lawReading} Exponential change makes log|g_L| linear in L: per net (16 hidden layers, width 128) with rho(L) = |g_L| / |g_0| at L = 4, 8, 16, q = [log rho(16) - log rho(8)] / 8 over [log rho(8) - log rho(4)] / 4 is 1 for any exponential rate (and near 0.5 for linear growth in L). At sigma_w^2 = 1 and 3 (at 2 the rate is 0 and q undefined); nets are the samples.`,
  kind: 'statistical',
  tolerance: relative(0.25, 'q = 1 for exponential change, about 0.5 for linear: +-25% separates them'),
  correction: (e) => `（实测 q = ${e.observations.find((o) => o.outcome === 'outside')?.measured?.toFixed(2)}。）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const nets = scale({ quick: 6, standard: 16, full: 40 });
    record('nets per weight scale', nets);
    for (const sigma2 of [1, 3]) {
      const draw = (i: number) => {
        const n = profile(tf, 16, 128, sigma2, subSeed(seed, 100 * sigma2 + i));
        const lr = (L: number) => Math.log(n[16 - L]! / n[16]!);
        return ((lr(16) - lr(8)) / 8) / ((lr(8) - lr(4)) / 4);
      };
      judge.sequential({ label: 'q (exponential: 1)', statistic: 'mean', n: nets, draw, asserted: 1, where: { sigma2 } });
    }
  },
  judgements: 2,
});

const factorCases = (variances: number[]) => () => fc.record({ depth: fc.integer({ min: 4, max: 12 }), width: fc.constantFrom(64, 128), sigma2: fc.constantFrom(...variances), seed: fc.nat() });
// The planned nets for one case and the draw of net i's factor (for judge.sequential).
const factorDraws = (c: { depth: number; width: number; sigma2: number; seed: number }, ctx: CheckContext, activation: Activation = 'relu') => {
  const nets = ctx.scale({ quick: 4, standard: 8, full: 16 });
  ctx.record('nets per case', nets);
  return { n: nets, draw: (i: number) => meanLayerFactor(ctx.tf, { depth: c.depth, width: c.width, activation, weightVariance: (n) => c.sigma2 / n, seed: subSeed(c.seed, i), batchSize: BATCH }) };
};

export const explodes = defineClaim({
  id: 'depth-vs-width/gradient-explodes-when-pw-above-1',
  source: { file, quote: '如果 $pw {sign:rel} {one:number}$，梯度将呈指数级增长' },
  statement: 'If pw {sign} {one}, the gradient grows exponentially with depth.',
  reading: `${lawReading} sigma_w^2 in {2.5, 3, 4} (pw = 1.25, 1.5, 2); per net the per-layer factor of |g| (geometric mean over its hidden layers); supported if the interval lies above 1. Cases: 4..12 hidden layers, width 64 or 128.`,
  kind: 'statistical',
  tolerance: atLeast(0, 'growth means a per-layer factor above 1'),
  correction: (e) => `（实测 pw > ${e.slots.number('one')} 时梯度并未逐层增长。）`,
  // pw = sigma_w^2 / 2 for ReLU: 1.25, 1.5 and 2 times the text's threshold.
  cases: (_budget: Budget, slots: Slots) => factorCases([1.25, 1.5, 2].map((k) => 2 * k * slots.number('one')))(),
  runs: { quick: 5, standard: 20, full: 60 },
  check: (c, ctx) => { ctx.judge.sequential({ label: 'per-layer gradient-norm factor', statistic: 'geometricMean', ...factorDraws(c, ctx), asserted: 1 }); },
});

export const vanishes = defineClaim({
  id: 'depth-vs-width/gradient-vanishes-when-pw-below-1',
  source: { file, quote: '梯度将呈指数级衰减，导致**梯度消失 (vanishing gradients)**' },
  statement: 'If pw < 1, the gradient decays exponentially with depth (vanishing gradients).',
  reading: `${lawReading} The text prints "pw  1" (the comparison sign is lost); read as pw < 1. sigma_w^2 in {0.5, 1, 1.5} (pw = 0.25, 0.5, 0.75); per net the per-layer factor of |g|; supported if the interval lies below 1. Cases: 4..12 hidden layers, width 64 or 128.`,
  kind: 'statistical',
  tolerance: atMost(0, 'decay means a per-layer factor below 1'),
  correction: () => '（实测 pw < 1 时梯度并未逐层衰减。）',
  cases: factorCases([0.5, 1, 1.5]),
  runs: { quick: 5, standard: 20, full: 60 },
  check: (c, ctx) => { ctx.judge.sequential({ label: 'per-layer gradient-norm factor', statistic: 'geometricMean', ...factorDraws(c, ctx), asserted: 1 }); },
});

export const explodingUnstable = defineClaim({
  id: 'depth-vs-width/exploding-gradients-make-training-unstable',
  source: { file, quote: '使得训练过程极其不稳定' },
  statement: 'When pw > 1 the exploding gradients make training extremely unstable.',
  reading: 'Deep plain ReLU MLPs (8 hidden layers of width 16) on a smooth 2-D regression (128 points), plain full-batch SGD at lr 0.01, a rate at which the pw = 1 net (Var(W) = 2/fan_in) trains: checked in every run. The same architecture at Var(W) = 3/fan_in (pw = 1.5) is trained identically; "extremely unstable" is read as failing to lower the loss (or diverging). Samples: log(final / initial training loss) of the pw = 1.5 net (a diverged run counts as log 10^6); supported if the interval lies at or above 0.',
  kind: 'experiment',
  tolerance: atLeast(0, 'unstable training is read as a loss that does not go down: log(final/initial) >= 0'),
  correction: (e) => `（实测在 pw = 1 网络可稳定训练的学习率下，pw = 1.5 的网络损失仍下降：log(末/初) 均值 ${e.observations.find((o) => o.method === 'mean')?.measured?.toFixed(2)}。）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const seeds = Array.from({ length: scale({ quick: 2, standard: 3, full: 12 }) }, (_, i) => seed + 1000 * i);
    const steps = scale({ quick: 60, standard: 150, full: 1000 });
    record('SGD steps', steps);
    const samples: number[] = [];
    seeds.forEach((s, i) => {
      const data = taskData(tf, { task: 'smooth2d', nTrain: 128, nTest: 16, seed: s });
      try {
        const run = (weightVariance: number) => trainMlp(tf, { sizes: [2, ...Array<number>(8).fill(16), 1], phi: 'relu', weightVariance, seed: s + 1 }, { optimizer: 'sgd', lr: 0.01, steps, loss: 'mse', train: data.train, evalEvery: steps });
        const ref = run(2);
        judge.holds({ label: 'the pw = 1 net trains at this rate', holds: !ref.nonFinite && ref.trainLoss[ref.trainLoss.length - 1]! < ref.trainLoss[0]!, values: { initial: ref.trainLoss[0]!, final: ref.trainLoss[ref.trainLoss.length - 1]! }, where: { seed: i } });
        const hot = run(3);
        const last = hot.trainLoss[hot.trainLoss.length - 1]!;
        record(`seed ${i}: pw = 1.5 loss initial / final`, `${hot.trainLoss[0]!.toPrecision(3)} / ${last.toPrecision(3)}`);
        samples.push(hot.nonFinite || !Number.isFinite(last) ? Math.log(1e6) : Math.log(last / hot.trainLoss[0]!));
      } finally {
        data.dispose();
      }
    });
    judge.mean({ label: 'log(final / initial loss) at pw = 1.5', samples, asserted: 0 });
  },
});

const starveQuote = '使得网络的前几层几乎无法接收到学习信号，参数更新停滞';
const starveStatement = 'When pw < 1 the first layers receive almost no learning signal and their parameter updates stall.';
// Relative gradient |dL/dW_l| / |W_l| per weight matrix of a square ReLU net (L = sum(out * r), 32 Gaussian inputs).
function relativeWeightGradients(tf: CheckContext['tf'], depth: number, width: number, sigma2: number, seed: number): number[] {
  const mlp = squareNet(tf, depth, width, sigma2, seed);
  try {
    return tf.tidy(() => {
      const x = tf.randomNormal([BATCH, width], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
      const r = tf.randomNormal([BATCH, width], 0, 1, 'float32', subSeed(seed, 2)) as Tensor2D;
      return weightGradients(tf, mlp, x, r).map((g, l) => tf.div(tf.norm(g), tf.norm(mlp.weights[l]!)).dataSync()[0]!);
    });
  } finally {
    mlp.dispose();
  }
}

export const starveWithinNet = defineClaim({
  id: 'depth-vs-width/vanishing-starves-first-layers-reading-a',
  primary: { why: '前几层 (the first layers) sets them against the later layers of the same net, through which the vanishing gradient has already passed' },
  source: { file, quote: starveQuote },
  statement: starveStatement,
  reading: 'Reading A (one of two; reading B is depth-vs-width/vanishing-starves-first-layers-reading-b): the first layers get almost no signal compared with the last layers of the same net. Square bias-free ReLU nets, 12 hidden layers of width 64, Var(W) = 1/fan_in (pw = 1/2); the learning signal of a layer is its relative weight gradient |dL/dW| / |W| at initialisation (L = sum(out * r), 32 Gaussian inputs). Samples: first-layer over last-layer signal per net; "almost none" is read as at most a tenth.',
  kind: 'statistical',
  tolerance: atMost(0, '"almost no signal" is read as at most a tenth of the last layer\'s'),
  correction: (e) => `（在无偏置的 ReLU 网络中，前向信号与反向梯度同步缩小，第一层与最后一层的相对梯度之比约为 ${e.observations[0]?.measured?.toFixed(2)}：所有层同样缺乏学习信号，而不只是前几层。）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const nets = scale({ quick: 6, standard: 16, full: 40 });
    record('nets', nets);
    const draw = (i: number) => { const g = relativeWeightGradients(tf, 12, 64, 1, subSeed(seed, i)); return g[0]! / g[g.length - 1]!; };
    judge.sequential({ label: 'relative gradient, first layer / last layer', statistic: 'geometricMean', n: nets, draw, asserted: 0.1 });
  },
});

export const starveVersusCritical = defineClaim({
  id: 'depth-vs-width/vanishing-starves-first-layers-reading-b',
  alternativeOf: 'depth-vs-width/vanishing-starves-first-layers-reading-a',
  source: { file, quote: starveQuote },
  statement: starveStatement,
  reading: 'Reading B (one of two; reading A is depth-vs-width/vanishing-starves-first-layers-reading-a): the first layers get almost no signal compared with the same layer of a net at pw = 1. Square bias-free ReLU nets, 12 hidden layers of width 64, the same draws at Var(W) = 1/fan_in (pw = 1/2) and 2/fan_in (pw = 1); signal = relative weight gradient |dL/dW_1| / |W_1| at initialisation. Samples: the ratio per pair; "almost none" is read as at most a tenth.',
  kind: 'statistical',
  tolerance: atMost(0, '"almost no signal" is read as at most a tenth of the critical net\'s'),
  correction: () => '（实测前几层的相对梯度并未远小于临界初始化下的网络。）',
  check: ({ tf, judge, scale, seed, record }) => {
    const nets = scale({ quick: 6, standard: 16, full: 40 });
    record('net pairs', nets);
    const draw = (i: number) => relativeWeightGradients(tf, 12, 64, 1, subSeed(seed, i))[0]! / relativeWeightGradients(tf, 12, 64, 2, subSeed(seed, i))[0]!;
    judge.sequential({ label: 'first-layer relative gradient, pw = 1/2 over pw = 1', statistic: 'geometricMean', n: nets, draw, asserted: 0.1 });
  },
});

export const stableAtCritical = defineClaim({
  id: 'depth-vs-width/gradient-norm-stable-only-at-pw-1',
  source: { file, quote: '只有当 $pw={one:number}$ 时，梯度才能在期望意义上保持稳定的范数' },
  statement: 'Only when pw = {one} does the gradient keep a stable norm in expectation.',
  reading: `${lawReading} At sigma_w^2 = 2 (pw = 1): samples |g_L|^2 / |g_0|^2, mean judged against 1, for L = 4..10 hidden layers, width 128; few cases with many nets each (the per-net ratio scatters by about 20%). (That every other pw drifts exponentially is checked by depth-vs-width/gradient-norm-geometric-law.)`,
  kind: 'statistical',
  tolerance: relative(0.15, 'stable in expectation: the mean ratio within 15% of 1 admits finite-width effects'),
  correction: (e) => `（实测 pw = ${e.slots.number('one')} 时 E|g_L|²/|g_0|² = ${e.observations.find((o) => o.outcome === 'outside')?.measured?.toFixed(3)}。）`,
  cases: () => fc.record({ depth: fc.integer({ min: 4, max: 10 }), width: fc.constant(128), seed: fc.nat() }),
  runs: { quick: 3, standard: 6, full: 20 },
  check: ({ depth, width, seed }, { tf, judge, scale, record, slots }) => {
    const nets = scale({ quick: 24, standard: 60, full: 150 });
    record('nets per case', nets);
    // pw = sigma_w^2 / 2 for ReLU.
    judge.sequential({ label: `|g_L|^2 / |g_0|^2 at pw = ${slots.number('one')}`, statistic: 'mean', n: nets, draw: (i) => { const n = profile(tf, depth, width, 2 * slots.number('one'), subSeed(seed, i)); return (n[0]! / n[depth]!) ** 2; }, asserted: 1 });
  },
});

export const dynamicalIsometry = defineClaim({
  id: 'depth-vs-width/pw-1-is-dynamical-isometry',
  source: { file, quote: '这种情况被称为**动态等距 (dynamical isometry)**' },
  statement: 'The pw = 1 case, where the gradient norm is preserved in expectation, is called dynamical isometry.',
  reading: 'Dynamical isometry (Saxe et al. 2014; Pennington et al. 2017) means that all singular values of the input-output Jacobian concentrate near 1, not only their mean square. At pw = 1 (ReLU, Var(W) = 2/fan_in, square nets of width 64, zero biases), the input-output Jacobian at one N(0, I) input is formed from the written-out layer Jacobians and its singular values computed (float64). Measured per net: the spread std(s^2) / mean(s^2) of the squared singular values (0 for an isometry). Read as isometric: a spread of at most 0.5. Depths 4 and 16.',
  kind: 'statistical',
  tolerance: atMost(0.5, 'near-isometry read as squared singular values within about +-50% of their mean: a spread of at most 0.5'),
  correction: () => '只有当 $pw=1$ 时，梯度才能在期望意义上保持稳定的范数（临界初始化）；这并不是动态等距：动态等距要求输入-输出雅可比矩阵的全部奇异值都集中在 1 附近，而 ReLU 网络在任何高斯初始化下都达不到。',
  check: ({ tf, judge, scale, seed, record }) => {
    const nets = scale({ quick: 4, standard: 10, full: 30 });
    record('nets per depth', nets);
    for (const depth of [4, 16]) {
      const draw = (i: number) => {
        const mlp = squareNet(tf, depth, 64, 2, subSeed(seed, 100 * depth + i));
        try {
          const j = tf.tidy(() => {
            const x = tf.randomNormal([1, 64], 0, 1, 'float32', subSeed(seed, 5 + i)) as Tensor2D;
            return chainProduct(tf, layerJacobians(tf, mlp, x).slice(0, depth)).arraySync() as number[][];
          });
          const s2 = singularValues(j).map((v) => v * v);
          const mean = s2.reduce((a, v) => a + v, 0) / s2.length;
          return Math.sqrt(s2.reduce((a, v) => a + (v - mean) ** 2, 0) / s2.length) / mean;
        } finally {
          mlp.dispose();
        }
      };
      judge.sequential({ label: 'spread std(s^2)/mean(s^2) of the Jacobian\'s squared singular values', statistic: 'mean', n: nets, draw, asserted: 0, where: { depth } });
    }
  },
  judgements: 2,
});

// Per group of nets: the depth at which the mean squared ratio (or its square root) first crosses 1/tau or tau, interpolated in log.
function crossingDepth(profiles: number[][], depth: number, tau: number, squared: boolean): number {
  const mean = Array.from({ length: depth + 1 }, (_, k) => profiles.reduce((s, n) => s + (n[depth - k]! / n[depth]!) ** 2, 0) / profiles.length);
  const v = mean.map((m) => Math.abs(Math.log(squared ? m : Math.sqrt(m))));
  const target = Math.log(tau);
  for (let k = 1; k <= depth; k++) if (v[k]! >= target) return k - 1 + (target - v[k - 1]!) / (v[k]! - v[k - 1]!);
  return NaN;
}

const criticalReading = (what: string) => `${lawReading} tau = 10; sigma_w^2 = 1.6 (pw = 0.8) and 2.5 (pw = 1.25), where L* = ln 10 / |ln pw| = 10.3. Nets of 24 hidden layers, width 128, in groups of 4; per group the mean of |g_L|^2 / |g_0|^2 over its nets at every L, and the first L (interpolated between layers in log) at which ${what} has moved by the factor tau. Groups are the samples.`;

export const criticalDepthNorm = defineClaim({
  id: 'depth-vs-width/critical-depth-reading-b',
  source: { file, quote: '超过这个深度，梯度范数就会偏离其初始值一个显著的因子' },
  statement: 'The critical depth beyond which the gradient norm has moved from its initial value by a factor tau is L* = ln(tau) / |ln(pw)|.',
  reading: `Reading B (one of two; reading A is depth-vs-width/critical-depth-reading-a): as this sentence says, the factor tau applies to the gradient norm (taken as the root of the mean squared norm). ${criticalReading('the root-mean-square norm')}`,
  kind: 'statistical',
  tolerance: absolute(1, 'one layer: the depth is a layer count, interpolated, and finite width shifts it by a fraction of a layer'),
  correction: () => '这个临界深度由 $L^* = \\frac{2\\ln(\\tau)}{|\\ln(pw)|}$ 给出（若 τ 指梯度范数本身的偏离因子；公式 $\\frac{\\ln(\\tau)}{|\\ln(pw)|}$ 对应的是梯度范数平方的偏离因子）',
  check: ({ tf, judge, scale, seed, record }) => {
    const groups = scale({ quick: 3, standard: 6, full: 16 });
    record('groups of 4 nets per weight scale', groups);
    for (const sigma2 of [1.6, 2.5]) {
      const draw = (g: number) => crossingDepth(Array.from({ length: 4 }, (_, i) => profile(tf, 24, 128, sigma2, subSeed(seed, 1000 * g + 10 * sigma2 + i))), 24, 10, false);
      judge.sequential({ label: 'depth at which the gradient norm moved by tau', statistic: 'mean', n: groups, draw, asserted: Math.log(10) / Math.abs(Math.log(sigma2 / 2)), where: { sigma2 } });
    }
  },
  judgements: 2,
});

export const criticalDepthSquared = defineClaim({
  id: 'depth-vs-width/critical-depth-reading-a',
  source: { file, quote: '$L^* = \\frac{\\ln(\\tau)}{|\\ln(pw)|}$' },
  statement: 'The critical depth beyond which the gradient norm has moved from its initial value by a factor tau is L* = ln(tau) / |ln(pw)|.',
  reading: `Reading A (one of two; reading B is depth-vs-width/critical-depth-reading-b): the factor tau applies to the expected squared norm, the quantity the law E|g_L|^2 = (pw)^L E|g_0|^2 tracks. ${criticalReading('the mean squared norm')}`,
  kind: 'statistical',
  tolerance: absolute(1, 'one layer: the depth is a layer count, interpolated, and finite width shifts it by a fraction of a layer'),
  correction: (e) => `（实测临界深度为 ${e.observations.find((o) => o.outcome === 'outside')?.measured?.toFixed(1)} 层。）`,
  check: ({ tf, judge, scale, seed, record }) => {
    const groups = scale({ quick: 3, standard: 6, full: 16 });
    record('groups of 4 nets per weight scale', groups);
    for (const sigma2 of [1.6, 2.5]) {
      const draw = (g: number) => crossingDepth(Array.from({ length: 4 }, (_, i) => profile(tf, 24, 128, sigma2, subSeed(seed, 1000 * g + 10 * sigma2 + i))), 24, 10, true);
      judge.sequential({ label: 'depth at which the mean squared gradient norm moved by tau', statistic: 'mean', n: groups, draw, asserted: Math.log(10) / Math.abs(Math.log(sigma2 / 2)), where: { sigma2 } });
    }
  },
  judgements: 2,
});

export const tanhDerivative = defineClaim({
  id: 'depth-vs-width/tanh-derivative-below-one-almost-everywhere',
  source: { file, quote: '其导数在大部分区域都小于{one:number}' },
  statement: 'The derivative of tanh is below {one} over most of its domain.',
  reading: 'tanh\'(z) = 1 - tanh(z)^2 on a grid of z in [-10, 10] (step 10^-4): it is below 1 at every grid point except z = 0. Also recorded: the share of the standard normal mass where tanh\' < 0.9.',
  kind: 'exact',
  tolerance: exactly('a yes/no fact about a known function'),
  correction: (e) => `（tanh 的导数并非在大部分区域都小于 ${e.slots.number('one')}。）`,
  check: ({ judge, record, slots }) => {
    let violations = 0;
    for (let i = -100000; i <= 100000; i++) {
      if (i === 0) continue;
      const t = Math.tanh(i / 10000);
      if (1 - t * t >= slots.number('one')) violations++;
    }
    record('P(tanh\'(z) < 0.9) for z ~ N(0, 1)', (1 - (2 * 0.5 * (1 + erf(Math.atanh(Math.sqrt(0.1)) / Math.SQRT2)) - 1)).toFixed(3));
    judge.value({ label: `grid points z != 0 with tanh'(z) >= ${slots.number('one')}`, measured: violations, asserted: 0 });
  },
});

// Abramowitz-Stegun 7.1.26 (|error| < 1.5e-7), enough for a recorded figure.
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return Math.sign(x) * y;
}

const tanhQuote = '这会使得 $pw$ 的乘积更倾向于小于1，从而加剧[梯度消失问题](@entry_id:144098)';
const tanhStatement = 'Saturating activations such as tanh push the per-layer gradient factor pw below 1, aggravating vanishing gradients.';
// The planned net pairs for one case and the draw of pair i's factor ratio (for judge.sequential).
const pairedFactors = (c: { depth: number; width: number; sigma2: number; seed: number }, ctx: CheckContext, other: Activation) => {
  const nets = ctx.scale({ quick: 4, standard: 8, full: 16 });
  ctx.record('net pairs per case', nets);
  return {
    n: nets,
    draw: (i: number) => {
      const spec = { depth: c.depth, width: c.width, weightVariance: (n: number) => c.sigma2 / n, seed: subSeed(c.seed, i), batchSize: BATCH };
      return meanLayerFactor(ctx.tf, { ...spec, activation: 'tanh' }) / meanLayerFactor(ctx.tf, { ...spec, activation: other });
    },
  };
};
const tanhCases = () => fc.record({ depth: fc.integer({ min: 4, max: 12 }), width: fc.constantFrom(64, 128), sigma2: fc.constantFrom(1, 2), seed: fc.nat() });

export const tanhVersusLinear = defineClaim({
  id: 'depth-vs-width/tanh-lowers-gradient-factor-reading-a',
  primary: { why: 'its reason is that tanh\'s derivative is below 1 almost everywhere (导数在大部分区域都小于1): a comparison with a unit of slope 1 on the same weights' },
  source: { file, quote: tanhQuote },
  statement: tanhStatement,
  reading: 'Reading A (one of two; reading B is depth-vs-width/tanh-lowers-gradient-factor-reading-b): compared with a non-saturating (identity) activation on the same weights. Square nets, zero biases, Var(W) = sigma_w^2 / fan_in with sigma_w^2 in {1, 2}, 4..12 hidden layers, width 64 or 128, 32 N(0, I) inputs; per pair (same seed, tanh and linear) the quotient of per-layer gradient factors. Supported if its interval lies below 1.',
  kind: 'statistical',
  tolerance: atMost(0, 'a lower factor: the quotient must lie below 1'),
  correction: () => '（实测 tanh 并未使每层梯度因子低于线性激活。）',
  cases: tanhCases,
  runs: { quick: 4, standard: 16, full: 50 },
  check: (c, ctx) => { ctx.judge.sequential({ label: 'per-layer factor tanh / linear (same weights)', statistic: 'geometricMean', ...pairedFactors(c, ctx, 'linear'), asserted: 1 }); },
});

export const tanhVersusRelu = defineClaim({
  id: 'depth-vs-width/tanh-lowers-gradient-factor-reading-b',
  alternativeOf: 'depth-vs-width/tanh-lowers-gradient-factor-reading-a',
  source: { file, quote: tanhQuote },
  statement: tanhStatement,
  reading: 'Reading B (one of two; reading A is depth-vs-width/tanh-lowers-gradient-factor-reading-a): compared with ReLU, the activation the law was derived for, on the same weights ("more inclined to fall below 1" than ReLU\'s pw). Same nets and cases as reading A with ReLU in place of the identity. Supported if the quotient\'s interval lies below 1.',
  kind: 'statistical',
  tolerance: atMost(0, 'a lower factor: the quotient must lie below 1'),
  correction: () => '与 ReLU 相比，tanh 在零点附近导数接近 1（而 ReLU 有一半单元导数为 0），同样的权重方差下 tanh 网络的每层梯度因子反而更大；tanh 只是比线性激活更易使 pw 小于 1。',
  cases: tanhCases,
  runs: { quick: 4, standard: 16, full: 50 },
  check: (c, ctx) => { ctx.judge.sequential({ label: 'per-layer factor tanh / relu (same weights)', statistic: 'geometricMean', ...pairedFactors(c, ctx, 'relu'), asserted: 1 }); },
});
