// § 深度的危险：不稳定的级联效应, the paragraph on the forward pass: the same instability acts on the
// signal, and the output's sensitivity to the input grows like rho^L with the weights' spectral norm rho. How
// we test it: square nets whose weight matrices all have spectral norm rho, and their input-output Jacobians.
// What would refute it: a sensitivity above rho^L, a rate that is not rho.
import * as fc from 'fast-check';
import type { Tensor2D } from '@tensorflow/tfjs';
import { atMost, defineClaim, noLessThan, relative, writeQuote, type Budget, type CheckContext, type Slots } from '../../src/claim/index.js';
import { subSeed } from '../../src/random/seeds.js';
import { buildMlp, type Mlp } from '../../src/nets/base/mlp.js';
import { type Activation } from '../../src/nets/base/activations.js';
import { chainProduct, forwardTrace, layerJacobians } from '../../src/nets/probe/layer-jacobians.js';
import { gradientNorms } from '../../src/nets/probe/gradients/gradient-norms.js';
import { gaussianMatrix, randomOrthogonal, spectralNorm, type Dense } from '../../src/nets/base/spectra.js';
import { firstOutside } from '../../src/claim/first-outside.js';
import { scalarOf } from '../../src/backend/scalar-of.js';

const file = 'deep-feedforward-networks.md';
type Tf = CheckContext['tf'];

// Per-layer factors of one square net over its hidden layers: backward gradient norm, forward activation
// norm, and forward sensitivity |J v| / |v| of the map x -> h_H (8 inputs; sensitivity on 2 of them).
function forwardBackward(tf: Tf, c: { activation: string; c: number; depth: number; seed: number }): { backward: number; magnitude: number; sensitivity: number } {
  const n = 96;
  const H = c.depth;
  const mlp = buildMlp(tf, { sizes: Array<number>(H + 2).fill(n), activation: c.activation as Activation, weightVariance: (k) => c.c / k, seed: c.seed });
  try {
    const norms = gradientNorms(tf, mlp, { batchSize: 8, seed: subSeed(c.seed, 1) });
    const backward = (norms[0]! / norms[H]!) ** (1 / H);
    const x = tf.randomNormal([8, n], 0, 1, 'float32', subSeed(c.seed, 1_000_003)) as Tensor2D;
    const { zs, hs } = forwardTrace(tf, mlp, x);
    const magnitude = (scalarOf(tf, () => tf.norm(hs[H]!)) / scalarOf(tf, () => tf.norm(x))) ** (1 / H);
    tf.dispose([...zs, ...hs.slice(1)]);
    const hidden: Mlp = { ...mlp, weights: mlp.weights.slice(0, H), biases: mlp.biases.slice(0, H), spec: { ...mlp.spec, outputActivation: mlp.spec.activation } };
    let logSens = 0;
    for (let i = 0; i < 2; i++) {
      const xi = tf.slice(x, [i, 0], [1, n]) as Tensor2D;
      const js = layerJacobians(tf, hidden, xi);
      logSens += Math.log(scalarOf(tf, () => {
        const v = tf.randomNormal([n, 4], 0, 1, 'float32', subSeed(c.seed, 20 + i));
        return tf.div(tf.norm(tf.matMul(chainProduct(tf, js), v)), tf.norm(v));
      }));
      tf.dispose([xi, ...js]);
    }
    x.dispose();
    return { backward, magnitude, sensitivity: Math.exp(logSens / 2) ** (1 / H) };
  } finally {
    mlp.dispose();
  }
}
const forwardQuote = '这种不稳定性不仅仅是训练过程中梯度的问题，它也影响[前向传播](@article_id:372045)';
const forwardStatement = 'The instability is not only a problem of gradients: it affects the forward pass too.';
const forwardCases = () => fc.record({ activation: fc.constantFrom('relu', 'tanh'), c: fc.constantFrom(0.5, 4), depth: fc.integer({ min: 8, max: 14 }), seed: fc.nat() });
const forwardTolerance = relative(0.1, '"the same instability" read as the same per-layer factor; finite width (96) and 8 inputs leave a few percent of noise, and 10% still tells a growing factor from a flat one');

export const forwardMagnitude = defineClaim({
  id: 'deep-feedforward-networks/forward-pass-also-affected-reading-a',
  alternativeOf: 'deep-feedforward-networks/forward-pass-also-affected-reading-b',
  source: { file, quote: forwardQuote },
  statement: forwardStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/forward-pass-also-affected-reading-b): the forward signal itself vanishes or explodes along with the gradient. Square MLPs of width 96 (ReLU or tanh, zero biases, Var(W) = c/n with c = 0.5 or 4, i.e. off the critical point, 8..14 hidden layers, 8 N(0, I) inputs): the per-layer factor of the activation norm, (|h_H| / |x|)^(1/H), must match the per-layer factor of the back-propagated gradient norm, (|dL/dx| / |dL/dh_H|)^(1/H), within 10%. Scope forall: a definite statement ("也影响"), so every generated case must show it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: forwardTolerance,
  qualifiers: [{ condition: 'activation = relu', holds: (w) => w.activation === 'relu' }],
  correction: (e) => (e.qualifiedBy ? '对ReLU网络，这种不稳定性同样使前向信号呈指数级缩小或增长；对tanh网络，前向信号有界，不会随梯度一起爆炸' : `前向信号的每层因子（${firstOutside(e).measured?.toPrecision(3)}）与梯度的每层因子（${firstOutside(e).asserted?.toPrecision(3)}）不同`),
  cases: forwardCases,
  runs: { quick: 4, standard: 12, full: 40 },
  check: (c, { tf, judge }) => {
    const r = forwardBackward(tf, c);
    judge.value({ label: 'per-layer factor of the activation norm (band: the gradient\'s factor)', measured: r.magnitude, asserted: r.backward });
  },
});

export const forwardSensitivity = defineClaim({
  id: 'deep-feedforward-networks/forward-pass-also-affected-reading-b',
  primary: { why: 'the next sentences describe the forward effect as the output\'s sensitivity to its input (输出对输入的敏感度, about ρ^L)' },
  source: { file, quote: forwardQuote },
  statement: forwardStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/forward-pass-also-affected-reading-a): the forward map\'s sensitivity to its input (as the next sentences describe) grows or shrinks with the gradient. Same nets as reading A; the forward sensitivity |J v| / |v| of x -> h_H (explicit layer-Jacobian product at 2 inputs, 4 random directions v) gives a per-layer factor that must match the gradient\'s within 10%. Scope forall: a definite statement ("也影响"), so every generated case must show it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: forwardTolerance,
  correction: (e) => `前向敏感度的每层因子（${firstOutside(e).measured?.toPrecision(3)}）与梯度的每层因子（${firstOutside(e).asserted?.toPrecision(3)}）不同`,
  cases: forwardCases,
  runs: { quick: 4, standard: 12, full: 40 },
  check: (c, { tf, judge }) => {
    const r = forwardBackward(tf, c);
    judge.value({ label: 'per-layer factor of the input sensitivity (band: the gradient\'s factor)', measured: r.sensitivity, asserted: r.backward });
  },
});

// A square MLP (zero biases) whose weight matrices all have spectral norm exactly rho: Gaussian draws
// rescaled by rho / ||W||_2, or rho times a Haar-orthogonal matrix. Returns the input-output Jacobian's
// spectral norm at one N(0, I) input (explicit layer Jacobians, float64 SVD of their float32 product).
function sensitivityAtRho(tf: Tf, c: { activation: string; weights: string; rho: number; depth: number; width: number; seed: number }): number {
  const n = c.width;
  const L = c.depth;
  const weights = Array.from({ length: L }, (_, l) => {
    const w: Dense = c.weights === 'orthogonal' ? randomOrthogonal(tf, n, subSeed(c.seed, l)) : gaussianMatrix(tf, n, n, 1, subSeed(c.seed, l));
    const s = c.rho / spectralNorm(w);
    return tf.tensor2d(w.map((row) => row.map((v) => v * s))) as Tensor2D;
  });
  const mlp: Mlp = { spec: { sizes: Array<number>(L + 1).fill(n), activation: c.activation as Activation, outputActivation: c.activation as Activation, weightVariance: () => 0, seed: c.seed }, weights, biases: weights.map(() => null), dispose: () => tf.dispose(weights) };
  const x = tf.randomNormal([1, n], 0, 1, 'float32', subSeed(c.seed, 99)) as Tensor2D;
  const js = layerJacobians(tf, mlp, x);
  try {
    const p = chainProduct(tf, js);
    const sigma = spectralNorm(p.arraySync());
    p.dispose();
    return sigma;
  } finally {
    tf.dispose([x, ...js]);
    mlp.dispose();
  }
}
// The referee's edit (session 6, #1) makes 大约 (about) 至多 (at most); the choice slot reads which the text says.
const rhoQuote = '输出对输入的敏感度会随着深度 $L$ 呈指数级变化，{size:大约|至多}为 $\\rho^L$';
const AT_MOST = '至多';
// rho^L bounds ||J(x)||_2 (activations are 1-Lipschitz): the ratio may exceed 1 by float32 rounding only.
const rhoBound = atMost(1e-4, 'a bound: the ratio may not exceed 1 beyond float32 rounding of the product');
const withinRhoBound = (ratio: number) => ratio <= rhoBound.band(1)[1];
const rhoStatement = 'The sensitivity of the output to the input changes exponentially with depth, {size} (大约: approximately; 至多: at most) rho^L, where rho is the weights\' spectral norm.';
const rhoCases = (rho: fc.Arbitrary<number>) => () => fc.record({
  activation: fc.constantFrom('linear', 'relu', 'tanh'),
  weights: fc.constantFrom('gaussian', 'orthogonal'),
  rho,
  depth: fc.integer({ min: 4, max: 12 }),
  width: fc.integer({ min: 16, max: 48 }),
  seed: fc.nat(),
});

export const sensitivityBound = defineClaim({
  id: 'deep-feedforward-networks/sensitivity-rho-to-the-l-reading-a',
  alternativeOf: 'deep-feedforward-networks/sensitivity-rho-to-the-l-reading-b',
  source: { file, quote: rhoQuote },
  statement: rhoStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/sensitivity-rho-to-the-l-reading-b): rho^L as the scale that bounds the sensitivity: the input-output Jacobian\'s spectral norm ||J(x)||_2 is at most rho^L (activations are 1-Lipschitz). Square nets (linear, ReLU or tanh; zero biases) whose L = 4..12 weight matrices (width 16..48) all have spectral norm exactly rho in [0.7, 1.5], Gaussian or orthogonal. Measured: ||J(x)||_2 / rho^L at one input. Scope forall: a definite statement ("会…大约为"), so every generated net must follow it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: rhoBound,
  correction: (e) => `敏感度超过了 rho^L（比值 ${firstOutside(e).measured?.toPrecision(4)}）`,
  cases: rhoCases(fc.double({ min: 0.7, max: 1.5, noNaN: true })),
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge }) => {
    judge.value({ label: '||J(x)||_2 / rho^L', measured: sensitivityAtRho(tf, c) / c.rho ** c.depth, asserted: 1 });
  },
});

export const sensitivityRate = defineClaim({
  id: 'deep-feedforward-networks/sensitivity-rho-to-the-l-reading-b',
  primary: { why: '大约为 ρ^L states the size of the sensitivity (approximately equal), not a bound on it' },
  source: { file, quote: rhoQuote },
  statement: rhoStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/sensitivity-rho-to-the-l-reading-a): "approximately rho^L" as the actual growth: the per-layer rate ||J(x)||_2^(1/L) must be rho within 10%. Same nets as reading A. Where the text says 至多 (at most) instead of 大约 (about), the sentence states the bound and reading A\'s bound judges it. Scope forall: a definite statement ("会…大约为"), so every generated net must follow it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: relative(0.1, '"approximately rho^L" read as a per-layer rate within 10% of rho: tighter would punish finite-depth effects, looser would accept a different base'),
  qualifiers: [{ condition: 'weights = orthogonal and activation = linear', holds: (w) => w.weights === 'orthogonal' && w.activation === 'linear' }],
  // The referee's edit (session 6, #1): with rho the spectral norm, rho^L is the Lipschitz bound, reached only by orthogonal linear nets.
  correction: (e) => ({ replace: { span: writeQuote(rhoQuote, e.slots.values), text: writeQuote(rhoQuote, e.slots.values, { size: AT_MOST }) } }),
  cases: rhoCases(fc.double({ min: 0.7, max: 1.5, noNaN: true })),
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge, slots }) => {
    const sensitivity = sensitivityAtRho(tf, c);
    // 至多 states the bound, which reading A's declared tolerance judges; 大约 states the size.
    if (slots.choice('size') === AT_MOST) judge.holds({ label: '||J(x)||_2 / rho^L within the bound (reading A\'s tolerance)', holds: withinRhoBound(sensitivity / c.rho ** c.depth), values: { ratio: sensitivity / c.rho ** c.depth } });
    else judge.value({ label: 'per-layer sensitivity rate ||J(x)||_2^(1/L)', measured: sensitivity ** (1 / c.depth), asserted: c.rho });
  },
});

// The referee's edit (session 6, #2) makes 将 (will) 可能 (may) and adds that the condition is only necessary.
const chaoticQuote = '如果 $\\rho {sign:rel} {one:number}$，网络{mode:将|可能}对其输入变得混沌般敏感';
const MAY = '可能';

export const rhoAboveOneChaotic = defineClaim({
  id: 'deep-feedforward-networks/rho-above-one-chaotic-sensitivity',
  // Same root as reading B's finding: with rho the spectral norm, rho^L only bounds the sensitivity, so rho > 1 is necessary, not sufficient.
  follows: 'deep-feedforward-networks/sensitivity-rho-to-the-l-reading-b',
  source: { file, quote: chaoticQuote },
  statement: 'If rho {sign} {one} the network {mode} (将: will; 可能: may) become chaotically sensitive to its input.',
  reading: 'Chaotic sensitivity = the worst-case sensitivity ||J(x)||_2 grows exponentially with depth, i.e. its per-layer rate is at least 1. Nets of sensitivity-rho-to-the-l-reading-a with the spectral norm rho of every weight matrix on the grid 1.0001, 1.1, 1.25, 1.5, 1.75, 2 over (1, 2] (1.5 first, so a failing net is reported at 1.5, not at the edge). Scope forall: the conditional "如果…将" is definite, so every net meeting its condition must become chaotic. Where the text says 可能 (may) and calls the condition only necessary, the claim is that the sensitivity never exceeds rho^L (so it can grow only when rho > 1): reading A\'s bound, on the same nets.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noLessThan(1, 'exponential growth means a per-layer rate of at least 1'),
  qualifiers: [{ condition: 'weights = orthogonal and activation = linear', holds: (w) => w.weights === 'orthogonal' && w.activation === 'linear' }],
  // The referee's edit (session 6, #2), with the text's own relation and number from the quote's slots.
  correction: (e) => ({ replace: { span: writeQuote(chaoticQuote, e.slots.values), text: `${writeQuote(chaoticQuote, e.slots.values, { mode: MAY })}（$\\rho ${e.slots.rel('sign')} ${e.slots.number('one')}$ 只是必要条件）` } }),
  // rho on a grid over (1, 2] whose first value is 1.5: a counterexample shrinks toward the first value, so the
  // witness reported is a net well inside the condition, not one at the edge rho = 1.0001 where a rate just
  // under 1 says little. The grid keeps both ends of the first design's range.
  cases: (_budget: Budget, slots: Slots) => rhoCases(fc.constantFrom(1.5, 1.25, 1.75, 2, 1.1, 1.0001).map((r) => r * slots.number('one')))(),
  runs: { quick: 6, standard: 25, full: 80 },
  check: (c, { tf, judge, slots }) => {
    const sensitivity = sensitivityAtRho(tf, c);
    // 可能 with "only necessary": the sensitivity never exceeds rho^L, so only rho above one lets it grow; the bound of reading A judges it.
    if (slots.choice('mode') === MAY) judge.holds({ label: '||J(x)||_2 / rho^L within the bound (chaos needs rho > 1)', holds: withinRhoBound(sensitivity / c.rho ** c.depth), values: { ratio: sensitivity / c.rho ** c.depth } });
    else judge.value({ label: 'per-layer worst-case sensitivity rate', measured: sensitivity ** (1 / c.depth) });
  },
});
