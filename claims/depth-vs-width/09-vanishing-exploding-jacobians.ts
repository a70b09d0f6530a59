// § 梯度消失与梯度爆炸问题 (paragraph 1 and the recursion g_l = J_l g_{l-1})
// The text: back-propagation passes the gradient backwards layer by layer, multiplying by each
// layer's Jacobian (it says Jacobian *determinant*), so the gradient at the first layers is a product
// of L Jacobians; it evolves as g_l = J_l g_{l-1}. How we test it: small MLPs with Jacobians written
// out layer by layer against tfjs autodiff. What would refute it: autodiff disagreeing with the
// stated products.
import * as fc from 'fast-check';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { determinant, Matrix } from 'ml-matrix';
import { absolute, defineClaim, writeQuote, type CheckContext } from '../../src/claim/index.js';
import { buildMlp, forward } from '../../src/nets/base/mlp.js';
import { type Activation } from '../../src/nets/base/activations.js';
import { autodiffJacobian, chainProduct, layerJacobians } from '../../src/nets/probe/layer-jacobians.js';
import { Seeds, subSeed } from '../../src/random/seeds.js';

const file = 'depth-vs-width.md';

// Small nets for the exact chain-rule checks: depth 2..5 hidden layers of width 3..8, biases N(0, 1).
const smallNetCases = () => fc.record({ depth: fc.integer({ min: 2, max: 5 }), width: fc.integer({ min: 3, max: 8 }), activation: fc.constantFrom<Activation>('relu', 'tanh'), seed: fc.nat() });
const smallNet = (tf: CheckContext['tf'], c: { depth: number; width: number; activation: Activation; seed: number }) =>
  buildMlp(tf, { sizes: Array<number>(c.depth + 2).fill(c.width), activation: c.activation, weightVariance: (n) => 2 / n, biasVariance: 1, seed: c.seed });
const maxRelDiff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!))) / (1e-6 + Math.max(...b.map(Math.abs)));

export const layerByLayer = defineClaim({
  id: 'depth-vs-width/backprop-passes-gradient-layer-by-layer',
  source: { file, quote: '梯度从最后一层逐层向后传递' },
  statement: 'Back-propagation passes the gradient from the last layer backwards one layer at a time.',
  reading: 'Small MLPs (2-5 hidden layers of width 3-8, ReLU or tanh, biases) at one input x; L = <output, r>. Starting from g = r at the output, each layer is crossed backwards on its own, g <- J_l^T g with J_l = dh_l/dh_{l-1} written out (layer-jacobians.ts); the result must equal tfjs autodiff\'s dL/dx. Measured: the largest difference relative to the largest component. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, 'float32 arithmetic in two orders: relative differences up to 1e-4 are rounding'),
  correction: () => '（逐层反向传递的结果与自动微分不一致。）',
  cases: smallNetCases,
  runs: { quick: 15, standard: 50, full: 200 },
  check: (c, { tf, judge }) => {
    const mlp = smallNet(tf, c);
    try {
      const [stepwise, auto] = tf.tidy(() => {
        const x = tf.randomNormal([1, c.width], 0, 1, 'float32', new Seeds(c.seed).child('input').value) as Tensor2D;
        const r = tf.randomNormal([c.width, 1], 0, 1, 'float32', new Seeds(c.seed).child('readout').value) as Tensor2D;
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

// The term the text writes is a slot: the referee's correction (docs/reviews/session-6-findings.md #9)
// changes it to 雅可比矩阵, drops 权重矩阵 (the Jacobian is the layer's, not its weight matrix's), and
// links the article the book links 雅可比矩阵 to elsewhere (deep-feedforward-networks.md).
// The term slot holds the link with the word: the correction drops the link (the determinant entry) rather than invent one.
const determinantQuote = '每一层梯度的计算都涉及到与{of:该层权重矩阵的|该层}{term:[雅可比行列式](@entry_id:137120)|雅可比矩阵（的转置）}的乘积';
const determinantStatement = 'Each layer\'s gradient is computed by multiplying with the layer\'s {term} (雅可比行列式: the Jacobian determinant, a scalar; 雅可比矩阵: the Jacobian matrix).';
const DETERMINANT = '[雅可比行列式](@entry_id:137120)';
const corrected = { of: '该层', term: '雅可比矩阵（的转置）' };

type SmallNet = { depth: number; width: number; activation: Activation; seed: number };

/** The largest relative difference, over the layers, between det(J_l) dL/dh_l and autodiff's dL/dh_{l-1}. */
function viaDeterminant(tf: CheckContext['tf'], c: SmallNet): number {
  const mlp = smallNet(tf, c);
  try {
    return tf.tidy(() => {
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
  } finally {
    mlp.dispose();
  }
}

/** The largest relative difference, over the layers, between J_l^T dL/dh_l and autodiff's dL/dh_{l-1} (zero probes). */
function viaTransposedJacobian(tf: CheckContext['tf'], c: SmallNet): number {
  const mlp = smallNet(tf, c);
  try {
    return tf.tidy(() => {
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
  } finally {
    mlp.dispose();
  }
}

export const determinantReading = defineClaim({
  id: 'depth-vs-width/backprop-multiplies-by-jacobian-determinant-reading-a',
  primary: { why: '雅可比行列式 is the standard Chinese term for the Jacobian determinant, and a reader takes the text at its word (the next sentence\'s 雅可比矩阵 shows the slip the author should fix). Kept against the blind referee\'s pick of the matrix reading (S7): the referee agrees the word is wrong and only asks whether that is a finding or a wording note; the word and its link (@entry_id:137120, an entry on the determinant) both send the reader to a scalar, a different object from the matrix the next sentence multiplies, which is an error of fact in the page, not of style' },
  source: { file, quote: determinantQuote },
  statement: determinantStatement,
  reading: 'Reading A (one of two; reading B is depth-vs-width/backprop-multiplies-by-jacobian-determinant-reading-b): literally, the term the text writes ({term}). 雅可比行列式, the Jacobian determinant, a scalar: dL/dh_{l-1} = det(J_l) dL/dh_l with J_l = dh_l/dh_{l-1} (square layers); 雅可比矩阵, the Jacobian matrix: dL/dh_{l-1} = J_l^T dL/dh_l. Measured on small nets (2-5 hidden layers of width 3-8, ReLU or tanh, biases): the largest relative difference between autodiff\'s dL/dh_{l-1} and the product the term names, over the layers. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, 'float32 rounding: relative differences up to 1e-4'),
  // Backprop multiplies by the transposed Jacobian matrix, not its determinant: the word is the slip.
  correction: (e) => ({ replace: { span: writeQuote(determinantQuote, e.slots.values), text: writeQuote(determinantQuote, e.slots.values, corrected) } }),
  cases: smallNetCases,
  runs: { quick: 15, standard: 50, full: 200 },
  check: (c, { tf, judge, slots }) => {
    const term = slots.choice('term');
    judge.value(term === DETERMINANT
      ? { label: 'max relative |det(J_l) g_l - g_{l-1}| over layers', measured: viaDeterminant(tf, c), asserted: 0 }
      : { label: 'max relative |J_l^T g_l - g_{l-1}| over layers', measured: viaTransposedJacobian(tf, c), asserted: 0 });
  },
});

export const jacobianMatrixReading = defineClaim({
  id: 'depth-vs-width/backprop-multiplies-by-jacobian-determinant-reading-b',
  alternativeOf: 'depth-vs-width/backprop-multiplies-by-jacobian-determinant-reading-a',
  source: { file, quote: determinantQuote },
  statement: determinantStatement,
  reading: 'Reading B (one of two; reading A is depth-vs-width/backprop-multiplies-by-jacobian-determinant-reading-a): the term ({term}) taken as the Jacobian matrix whatever it says ("行列式" a slip for 矩阵); the gradient is multiplied by J_l^T = (dh_l/dh_{l-1})^T. The same nets as reading A, J_l^T g_l compared with autodiff\'s per-layer gradients (zero probes) at every layer. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, 'float32 rounding: relative differences up to 1e-4'),
  correction: () => '（与雅可比矩阵的乘积也不等于自动微分的梯度。）',
  cases: smallNetCases,
  runs: { quick: 15, standard: 50, full: 200 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max relative |J_l^T g_l - g_{l-1}| over layers', measured: viaTransposedJacobian(tf, c), asserted: 0 });
  },
});

export const productOfJacobians = defineClaim({
  id: 'depth-vs-width/first-layer-gradient-is-product-of-jacobians',
  source: { file, quote: '最前几层的梯度是 $L$ 个雅可比矩阵连乘的结果' },
  statement: 'In a depth-L network, the gradient reaching the first layers is the result of multiplying L Jacobian matrices.',
  reading: 'The chain product J_L ... J_1 of the written-out layer Jacobians (layer-jacobians.ts) against the full input-output Jacobian by tfjs autodiff, on small MLPs (2-5 hidden layers of width 3-8, ReLU or tanh, biases) at one input. Measured: the largest entry difference relative to the largest entry. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, 'float32 arithmetic in two orders: relative differences up to 1e-4 are rounding'),
  correction: () => '（雅可比矩阵连乘与自动微分的输入-输出雅可比矩阵不一致。）',
  cases: smallNetCases,
  runs: { quick: 15, standard: 50, full: 200 },
  check: (c, { tf, judge }) => {
    const mlp = smallNet(tf, c);
    try {
      const [chain, auto] = tf.tidy(() => {
        const x = tf.randomNormal([1, c.width], 0, 1, 'float32', new Seeds(c.seed).child('input').value) as Tensor2D;
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
      const x = tf.randomNormal([1, c.width], 0, 1, 'float32', new Seeds(c.seed).child('input').value) as Tensor2D;
      const r = tf.randomNormal([c.width, 1], 0, 1, 'float32', new Seeds(c.seed).child('readout').value) as Tensor2D;
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
  reading: 'Reading A (one of two; reading B is depth-vs-width/gradient-recursion-reading-b): J_l is the layer\'s Jacobian dh_l/dh_{l-1} applied as written, without a transpose. Measured on small MLPs (2-5 hidden layers of width 3-8, ReLU or tanh, biases): the largest relative difference between J_l applied to the upstream gradient and autodiff\'s downstream gradient, over the layers. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, 'float32 rounding: relative differences up to 1e-4'),
  // Backprop applies the transposed Jacobian, from the output down; in the i.i.d. model J and its transpose share their singular values, so the norm law is unaffected (review #38).
  // The chapter's g_0 is the output-end gradient (E|g_L|^2 = (pw)^L E|g_0|^2), so only the transpose is missing; the source writes no transpose, so plain ^{T}.
  correction: () => ({ replace: { span: '$g_\\ell = J_\\ell g_{\\ell-1}$', text: '$g_\\ell = J_\\ell^{T} g_{\\ell-1}$' } }),
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
  reading: 'Reading B (one of two; reading A is depth-vs-width/gradient-recursion-reading-a): J_l stands for the backward map of layer l, the transpose of dh_l/dh_{l-1}, and the index counts layers from the output. The same nets and measurement as reading A with J_l^T. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-4, 'float32 rounding: relative differences up to 1e-4'),
  correction: () => '（即使取转置，逐层递推也与自动微分不一致。）',
  cases: smallNetCases,
  runs: { quick: 15, standard: 50, full: 200 },
  check: (c, { tf, judge }) => {
    judge.value({ label: 'max relative |J_l^T g - autodiff| over layers', measured: recursionGap(tf, c, true), asserted: 0 });
  },
});
