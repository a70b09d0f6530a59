// § 驯服猛兽，第一部分：有纪律的开始
// The text: initialise so that signal and gradient variances are kept layer to layer; an expected-norm
// analysis gives the exact condition, which depends on the activation: Var(W) = 1/n for tanh (Xavier),
// 2/n for ReLU (He, because ReLU zeroes half its inputs and halves the variance); He in ReLU nets gives
// a per-layer gradient factor of exactly 1, Xavier in ReLU nets 1/sqrt(2), He in tanh nets may give a
// factor above 1. How we test it: fresh MLPs with weights drawn at exactly the stated variance
// (untruncated; tfjs's heNormal would draw at ~0.77x), tfjs autodiff gradients through zero probes,
// per-unit forward and backward variances, and the critical variance found by a secant search on fixed
// networks; the names are checked against tfjs's own glorotUniform and heUniform. Per-layer factor of a
// network = geometric mean over its hidden layers of |dL/dh_{l-1}| / |dL/dh_l|. What would refute it: a
// depth/width whose factors or variances fall outside the band; fast-check shrinks to the smallest.
import * as fc from 'fast-check';
import type { Tensor2D } from '@tensorflow/tfjs';
import { atLeast, defineClaim, exactly, relative, type CheckContext, type EvidenceView } from '../../src/claim/index.js';
import { gradientNorms, meanLayerFactor } from '../../src/nets/probe/gradient-norms.js';
import { buildMlp } from '../../src/nets/base/mlp.js';
import { type Activation } from '../../src/nets/base/activations.js';
import { subSeed } from '../../src/random/seeds.js';
import { forwardTrace } from '../../src/nets/probe/layer-jacobians.js';
import { criticalVariance } from '../../src/nets/probe/critical-variance.js';

const file = 'deep-feedforward-networks.md';
const BATCH = 32;

const cases = () => fc.record({ depth: fc.integer({ min: 4, max: 12 }), width: fc.integer({ min: 128, max: 320 }), seed: fc.nat() });
const runs = { quick: 8, standard: 30, full: 100 };

// Per-network factors of `nets` fresh networks for one generated case.
function factors(c: { depth: number; width: number; seed: number }, ctx: CheckContext, activation: Activation, variance: (n: number) => number): number[] {
  const nets = ctx.scale({ quick: 4, standard: 6, full: 10 });
  ctx.record('networks per case', nets);
  ctx.record('batch size', BATCH);
  return Array.from({ length: nets }, (_, i) => meanLayerFactor(ctx.tf, { ...c, activation, weightVariance: variance, seed: subSeed(c.seed, i), batchSize: BATCH }));
}

// The judgement farthest from its asserted value, for the correction.
const farthest = (e: EvidenceView) => e.observations.filter((o) => o.outcome === 'outside').sort((a, b) => Math.abs(b.measured! - b.asserted!) - Math.abs(a.measured! - a.asserted!))[0] ?? e.observations[0]!;

const readingCommon = 'Square MLPs: H hidden layers (4..12) of width n (128..320), input and linear readout also of width n, zero biases; a batch of 32 N(0, I) inputs; loss = sum(output * r) for a fixed Gaussian r; |dL/dh_l| is the Frobenius norm over the batch (tfjs autodiff through zero probes added to each h_l). A network\'s per-layer factor is (|dL/dx| / |dL/dh_H|)^(1/H), the geometric mean over its H hidden layers; networks are i.i.d. samples and the judge takes a t-interval of their logs. Widths of at least 128 keep the finite-width bias of the log factor (order 1/n, about 1% here) far inside the band.';

export const heReluFactor = defineClaim({
  id: 'deep-feedforward-networks/he-relu-gradient-factor',
  source: { file, quote: '在[ReLU网络](@article_id:641314)中使用[He初始化](@article_id:638572)，会使[梯度范数](@article_id:641821)的每层缩放因子恰好为{factor:number}' },
  statement: 'At initialisation, a ReLU MLP with Var(W_ij) = 2/fan_in scales the back-propagated gradient norm by a factor of {factor} per layer.',
  reading: `Var(W) = 2/n exactly, ReLU hidden layers. "Exactly 1" is read as the typical per-layer factor of the gradient norm being 1, up to finite-width effects. ${readingCommon}`,
  kind: 'statistical',
  tolerance: relative(0.1, '"exactly 1" must admit finite-width effects (order 1/n, about 1% at n >= 128) and still tell 1 from the 1/sqrt(2) = 0.707 the text gives for Xavier: +-10% does both'),
  qualifiers: [{ condition: 'width >= 256', holds: (c) => c.width >= 256 }],
  correction: (e) => {
    const o = farthest(e);
    return e.qualifiedBy
      ? `在[ReLU网络](@article_id:641314)中使用[He初始化](@article_id:638572)，当${e.qualifiedBy.replace('width', '宽度')}时，[梯度范数](@article_id:641821)的每层缩放因子接近1`
      : `在[ReLU网络](@article_id:641314)中使用[He初始化](@article_id:638572)，[梯度范数](@article_id:641821)的每层缩放因子约为 ${o.measured!.toFixed(3)}（宽度 ${o.where.width}、深度 ${o.where.depth} 的实测值）`;
  },
  cases,
  runs,
  check: (c, ctx) => {
    ctx.judge.geometricMean({ label: 'per-layer gradient-norm factor', samples: factors(c, ctx, 'relu', (n) => 2 / n), asserted: ctx.slots.number('factor') });
  },
});

export const xavierReluFactor = defineClaim({
  id: 'deep-feedforward-networks/xavier-relu-gradient-factor',
  source: { file, quote: '而在[ReLU网络](@article_id:641314)中使用[Xavier初始化](@article_id:638711)会导致因子为 ${num:int}/\\sqrt{{den:int}}$' },
  statement: 'At initialisation, a ReLU MLP with Var(W_ij) = 1/fan_in scales the back-propagated gradient norm by a factor of {num}/sqrt({den}) per layer.',
  reading: `Var(W) = 1/n exactly (the text's definition of Xavier, not the uniform 2/(fan_in + fan_out) variant, which is the same for square layers), ReLU hidden layers. The factor is that of the gradient norm, not of its square. ${readingCommon}`,
  kind: 'statistical',
  tolerance: relative(0.1, 'the sentence gives 1/sqrt(2) = 0.707; +-10% admits finite-width effects (order 1/n, about 1% at n >= 128) and still tells it from 1 (He) and from 1/2 (a factor on the squared norm)'),
  qualifiers: [{ condition: 'width >= 256', holds: (c) => c.width >= 256 }],
  correction: (e) => {
    const o = farthest(e);
    return e.qualifiedBy
      ? `而在[ReLU网络](@article_id:641314)中使用[Xavier初始化](@article_id:638711)，当${e.qualifiedBy.replace('width', '宽度')}时，因子接近 $1/\\sqrt{2}$`
      : `而在[ReLU网络](@article_id:641314)中使用[Xavier初始化](@article_id:638711)会导致因子约为 ${o.measured!.toFixed(3)}（宽度 ${o.where.width}、深度 ${o.where.depth} 的实测值）`;
  },
  cases,
  runs,
  check: (c, ctx) => {
    ctx.judge.geometricMean({ label: 'per-layer gradient-norm factor', samples: factors(c, ctx, 'relu', (n) => 1 / n), asserted: ctx.slots.int('num') / Math.sqrt(ctx.slots.int('den')) });
  },
});

const tanhQuote = '而在tanh网络中使用[He初始化](@article_id:638572)则可能导致大于1的爆炸因子';
const tanhStatement = 'At initialisation, a tanh MLP with Var(W_ij) = 2/fan_in scales the back-propagated gradient norm by a factor above 1 per layer.';
const tanhTolerance = atLeast(0, 'the sentence states a bound, a factor above 1: the band is [1, infinity) and the interval of the factor must clear 1');
// The spread of measured factors (with their depths): the fix says where the factor is and is not above 1.
const tanhCorrection = (e: EvidenceView) => {
  const obs = e.observations.filter((o) => o.measured !== null).sort((a, b) => a.measured! - b.measured!);
  const [lo, hi] = [obs[0]!, obs[obs.length - 1]!];
  return `而在tanh网络中使用[He初始化](@article_id:638572)，梯度范数的每层缩放因子实测在 ${lo.measured!.toFixed(3)}（深度 ${lo.where.depth}、宽度 ${lo.where.width}）到 ${hi.measured!.toFixed(3)}（深度 ${hi.where.depth}、宽度 ${hi.where.width}）之间，并不总是大于1`;
};

export const heTanhFactor = defineClaim({
  id: 'deep-feedforward-networks/he-tanh-gradient-factor-reading-a',
  primary: { why: 'the factor of the preceding clauses (每层缩放因子) averaged over the net, declared first; reading B was written after A was run, so it cannot be primary' },
  source: { file, quote: tanhQuote },
  statement: tanhStatement,
  reading: `Reading A (one of two; reading B is deep-feedforward-networks/he-tanh-gradient-factor-reading-b): the factor of the whole network, averaged over all its hidden layers from the input on. Var(W) = 2/n exactly, tanh hidden layers, zero biases, N(0, I) inputs. "May give a factor above 1" is read as: in this standard setting the typical per-layer factor exceeds 1 (mean-field theory puts sigma_w^2 = 2, sigma_b = 0 in the chaotic phase, chi = 2 E[tanh'(z)^2] > 1). Other settings the word "may" might admit (biases, other input scales) are not tested. Measured as the geometric mean of per-network factors; supported only if its whole interval lies above 1. ${readingCommon}`,
  kind: 'statistical',
  tolerance: tanhTolerance,
  correction: tanhCorrection,
  cases,
  runs,
  check: (c, ctx) => {
    ctx.judge.geometricMean({ label: 'per-layer gradient-norm factor', samples: factors(c, ctx, 'tanh', (n) => 2 / n), asserted: 1 });
  },
});

export const heTanhFactorDeepLayers = defineClaim({
  id: 'deep-feedforward-networks/he-tanh-gradient-factor-reading-b',
  alternativeOf: 'deep-feedforward-networks/he-tanh-gradient-factor-reading-a',
  source: { file, quote: tanhQuote },
  statement: tanhStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/he-tanh-gradient-factor-reading-a), written after reading A was run and came out below 1 at small depth: the factor of a layer deep in the network, once the forward pre-activation variance has settled. With N(0, I) inputs at Var(W) = 2/n the first tanh layers start saturated (pre-activation variance 2) and shrink the gradient; reading A averages them in, reading B does not. Measured over the second half of the hidden layers: a network\'s factor is (|dL/dh_k| / |dL/dh_H|)^(1/(H-k)) with k = floor(H/2), for square tanh MLPs with H = 8..14 hidden layers of width n = 128..256, Var(W) = 2/n exactly, zero biases, a batch of 32 N(0, I) inputs, loss = sum(output * r) for a fixed Gaussian r, Frobenius norms over the batch. Networks are i.i.d. samples; supported only if the interval of their geometric mean lies above 1. The tolerance is reading A\'s, unchanged.',
  kind: 'statistical',
  tolerance: tanhTolerance,
  correction: tanhCorrection,
  cases: () => fc.record({ depth: fc.integer({ min: 8, max: 14 }), width: fc.integer({ min: 128, max: 256 }), seed: fc.nat() }),
  runs,
  check: (c, ctx) => {
    const nets = ctx.scale({ quick: 4, standard: 6, full: 10 });
    ctx.record('networks per case', nets);
    ctx.record('batch size', BATCH);
    const samples = Array.from({ length: nets }, (_, i) => meanLayerFactor(ctx.tf, { ...c, activation: 'tanh', weightVariance: (n) => 2 / n, seed: subSeed(c.seed, i), batchSize: BATCH, fromLayer: Math.floor(c.depth / 2) }));
    ctx.judge.geometricMean({ label: 'per-layer gradient-norm factor, second half of the hidden layers', samples, asserted: 1 });
  },
});

// ---- The rest of the section: variance preservation, the exact conditions, the names. ----

type Tf = CheckContext['tf'];
const worstOutside = (e: EvidenceView) => e.observations.find((o) => o.outcome === 'outside') ?? e.observations[0]!;

// Per-unit forward and backward variance factors of every hidden layer of a ReLU MLP with Var(W) = 2/fan_in:
// forward q_{l+1}/q_l (mean square of pre-activations per unit), backward v_{l-1}/v_l (mean square of dL/dh per unit).
function perUnitFactors(tf: Tf, sizes: number[], seed: number): { forward: number[]; backward: number[] } {
  const mlp = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => 2 / n, seed });
  const B = 64;
  try {
    const x = tf.randomNormal([B, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
    const { zs, hs } = forwardTrace(tf, mlp, x);
    const q = zs.map((z) => tf.tidy(() => tf.mean(tf.square(z)).dataSync()[0]!));
    tf.dispose([...zs, ...hs.slice(1), x]);
    const g = gradientNorms(tf, mlp, { batchSize: B, seed: subSeed(seed, 2) }).map((n, l) => (n * n) / (B * sizes[l]!));
    const H = sizes.length - 2;
    return {
      forward: q.slice(1, H).map((v, l) => v / q[l]!),
      backward: Array.from({ length: H - 1 }, (_, k) => g[k + 1]! / g[k + 2]!),
    };
  } finally {
    mlp.dispose();
  }
}
const preservedQuote = '信号在[前向传播](@article_id:372045)时方差得以保持，梯度在反向传播时方差也得以保持';
const preservedStatement = 'One initialisation can keep the variance of signals in the forward pass and of gradients in the backward pass both unchanged from layer to layer.';
const preservedTolerance = relative(0.1, '"preserved" read as a per-layer factor within 10% of 1; a rule that fails misses by the width ratio (2 here)');
const geo = (xs: number[]) => Math.exp(xs.reduce((s, v) => s + Math.log(v), 0) / xs.length);
// Per network: geometric means of the forward and backward per-layer factors over the layers selected by `pick` (by index of the transition).
function preservedSamples(tf: Tf, sizesOf: (i: number) => number[], nets: number, seed: number, pick: (k: number) => boolean): { forward: number[]; backward: number[] } {
  const out = { forward: [] as number[], backward: [] as number[] };
  for (let i = 0; i < nets; i++) {
    const f = perUnitFactors(tf, sizesOf(i), subSeed(seed, i));
    out.forward.push(geo(f.forward.filter((_, k) => pick(k))));
    out.backward.push(geo(f.backward.filter((_, k) => pick(k))));
  }
  return out;
}

export const variancePreservedSquare = defineClaim({
  id: 'deep-feedforward-networks/variance-preserved-both-ways-reading-a',
  primary: { why: 'the analysis that follows gives the 1/n and 2/n rules with a single n, i.e. for layers of equal width' },
  source: { file, quote: preservedQuote },
  statement: preservedStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/variance-preserved-both-ways-reading-b): layers of equal width, as the chapter\'s analysis assumes. ReLU MLPs with He init Var(W) = 2/fan_in, 4..8 hidden layers of width 128..256, zero biases, a batch of 64 N(0, I) inputs. Forward: per-unit mean square of the pre-activations, layer to layer; backward: per-unit mean square of dL/dh (tfjs autodiff), layer to layer. Per network, the geometric mean over its hidden-layer transitions; networks are i.i.d. samples (the per-layer factor of one network scatters by about sqrt(2/n), about 10%, because deep ReLU layers make the examples\' representations correlated, so single layers are not judged).',
  kind: 'statistical',
  tolerance: preservedTolerance,
  judgements: 2,
  correction: (e) => `等宽网络中方差的每层因子为 ${worstOutside(e).measured?.toPrecision(3)}`,
  cases: () => fc.record({ depth: fc.integer({ min: 4, max: 8 }), width: fc.integer({ min: 128, max: 256 }), seed: fc.nat() }),
  runs: { quick: 2, standard: 8, full: 30 },
  check: ({ depth, width, seed }, ctx) => {
    const s = preservedSamples(ctx.tf, () => Array<number>(depth + 2).fill(width), ctx.scale({ quick: 4, standard: 6, full: 10 }), seed, () => true);
    ctx.judge.geometricMean({ label: 'forward per-layer variance factor', samples: s.forward, asserted: 1 });
    ctx.judge.geometricMean({ label: 'backward per-layer variance factor', samples: s.backward, asserted: 1 });
  },
});

export const variancePreservedWidths = defineClaim({
  id: 'deep-feedforward-networks/variance-preserved-both-ways-reading-b',
  alternativeOf: 'deep-feedforward-networks/variance-preserved-both-ways-reading-a',
  source: { file, quote: preservedQuote },
  statement: preservedStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/variance-preserved-both-ways-reading-a): layers of different widths, as real networks have. Same measurement, with hidden widths alternating between w and 2w (w = 64..128), Var(W) = 2/fan_in (the rule the section gives, with n = the number of inputs); the transitions that widen (w -> 2w) are judged, per network the geometric mean over them. The analysis predicts the forward factor 1 and the backward factor fan_out/fan_in = 2 there, so no single fan-based variance keeps both.',
  kind: 'statistical',
  tolerance: preservedTolerance,
  judgements: 2,
  correction: (e) => `当相邻层宽度不同时（如 w 与 2w），按输入数 n 设定方差只能保持前向方差；反向方差每层按 fan_out/fan_in 变化（实测 ${worstOutside(e).measured?.toPrecision(3)}），两者无法同时保持（Glorot 用 2/(fan_in+fan_out) 折中）`,
  cases: () => fc.record({ depth: fc.integer({ min: 4, max: 8 }), width: fc.integer({ min: 64, max: 128 }), seed: fc.nat() }),
  runs: { quick: 2, standard: 8, full: 30 },
  check: ({ depth, width, seed }, ctx) => {
    const hidden = Array.from({ length: depth }, (_, l) => (l % 2 ? 2 * width : width));
    // Transition k goes from hidden layer k+1 (width w when k is even) to hidden layer k+2 (2w): the widening ones.
    const s = preservedSamples(ctx.tf, () => [width, ...hidden, width], ctx.scale({ quick: 4, standard: 6, full: 10 }), seed, (k) => k % 2 === 0);
    ctx.judge.geometricMean({ label: 'forward per-layer variance factor, widening layers', samples: s.forward, asserted: 1 });
    ctx.judge.geometricMean({ label: 'backward per-layer variance factor, widening layers', samples: s.backward, asserted: 1 });
  },
});

export const expectedNormAnalysis = defineClaim({
  id: 'deep-feedforward-networks/expected-norm-analysis-predicts-the-factor',
  source: { file, quote: '通过计算梯度[反向传播](@article_id:302452)时的[期望](@article_id:311378)范数，揭示了实现这一目标所需的精确条件' },
  statement: 'Computing the expected norm of the back-propagated gradient reveals the exact condition for keeping gradients stable.',
  reading: 'The expected-norm computation for a ReLU layer with Var(W) = c/n: E|g_{l-1}|^2 = n (c/n) E|g_l * relu\'(z_l)|^2 = (c/2) E|g_l|^2, so the condition is c = 2. We test the computation itself, at every c and not only at its root: square ReLU MLPs (4..8 hidden layers, width 128..256, zero biases, a batch of 32 N(0, I) inputs), c in [0.5, 4]; per network, the mean over hidden layers of |g_{l-1}|^2 / |g_l|^2 (tfjs autodiff); 4 networks per case (8 at standard), judged as a mean against c/2.',
  kind: 'statistical',
  tolerance: relative(0.05, 'the expected-norm formula is exact in the wide limit; finite width adds O(1/n) (< 1% here) and the mean over 4 nets and several layers has a few percent of noise; 5% still tells c/2 from any other simple law'),
  correction: (e) => `期望范数计算给出的每层平方因子 c/2 = ${worstOutside(e).asserted?.toPrecision(3)} 与实测 ${worstOutside(e).measured?.toPrecision(3)} 不符`,
  cases: () => fc.record({ c: fc.double({ min: 0.5, max: 4, noNaN: true }), depth: fc.integer({ min: 4, max: 8 }), width: fc.integer({ min: 128, max: 256 }), seed: fc.nat() }),
  runs: { quick: 3, standard: 12, full: 40 },
  check: ({ c, depth, width, seed }, { tf, judge, scale }) => {
    const samples = Array.from({ length: scale({ quick: 4, standard: 8, full: 12 }) }, (_, i) => {
      const mlp = buildMlp(tf, { sizes: Array<number>(depth + 2).fill(width), activation: 'relu', weightVariance: (n) => c / n, seed: subSeed(seed, i) });
      const norms = gradientNorms(tf, mlp, { batchSize: 32, seed: subSeed(seed, 10 + i) });
      mlp.dispose();
      const sq = norms.slice(1).map((n, l) => (norms[l]! / n) ** 2);
      return sq.reduce((s, v) => s + v, 0) / sq.length;
    });
    judge.mean({ label: 'mean per-layer |g_{l-1}|^2 / |g_l|^2 (asserted: c/2)', samples, asserted: c / 2 });
  },
});

const criticalNet = (activation: Activation, depth: number, width: number, seed: number, nets: number) =>
  ({ activation, depth, width, batchSize: 32, nets, seed, fromLayer: activation === 'tanh' ? Math.floor(depth / 2) : 0 });

export const conditionDependsOnActivation = defineClaim({
  id: 'deep-feedforward-networks/condition-depends-on-activation',
  source: { file, quote: '结果直接取决于激活函数的选择' },
  statement: 'The condition (the right weight variance) depends directly on the choice of activation.',
  reading: 'The critical multiplier c* (Var(W) = c*/n makes the per-layer gradient factor exactly 1; secant search on fixed networks, src/nets/probe/critical-variance.ts) is measured for ReLU and for tanh nets of the same shape (10 hidden layers of width 128, zero biases; for tanh over the second half of the layers, where the forward variance has settled, as in he-tanh-gradient-factor-reading-b). "Depends" = the two differ by more than the 10% the measurement can be trusted to.',
  kind: 'statistical',
  tolerance: exactly('a yes/no comparison of the two measured conditions'),
  correction: (e) => `ReLU 与 tanh 网络的临界方差相差不到10%（${JSON.stringify(worstOutside(e).values)}）`,
  check: ({ tf, judge, seed }) => {
    const relu = criticalVariance(tf, criticalNet('relu', 10, 128, seed, 2)).c;
    const tanh = criticalVariance(tf, criticalNet('tanh', 10, 128, seed, 2)).c;
    judge.holds({ label: 'c*(ReLU) and c*(tanh) differ by more than 10%', holds: Math.abs(Math.log(relu / tanh)) > Math.log(1.1), values: { reluC: relu, tanhC: tanh } });
  },
});

export const tanhOneOverN = defineClaim({
  id: 'deep-feedforward-networks/tanh-variance-one-over-n',
  source: { file, quote: '一个有 $n$ 个输入的层中权重的方差应设置为 $\\operatorname{Var}(W_{ij}) = {c:number}/n$' },
  statement: 'For tanh, the weights of a layer with n inputs should have variance {c}/n.',
  reading: '"Should" read by the section\'s own criterion: the variance that keeps the back-propagated gradient norm\'s per-layer factor at 1. Measured: the critical multiplier c* (Var = c*/n) of square tanh MLPs (8..16 hidden layers, width 128..256, zero biases, N(0, I) inputs), over the second half of the hidden layers, by secant search on 2 fixed networks per case; asserted c* = 1.',
  kind: 'statistical',
  tolerance: relative(0.1, '"1/n" is stated as the exact condition; 10% admits finite-depth and finite-width effects and still tells 1/n from He\'s 2/n'),
  correction: (e) => `tanh 网络中使梯度每层因子为1的方差约为 ${worstOutside(e).measured?.toPrecision(3)}/n（深度 ${worstOutside(e).where.depth}、宽度 ${worstOutside(e).where.width}）`,
  cases: () => fc.record({ depth: fc.integer({ min: 8, max: 16 }), width: fc.integer({ min: 128, max: 256 }), seed: fc.nat() }),
  runs: { quick: 2, standard: 8, full: 24 },
  check: ({ depth, width, seed }, { tf, judge, slots }) => {
    judge.value({ label: 'critical variance multiplier c* (tanh)', measured: criticalVariance(tf, criticalNet('tanh', depth, width, seed, 2)).c, asserted: slots.number('c') });
  },
});

// Sample variance of a tfjs initializer's draws on a [fanIn, fanOut] kernel (repeated until >= 8192 draws), times fanIn.
function initializerVarianceTimesFanIn(tf: Tf, name: 'glorotUniform' | 'heUniform', fanIn: number, fanOut: number, seed: number): number {
  const reps = Math.ceil(8192 / (fanIn * fanOut));
  let sum = 0;
  let count = 0;
  for (let k = 0; k < reps; k++) {
    const init = tf.initializers[name]({ seed: subSeed(seed, k) });
    const w = init.apply([fanIn, fanOut]);
    sum += tf.tidy(() => tf.sum(tf.square(w)).dataSync()[0]!);
    count += w.size;
    w.dispose();
  }
  return (sum / count) * fanIn;
}
const xavierQuote = '这就是著名的**Xavier**或**[Glorot初始化](@article_id:638711)**';
const xavierStatement = 'Var(W_ij) = 1/n, with n the number of inputs, is the well-known Xavier (Glorot) initialisation.';
const xavierTolerance = relative(0.05, 'the sample variance of >= 8192 uniform draws has a relative standard error of sqrt(0.8/8192) = 1%; 5% is 5 standard errors and still tells 1/n from 2/(n_in + n_out) whenever the fans differ by a factor 1.3 or more');

export const xavierSquare = defineClaim({
  id: 'deep-feedforward-networks/xavier-is-one-over-n-reading-a',
  primary: { why: 'the section\'s rules use one n for a layer, i.e. square layers, where Glorot\'s 2/(fan_in + fan_out) equals 1/n' },
  source: { file, quote: xavierQuote },
  statement: xavierStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/xavier-is-one-over-n-reading-b): square layers (fan_in = fan_out = 16..256). "Xavier/Glorot initialisation" as a well-kept library implements it: tfjs glorotUniform (uniform, not truncated). Measured: the sample variance of its draws times n, asserted 1.',
  kind: 'statistical',
  tolerance: xavierTolerance,
  correction: (e) => `Glorot 初始化的方差为 ${worstOutside(e).measured?.toPrecision(3)}/n`,
  cases: () => fc.record({ n: fc.integer({ min: 16, max: 256 }), seed: fc.nat() }),
  runs: { quick: 4, standard: 15, full: 50 },
  check: ({ n, seed }, { tf, judge }) => {
    judge.value({ label: 'Var(glorotUniform draws) * fan_in', measured: initializerVarianceTimesFanIn(tf, 'glorotUniform', n, n, seed), asserted: 1 });
  },
});

export const xavierRectangular = defineClaim({
  id: 'deep-feedforward-networks/xavier-is-one-over-n-reading-b',
  alternativeOf: 'deep-feedforward-networks/xavier-is-one-over-n-reading-a',
  source: { file, quote: xavierQuote },
  statement: xavierStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/xavier-is-one-over-n-reading-a): layers whose fan-out differs from their fan-in (fan_out = fan_in * k, k in {1/4, 1/2, 2, 4}, fan_in 16..128). Same measurement with tfjs glorotUniform; Glorot and Bengio\'s rule is Var = 2/(fan_in + fan_out), which equals 1/fan_in only when the fans are equal.',
  kind: 'statistical',
  tolerance: xavierTolerance,
  correction: (e) => `Xavier/Glorot 初始化的方差是 $2/(n_{in}+n_{out})$；$1/n$（n 为输入数，即 LeCun 初始化）只在输入输出数相等时与之相同（fan_out/fan_in = ${worstOutside(e).where.k} 时实测为 ${worstOutside(e).measured?.toPrecision(3)}/n）`,
  cases: () => fc.record({ n: fc.integer({ min: 16, max: 128 }), k: fc.constantFrom(0.25, 0.5, 2, 4), seed: fc.nat() }),
  runs: { quick: 4, standard: 15, full: 50 },
  check: ({ n, k, seed }, { tf, judge }) => {
    judge.value({ label: 'Var(glorotUniform draws) * fan_in', measured: initializerVarianceTimesFanIn(tf, 'glorotUniform', n, Math.max(1, Math.round(n * k)), seed), asserted: 1 });
  },
});

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
  reading: 'At initialisation, for the pre-activations ReLU receives in the first hidden layer of a He-initialised MLP (width 128, zero biases, 32 N(0, I) inputs: symmetric about 0 and independent across examples): the share of outputs that are exactly 0. One sample per network, 6 networks (20 at standard), judged as a mean against 1/2.',
  kind: 'statistical',
  tolerance: relative(0.05, '"half" read as 1/2 within 5%: a network gives 4096 independent values, whose share has a standard error near 1%, so 5% admits sampling noise and still tells 1/2 from 1/3 or 2/3'),
  correction: (e) => `ReLU 置零的输入比例为 ${worstOutside(e).measured?.toPrecision(3)}`,
  check: ({ tf, judge, seed, scale }) => {
    const draw = (i: number) => {
      const { z } = hiddenPreactivations(tf, subSeed(seed, i));
      return z.filter((v) => v <= 0).length / z.length;
    };
    judge.sequential({ label: 'share of ReLU outputs that are exactly 0', statistic: 'mean', n: scale({ quick: 6, standard: 20, full: 40 }), draw, asserted: 0.5 });
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
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/relu-halves-variance-reading-b): "variance" as the second moment E[x^2] (what the layer-to-layer analysis propagates): E[relu(z)^2] / E[z^2] over the pre-activations of relu-zeroes-half-its-inputs (first hidden layer); one sample per network, 6 networks (20 at standard), judged as a mean against 1/2.',
  kind: 'statistical',
  tolerance: halvesTolerance,
  correction: (e) => `ReLU 使二阶矩变为原来的 ${worstOutside(e).measured?.toPrecision(3)} 倍`,
  check: ({ tf, judge, seed, scale }) => {
    const draw = (i: number) => {
      const { z } = hiddenPreactivations(tf, subSeed(seed, i));
      return z.reduce((s, v) => s + Math.max(0, v) ** 2, 0) / z.reduce((s, v) => s + v * v, 0);
    };
    judge.sequential({ label: 'E[relu(z)^2] / E[z^2]', statistic: 'mean', n: scale({ quick: 6, standard: 20, full: 40 }), draw, asserted: 0.5 });
  },
});

export const reluHalvesVariance = defineClaim({
  id: 'deep-feedforward-networks/relu-halves-variance-reading-b',
  alternativeOf: 'deep-feedforward-networks/relu-halves-variance-reading-a',
  source: { file, quote: halvesQuote },
  statement: halvesStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/relu-halves-variance-reading-a): "variance" in its literal sense, Var(relu(z)) / Var(z), over the same pre-activations; judged as a mean against 1/2.',
  kind: 'statistical',
  tolerance: halvesTolerance,
  correction: (e) => `ReLU 使方差变为原来的 ${worstOutside(e).measured?.toPrecision(3)} 倍（理论值 1/2 − 1/(2π) ≈ 0.341），不是减半；减半的是二阶矩 E[x²]`,
  check: ({ tf, judge, seed, scale }) => {
    const variance = (xs: number[]) => {
      const m = xs.reduce((s, v) => s + v, 0) / xs.length;
      return xs.reduce((s, v) => s + (v - m) ** 2, 0) / xs.length;
    };
    const draw = (i: number) => {
      const { z } = hiddenPreactivations(tf, subSeed(seed, i));
      return variance(z.map((v) => Math.max(0, v))) / variance(z);
    };
    judge.sequential({ label: 'Var(relu(z)) / Var(z)', statistic: 'mean', n: scale({ quick: 6, standard: 20, full: 40 }), draw, asserted: 0.5 });
  },
});

export const doublingCompensates = defineClaim({
  id: 'deep-feedforward-networks/doubling-weight-variance-compensates',
  source: { file, quote: '为了抵消这一点，我们必须将权重的方差加倍' },
  statement: 'Doubling the weight variance compensates for ReLU\'s halving.',
  reading: 'Forward pass, per unit: in ReLU MLPs (6 hidden layers of width 128, zero biases, 32 N(0, I) inputs) the mean square of the pre-activations must stay the same from layer to layer when Var(W) = 2/n (it halves with 1/n, recorded). Per network, the geometric mean over layers 2..6 of q_{l+1}/q_l; 8 networks (24 at standard), judged on the geometric mean.',
  kind: 'statistical',
  tolerance: relative(0.05, '"compensates" = a per-layer factor of 1; 5% admits the sampling noise of the networks and still tells 1 from the uncompensated 1/2'),
  correction: (e) => `方差加倍后前向二阶矩每层因子为 ${worstOutside(e).measured?.toPrecision(3)}`,
  check: ({ tf, judge, record, seed, scale }) => {
    const factor = (variance: number, i: number) => {
      const { q } = hiddenPreactivations(tf, subSeed(seed, i), variance);
      return (q[q.length - 1]! / q[1]!) ** (1 / (q.length - 2));
    };
    record('per-layer factor with Var = 1/n (one net)', factor(1, 0));
    judge.sequential({ label: 'per-layer factor of the pre-activation mean square, Var = 2/n', statistic: 'geometricMean', n: scale({ quick: 8, standard: 24, full: 48 }), draw: (i) => factor(2, i), asserted: 1 });
  },
});

export const heTwoOverN = defineClaim({
  id: 'deep-feedforward-networks/relu-variance-two-over-n',
  source: { file, quote: '正确的选择是 $\\operatorname{Var}(W_{ij}) = {c:number}/n$' },
  statement: 'For ReLU the right choice is Var(W_ij) = {c}/n.',
  reading: 'By the section\'s criterion (the back-propagated gradient norm\'s per-layer factor is 1): the critical multiplier c* (Var = c*/n) of square ReLU MLPs (4..12 hidden layers, width 128..256, zero biases, a batch of 32 N(0, I) inputs), by secant search on 2 fixed networks per case (src/nets/probe/critical-variance.ts); asserted c* = 2.',
  kind: 'statistical',
  tolerance: relative(0.1, '"2/n" is the exact condition; 10% admits the finite-width bias (order 1/n) and the spread of 2 networks, and still tells 2/n from 1/n'),
  correction: (e) => `ReLU 网络中使梯度每层因子为1的方差约为 ${worstOutside(e).measured?.toPrecision(3)}/n`,
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
  reading: '"He initialisation" as a well-kept library implements it: tfjs heUniform (uniform, not truncated), on kernels of any shape (fan_in 16..256, fan_out 16..256). Measured: the sample variance of its draws times fan_in, asserted 2.',
  kind: 'statistical',
  tolerance: relative(0.05, 'the sample variance of >= 8192 uniform draws has a relative standard error of 1%; 5% still tells 2/n from 1/n or from 2/(n_in + n_out) when the fans differ'),
  correction: (e) => `He 初始化的方差为 ${worstOutside(e).measured?.toPrecision(3)}/n`,
  cases: () => fc.record({ fanIn: fc.integer({ min: 16, max: 256 }), fanOut: fc.integer({ min: 16, max: 256 }), seed: fc.nat() }),
  runs: { quick: 4, standard: 15, full: 50 },
  check: ({ fanIn, fanOut, seed }, { tf, judge }) => {
    judge.value({ label: 'Var(heUniform draws) * fan_in', measured: initializerVarianceTimesFanIn(tf, 'heUniform', fanIn, fanOut, seed), asserted: 2 });
  },
});

export const activationDeterminesInit = defineClaim({
  id: 'deep-feedforward-networks/activation-determines-init',
  source: { file, quote: '激活函数的微观选择决定了初始化整个网络的宏观策略' },
  statement: 'The choice of activation alone determines the initialisation strategy for the whole network.',
  reading: '"Determines" = given the activation, the right variance multiplier c* (per-layer gradient factor 1, as in relu-variance-two-over-n and tanh-variance-one-over-n) does not depend on the network\'s depth or width. For ReLU and tanh, c* of square MLPs with 6..16 hidden layers of width 96..256 must match c* of a reference net of the same activation (12 hidden layers of width 192) within 10%. (That the activation changes c* is condition-depends-on-activation.)',
  kind: 'statistical',
  tolerance: relative(0.1, 'the same 10% the single-condition claims use: finite-size effects are a few percent at these sizes'),
  correction: (e) => `${worstOutside(e).where.activation} 网络的临界方差随深度/宽度变化：深度 ${worstOutside(e).where.depth}、宽度 ${worstOutside(e).where.width} 时为 ${worstOutside(e).measured?.toPrecision(3)}，参考网络为 ${worstOutside(e).asserted?.toPrecision(3)}`,
  cases: () => fc.record({ activation: fc.constantFrom('relu', 'tanh'), depth: fc.integer({ min: 6, max: 16 }), width: fc.integer({ min: 96, max: 256 }), seed: fc.nat() }),
  runs: { quick: 2, standard: 8, full: 24 },
  check: ({ activation, depth, width, seed }, { tf, judge }) => {
    const a = activation as Activation;
    const reference = criticalVariance(tf, criticalNet(a, 12, 192, subSeed(seed, 1), 2)).c;
    judge.value({ label: 'c* of this net (band: c* of the reference net)', measured: criticalVariance(tf, criticalNet(a, depth, width, seed, 2)).c, asserted: reference });
  },
});
