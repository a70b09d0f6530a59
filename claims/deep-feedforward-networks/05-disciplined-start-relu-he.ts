// § 驯服猛兽，第一部分：有纪律的开始, the item on ReLU: it zeroes half its inputs and halves the variance, so
// doubling the weight variance to 2/n compensates, and that is the He initialisation. How we test it:
// pre-activations of fresh He ReLU nets, the critical variance of ReLU nets, and tfjs's own heUniform draws.
// What would refute it: a share of zeros away from 1/2, a variance factor away from 1/2, a critical variance
// away from 2/n.
import * as fc from 'fast-check';
import type { Tensor2D } from '@tensorflow/tfjs';
import { defineClaim, relative, type CheckContext } from '../../src/claim/index.js';
import { buildMlp } from '../../src/nets/base/mlp.js';
import { subSeed } from '../../src/random/seeds.js';
import { forwardTrace } from '../../src/nets/probe/layer-jacobians.js';
import { criticalVariance } from '../../src/nets/probe/critical-variance.js';
import { firstOutside } from '../../src/claim/first-outside.js';
import { criticalNet } from '../../src/nets/probe/critical-variance.js';
import { initializerVarianceTimesFanIn } from '../../src/nets/base/init.js';

const file = 'deep-feedforward-networks.md';
type Tf = CheckContext['tf'];

// Pre-activations of fresh He ReLU nets: the values of hidden layer `layer` (0-based) and every layer's mean square.
function hiddenPreactivations(tf: Tf, seed: number, variance = 2, layer = 0): { z: number[]; q: number[] } {
  const sizes = Array<number>(7).fill(128);
  const mlp = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => variance / n, seed });
  try {
    const x = tf.randomNormal([32, 128], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
    const { zs, hs } = forwardTrace(tf, mlp, x);
    const z = Array.from(zs[layer]!.dataSync());
    const q = zs.map((t) => tf.tidy(() => tf.mean(tf.square(t)).dataSync()[0]!));
    tf.dispose([...zs, ...hs.slice(1), x]);
    return { z, q };
  } finally {
    mlp.dispose();
  }
}

export const reluZeroesHalf = defineClaim({
  id: 'deep-feedforward-networks/relu-zeroes-half-its-inputs',
  source: { file, quote: '因为它将其一半的输入置为零' },
  statement: 'ReLU sets half of its inputs to zero.',
  reading: 'At initialisation, for the pre-activations ReLU receives in the first hidden layer of a He-initialised MLP (width 128, zero biases, 32 N(0, I) inputs: symmetric about 0 and independent across examples): the share of outputs that are exactly 0. One sample per network, 6 networks (20 at standard), judged as a mean against 1/2. Scope forall: a definite statement about ReLU on symmetric inputs, judged as its expectation.',
  kind: 'statistical',
  scope: 'forall',
  tolerance: relative(0.05, '"half" read as 1/2 within 5%: a network gives 4096 independent values, whose share has a standard error near 1%, so 5% admits sampling noise and still tells 1/2 from 1/3 or 2/3'),
  correction: (e) => `ReLU 置零的输入比例为 ${firstOutside(e).measured?.toPrecision(3)}`,
  scale: { quick: { draws: 6 }, standard: { draws: 20 }, full: { draws: 40 } },
  check: ({ tf, judge, seeds, scaled }) => {
    const draw = (i: number) => {
      const { z } = hiddenPreactivations(tf, seeds.child('net', i).value);
      return z.filter((v) => v <= 0).length / z.length;
    };
    judge.sequential({ label: 'share of ReLU outputs that are exactly 0', statistic: 'mean', n: scaled.draws, draw, asserted: 0.5 });
  },
});

const halvesQuote = '所以它实际上将方差减半';
const halvesStatement = 'ReLU effectively halves the variance.';
const halvesTolerance = relative(0.05, '"halves" read as a factor 1/2 within 5%: each network gives 4096 independent values (about 1% standard error), and 5% tells 1/2 from 1/3');

export const reluHalvesSecondMoment = defineClaim({
  id: 'deep-feedforward-networks/relu-halves-variance-reading-a',
  primary: { why: 'the layer-to-layer analysis it feeds (Var(W) = 2/n) propagates the second moment E[x²] of the activations' },
  source: { file, quote: halvesQuote },
  statement: halvesStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/relu-halves-variance-reading-b): "variance" as the second moment E[x^2] (what the layer-to-layer analysis propagates): E[relu(z)^2] / E[z^2] over the pre-activations of relu-zeroes-half-its-inputs (first hidden layer); one sample per network, 6 networks (20 at standard), judged as a mean against 1/2. Scope forall: a definite statement ("实际上将方差减半"), judged as its expectation.',
  kind: 'statistical',
  scope: 'forall',
  tolerance: halvesTolerance,
  correction: (e) => `ReLU 使二阶矩变为原来的 ${firstOutside(e).measured?.toPrecision(3)} 倍`,
  scale: { quick: { draws: 6 }, standard: { draws: 20 }, full: { draws: 40 } },
  check: ({ tf, judge, seeds, scaled }) => {
    const draw = (i: number) => {
      const { z } = hiddenPreactivations(tf, seeds.child('net', i).value);
      return z.reduce((s, v) => s + Math.max(0, v) ** 2, 0) / z.reduce((s, v) => s + v * v, 0);
    };
    judge.sequential({ label: 'E[relu(z)^2] / E[z^2]', statistic: 'mean', n: scaled.draws, draw, asserted: 0.5 });
  },
});

export const reluHalvesVariance = defineClaim({
  id: 'deep-feedforward-networks/relu-halves-variance-reading-b',
  alternativeOf: 'deep-feedforward-networks/relu-halves-variance-reading-a',
  source: { file, quote: halvesQuote },
  statement: halvesStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/relu-halves-variance-reading-a): "variance" in its literal sense, Var(relu(z)) / Var(z), over the same pre-activations; judged as a mean against 1/2. Scope forall: a definite statement ("实际上将方差减半"), judged as its expectation.',
  kind: 'statistical',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'the ratio 0.342 (CI [0.327, 0.357]) lies wholly outside [0.475, 0.525] but is an ungated mean, which a statistical claim cannot refute with: no budget decides it; judge.replicated over the draws would' },
  tolerance: halvesTolerance,
  correction: (e) => `ReLU 使方差变为原来的 ${firstOutside(e).measured?.toPrecision(3)} 倍（理论值 1/2 − 1/(2π) ≈ 0.341），不是减半；减半的是二阶矩 E[x²]`,
  scale: { quick: { draws: 6 }, standard: { draws: 20 }, full: { draws: 40 } },
  check: ({ tf, judge, seeds, scaled }) => {
    const variance = (xs: number[]) => {
      const m = xs.reduce((s, v) => s + v, 0) / xs.length;
      return xs.reduce((s, v) => s + (v - m) ** 2, 0) / xs.length;
    };
    const draw = (i: number) => {
      const { z } = hiddenPreactivations(tf, seeds.child('net', i).value);
      return variance(z.map((v) => Math.max(0, v))) / variance(z);
    };
    judge.sequential({ label: 'Var(relu(z)) / Var(z)', statistic: 'mean', n: scaled.draws, draw, asserted: 0.5 });
  },
});

export const doublingCompensates = defineClaim({
  id: 'deep-feedforward-networks/doubling-weight-variance-compensates',
  source: { file, quote: '为了抵消这一点，我们必须将权重的方差加倍' },
  statement: 'Doubling the weight variance compensates for ReLU\'s halving.',
  reading: 'Forward pass, per unit: in ReLU MLPs (6 hidden layers of width 128, zero biases, 32 N(0, I) inputs) the mean square of the pre-activations must stay the same from layer to layer when Var(W) = 2/n (it halves with 1/n, recorded). Per network, the geometric mean over layers 2..6 of q_{l+1}/q_l; 8 networks (24 at standard), judged on the geometric mean. Scope forall: "必须" is definite, judged as the expected per-layer factor.',
  kind: 'statistical',
  scope: 'forall',
  decidingBudget: { budget: 'standard', why: 'the factor 0.977 has a half-width 0.034 from 8 draws against a distance 0.027 to the band\'s edge: about 13 draws decide it, and standard takes 24' },
  tolerance: relative(0.05, '"compensates" = a per-layer factor of 1; 5% admits the sampling noise of the networks and still tells 1 from the uncompensated 1/2'),
  correction: (e) => `方差加倍后前向二阶矩每层因子为 ${firstOutside(e).measured?.toPrecision(3)}`,
  scale: { quick: { draws: 8 }, standard: { draws: 24 }, full: { draws: 48 } },
  check: ({ tf, judge, record, seeds, scaled }) => {
    const factor = (variance: number, i: number) => {
      const { q } = hiddenPreactivations(tf, seeds.child('net', i).value, variance);
      return (q[q.length - 1]! / q[1]!) ** (1 / (q.length - 2));
    };
    record('per-layer factor with Var = 1/n (one net)', factor(1, 0));
    judge.sequential({ label: 'per-layer factor of the pre-activation mean square, Var = 2/n', statistic: 'geometricMean', n: scaled.draws, draw: (i) => factor(2, i), asserted: 1 });
  },
});

export const heTwoOverN = defineClaim({
  id: 'deep-feedforward-networks/relu-variance-two-over-n',
  source: { file, quote: '正确的选择是 $\\operatorname{Var}(W_{ij}) = {c:number}/n$' },
  statement: 'For ReLU the right choice is Var(W_ij) = {c}/n.',
  reading: 'By the section\'s criterion (the back-propagated gradient norm\'s per-layer factor is 1): the critical multiplier c* (Var = c*/n) of square ReLU MLPs (4..12 hidden layers, width 128..256, zero biases, a batch of 32 N(0, I) inputs), by secant search on 2 fixed networks per case (src/nets/probe/critical-variance.ts); asserted c* = 2. Scope forall: "正确的选择是" is definite, so every generated net must be critical at it.',
  kind: 'statistical',
  scope: 'forall',
  tolerance: relative(0.1, '"2/n" is the exact condition; 10% admits the finite-width bias (order 1/n) and the spread of 2 networks, and still tells 2/n from 1/n'),
  correction: (e) => `ReLU 网络中使梯度每层因子为1的方差约为 ${firstOutside(e).measured?.toPrecision(3)}/n`,
  cases: () => fc.record({ depth: fc.integer({ min: 4, max: 12 }), width: fc.integer({ min: 128, max: 256 }), seed: fc.nat() }),
  runs: { quick: 3, standard: 10, full: 30 },
  check: ({ depth, width, seed }, { tf, judge, slots }) => {
    judge.value({ label: 'critical variance multiplier c* (ReLU)', measured: criticalVariance(tf, criticalNet('relu', depth, width, seed, 2)).c, asserted: slots.number('c') });
  },
});

export const heName = defineClaim({
  id: 'deep-feedforward-networks/he-initialisation-name',
  source: { file, quote: '这被称为**[He初始化](@article_id:638572)**' },
  statement: 'Var(W_ij) = 2/n, with n the number of inputs, is called He initialisation.',
  reading: '"He initialisation" as a well-kept library implements it: tfjs heUniform (uniform, not truncated), on kernels of any shape (fan_in 16..256, fan_out 16..256). Measured: the sample variance of its draws times fan_in, asserted 2. Scope forall: a statement of the published rule, so every generated layer must match it.',
  kind: 'statistical',
  scope: 'forall',
  tolerance: relative(0.05, 'the sample variance of >= 8192 uniform draws has a relative standard error of 1%; 5% still tells 2/n from 1/n or from 2/(n_in + n_out) when the fans differ'),
  correction: (e) => `He 初始化的方差为 ${firstOutside(e).measured?.toPrecision(3)}/n`,
  cases: () => fc.record({ fanIn: fc.integer({ min: 16, max: 256 }), fanOut: fc.integer({ min: 16, max: 256 }), seed: fc.nat() }),
  runs: { quick: 4, standard: 15, full: 50 },
  check: ({ fanIn, fanOut, seed }, { tf, judge }) => {
    judge.value({ label: 'Var(heUniform draws) * fan_in', measured: initializerVarianceTimesFanIn(tf, 'heUniform', fanIn, fanOut, seed), asserted: 2 });
  },
});
