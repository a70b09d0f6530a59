// § 驯服猛兽，第二部分：穿越混沌的捷径, the paragraph on the learning problem: residual nets approximate no more
// functions than plain ones but make the identity (weights at zero) and near-identity functions easier to
// learn. How we test it: explicit universal-approximation constructions, exact rewritings of residual nets as
// plain ones, and plain-vs-residual training runs. What would refute it: a plain net that cannot match a
// residual net, a residual net that learns the identity no faster.
import * as fc from 'fast-check';
import type { Scalar, Tensor2D } from '@tensorflow/tfjs';
import { absolute, defineClaim, exactly, noLessThan, noMoreThan, type CheckContext } from '../../src/claim/index.js';
import { subSeed } from '../../src/random/seeds.js';
import { buildMlp, forward } from '../../src/nets/base/mlp.js';
import { fitMlp, trainParams } from '../../src/nets/train/train.js';
import { plainMlpOf, randomResidualNet, residualApply, residualForward, residualParams, type ResidualNet } from '../../src/nets/build/residual-as-plain.js';
import { countLinearRegions } from '../../src/nets/regions/linear-regions.js';
import { reluInterpolant, randomContinuousTarget } from '../../src/nets/regions/universal-approx.js';
import { evalPlainNet } from '../../src/nets/regions/pwl-nets.js';
import { firstOutside } from '../../src/claim/first-outside.js';
import { scalarOf } from '../../src/backend/scalar-of.js';

const file = 'deep-feedforward-networks.md';
type Tf = CheckContext['tf'];

// The width-m one-hidden-layer ReLU interpolant of f on [0, 1], evaluated in tfjs on a grid: sup error.
function interpolantError(tf: Tf, f: (x: number) => number, m: number, grid: number): number {
  const net = reluInterpolant(f, m);
  const xs = Array.from({ length: grid + 1 }, (_, i) => i / grid);
  const out = tf.tidy(() => {
    const x = tf.tensor2d(xs, [grid + 1, 1]);
    const h = tf.relu(tf.add(tf.matMul(x, tf.tensor2d(net.weights[0] as number[][])), tf.tensor1d(net.biases[0] as number[])));
    return Array.from(tf.add(tf.matMul(h, tf.tensor2d(net.weights[1] as number[][])), tf.tensor1d(net.biases[1] as number[])).dataSync());
  });
  return Math.max(...xs.map((x, i) => Math.abs(out[i]! - f(x))));
}
const uatQuote = '一个神经网络原则上可以近似任何[连续函数](@article_id:297812)';
const uatStatement = 'By the universal approximation theorem, a neural network can in principle approximate any continuous function.';

export const uatCompact = defineClaim({
  id: 'deep-feedforward-networks/universal-approximation-reading-a',
  primary: { why: 'it names the universal approximation theorem (通用近似定理), whose statement is about continuous functions on compact sets' },
  source: { file, quote: uatQuote },
  statement: uatStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/universal-approximation-reading-b): the theorem\'s setting, continuous functions on a compact set (here [0, 1]). Seeded continuous targets with kinks, oscillations and a square-root cusp (src/nets/regions/universal-approx.ts) and a tolerance eps in [0.02, 0.2]: doubling the width m from 8, a one-hidden-layer ReLU network (the interpolant at m + 1 knots, built explicitly, evaluated in tfjs on a grid of 8001 points) must reach sup error < eps at some m <= 8192. Scope forall: "任何连续函数" quantifies over every function.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a yes/no: was a network found within eps'),
  correction: (e) => `对目标函数（种子 ${firstOutside(e).where.target}），宽度 8192 以内的单隐层网络未能达到误差 ${Number(firstOutside(e).where.eps).toFixed(3)}`,
  cases: () => fc.record({ target: fc.nat(), eps: fc.double({ min: 0.02, max: 0.2, noNaN: true }) }),
  runs: { quick: 4, standard: 15, full: 50 },
  check: ({ target, eps }, { tf, judge }) => {
    const f = randomContinuousTarget(target);
    let m = 8;
    let err = interpolantError(tf, f, m, 8000);
    while (err >= eps && m < 8192) {
      m *= 2;
      err = interpolantError(tf, f, m, 8000);
    }
    judge.holds({ label: 'a ReLU network within eps of the target on [0, 1]', holds: err < eps, values: { width: m, supError: err } });
  },
});

export const uatWholeLine = defineClaim({
  id: 'deep-feedforward-networks/universal-approximation-reading-b',
  alternativeOf: 'deep-feedforward-networks/universal-approximation-reading-a',
  source: { file, quote: uatQuote },
  statement: uatStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/universal-approximation-reading-a): "any continuous function" on its whole domain, here sin(x) on the real line, uniformly. Any ReLU network is affine beyond its last breakpoint t, and an affine g has |g - sin| >= 1 at one of x_1, x_1 + pi, x_1 + 2 pi (x_1 the first point after t where sin = 1), because e(x_1) - 2 e(x_1 + pi) + e(x_1 + 2 pi) = 4 for e = sin - g. For ReLU networks of growing width m = 8..1024 that interpolate sin on [-20, 20] (built explicitly), the last breakpoint is found exactly (float64 region count) and the error at the three witness points is evaluated. Measured: the smallest sup error found over the whole line, to be compared with eps = 0.1.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noMoreThan(0.1, 'approximation to eps = 0.1 on the whole line: the sup error must be at most 0.1'),
  // The bound is the one the reading proves (|e| >= 1 at a witness point); the measured value is only what the
  // constructed nets reached (final referee, session 7, #25).
  correction: () => '有限的ReLU网络在整个实数轴上无法一致逼近 sin(x)：其误差至少为 1；通用近似定理只保证在紧集（有界闭区间）上的逼近',
  check: ({ judge, record }) => {
    let best = Infinity;
    for (let m = 8; m <= 1024; m *= 2) {
      const net = reluInterpolant(Math.sin, m, -20, 20);
      const t = Math.max(...countLinearRegions(net).breakpoints);
      const x1 = Math.PI / 2 + 2 * Math.PI * Math.ceil((t - Math.PI / 2) / (2 * Math.PI) + 1e-9);
      const witness = Math.max(...[x1, x1 + Math.PI, x1 + 2 * Math.PI].map((x) => Math.abs(evalPlainNet(net, x) - Math.sin(x))));
      record(`width ${m}: error on [-20, 20] / at the witness points`, `${Math.max(...Array.from({ length: 801 }, (_, i) => -20 + i / 20).map((x) => Math.abs(evalPlainNet(net, x) - Math.sin(x)))).toPrecision(3)} / ${witness.toPrecision(3)}`);
      best = Math.min(best, witness);
    }
    judge.value({ label: 'smallest whole-line sup error of the networks built (>= witness error)', measured: best });
  },
});

const notBroaderQuote = '它们能近似的函数类别并不比普通网络更广';
const notBroaderStatement = 'Residual networks do not approximate a broader class of functions than plain networks.';

export const residualNotBroader = defineClaim({
  id: 'deep-feedforward-networks/residual-class-not-broader-reading-a',
  primary: { why: 'it continues the universal-approximation sentence, about the class of functions the nets can approximate at any size' },
  source: { file, quote: notBroaderQuote },
  statement: notBroaderStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/residual-class-not-broader-reading-b): at any width. Every residual ReLU net x -> x + relu(x W1 + b1) W2 + b2 (B = 1..6 blocks of width d = 1..6 with k = 1..8 hidden units) is rewritten exactly as a plain ReLU MLP of width 2d + k (identity carried as relu(h), relu(-h); src/nets/build/residual-as-plain.ts), and both are evaluated in tfjs on 32 N(0, 4I) inputs. Measured: max |plain - residual| / (1 + max |residual|). Scope forall: a definite statement about the function classes, so every generated function must be reached by both.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-5, 'the rewriting is exact; float32 evaluation of two different but equal formulas differs by rounding, about 1e-7 relative'),
  correction: (e) => `残差网络与其改写的普通网络输出不一致（${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: () => fc.record({ d: fc.integer({ min: 1, max: 6 }), k: fc.integer({ min: 1, max: 8 }), blocks: fc.integer({ min: 1, max: 6 }), seed: fc.nat() }),
  runs: { quick: 6, standard: 25, full: 80 },
  check: ({ d, k, blocks, seed }, { tf, judge }) => {
    const net = randomResidualNet(tf, d, k, blocks, 1, seed);
    const plain = plainMlpOf(tf, net);
    try {
      const err = scalarOf(tf, () => {
        const x = tf.randomNormal([32, d], 0, 2, 'float32', subSeed(seed, 1)) as Tensor2D;
        const r = residualForward(tf, net, x);
        return tf.div(tf.max(tf.abs(tf.sub(forward(tf, plain, x), r))), tf.add(1, tf.max(tf.abs(r))));
      });
      judge.value({ label: 'max |plain rewriting - residual net| / (1 + max |residual|)', measured: err, asserted: 0 });
    } finally {
      plain.dispose();
    }
  },
});

export const residualBroaderAtEqualWidth = defineClaim({
  id: 'deep-feedforward-networks/residual-class-not-broader-reading-b',
  alternativeOf: 'deep-feedforward-networks/residual-class-not-broader-reading-a',
  source: { file, quote: notBroaderQuote },
  statement: notBroaderStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/residual-class-not-broader-reading-a): at the same width and depth. With one-dimensional inputs and width 1, the residual net x + relu(x w1 + b1) w2 with w2 = 0 is the identity on the whole line (checked in tfjs), while a plain width-1 ReLU net cannot be: its first hidden unit relu(w x + b) is constant on a half-line, so its output is too. Generated plain width-1 nets (depth 1..6, random weights and biases at several scales) are checked exactly (float64 region count): the measured count is how many of them are non-constant on both half-lines, i.e. could be the identity; the claim holds only if the residual class adds nothing, i.e. some plain net of the same size matches the identity.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a yes/no: does some plain width-1 net represent the identity'),
  correction: () => '在相同宽度下残差网络能表示普通网络无法表示的函数（例如宽度为1时的恒等函数）；只有允许普通网络更宽时，残差网络的函数类别才不比普通网络更广',
  check: ({ tf, judge, record, seeds }) => {
    const x = tf.tensor2d([-1e3, -1, 0, 0.5, 1e3], [5, 1]);
    const ident: ResidualNet = { d: 1, blocks: [{ w1: [[1.3]], b1: [0.2], w2: [[0]], b2: [0] }] };
    const exact = tf.tidy(() => tf.max(tf.abs(tf.sub(residualForward(tf, ident, x), x))).dataSync()[0]!);
    x.dispose();
    judge.holds({ label: 'the width-1 residual net with w2 = 0 is the identity', holds: exact === 0 });
    let couldBeIdentity = 0;
    const nets = 400;
    const draws = tf.tidy(() => tf.randomNormal([nets, 14], 0, 1, 'float32', seeds.child('nets').value).arraySync() as number[][]);
    draws.forEach((v, i) => {
      const depth = 1 + (i % 6);
      const s = [0.5, 1, 3][i % 3]!;
      const weights = Array.from({ length: depth + 1 }, (_, l) => [[s * v[2 * l]!]]);
      const biases = Array.from({ length: depth + 1 }, (_, l) => [s * v[2 * l + 1]!]);
      const pieces = countLinearRegions({ weights, biases }).pieces;
      const [first, last] = [pieces[0]!, pieces[pieces.length - 1]!];
      if (first.slope[0] !== 0 && last.slope[0] !== 0) couldBeIdentity++;
    });
    record('plain width-1 nets checked', nets);
    judge.holds({ label: 'some plain width-1 ReLU net is non-constant on both half-lines (could equal the identity)', holds: couldBeIdentity > 0, values: { couldBeIdentity } });
  },
});

// Per seed, final MSE(plain) / MSE(residual) for nets learning target(x) on 8-D inputs, trained identically.
// Plain: 8 -> 7 hidden ReLU layers of width 16 -> 8 (He, zero biases). Residual: 4 blocks
// x + relu(x W1 + b1) W2 + b2 with 16 hidden units (W1 He, W2 ~ N(0, 1/(16 * 4)), zero biases), the skip
// running from the input to the output as the text writes H(x) = x + F(x). Both have 8 weight matrices.
// The planned seeds and the draw of seed s's loss ratio (for judge.sequential); `drawn` collects the ratios drawn.
function plainVsResidual(ctx: CheckContext<{ seeds: number; steps: number }>, target: (x: Tensor2D) => Tensor2D, drawn: number[]): { n: number; draw: (s: number) => number } {
  const { tf } = ctx;
  const seeds = ctx.scaled.seeds;
  const steps = ctx.scaled.steps;
  ctx.record('seeds', seeds);
  ctx.record('Adam steps (lr 0.003, full batch of 256)', steps);
  return {
    n: seeds,
    draw: (s) => {
      const run = ctx.seeds.child('run', s);
      const x = tf.randomNormal([256, 8], 0, 1, 'float32', run.child('inputs').value) as Tensor2D;
      const y = tf.tidy(() => target(x));
      const plain = buildMlp(tf, { sizes: [8, ...Array<number>(7).fill(16), 8], activation: 'relu', weightVariance: (n) => 2 / n, seed: run.child('plain-net').value });
      const plainFit = fitMlp(tf, plain, { x, y }, { steps, learningRate: 0.003, optimizer: 'adam' });
      const res = randomResidualNet(tf, 8, 16, 4, 0.5, run.child('residual-net').value);
      const init = residualParams(tf, { d: 8, blocks: res.blocks.map((b) => ({ ...b, b1: b.b1.map(() => 0), b2: b.b2.map(() => 0) })) });
      const resFit = trainParams(tf, init, (ps) => tf.tidy(() => tf.mean(tf.square(tf.sub(residualApply(tf, ps, x), y)))) as Scalar, { steps, learningRate: 0.003, optimizer: 'adam' });
      const ratio = plainFit.losses[plainFit.losses.length - 1]! / resFit.losses[resFit.losses.length - 1]!;
      plainFit.mlp.dispose();
      plain.dispose();
      tf.dispose([x, y, ...init, ...resFit.params]);
      drawn.push(ratio);
      return ratio;
    },
  };
}

export const residualLearnsIdentity = defineClaim({
  id: 'deep-feedforward-networks/residual-makes-identity-easier',
  source: { file, quote: '它们的威力在于它们使得学习某些函数变得*更容易*' },
  statement: 'Residual networks make some functions easier to learn.',
  reading: '"Some functions" = the identity, the example the text gives next. A plain ReLU MLP (8 -> 7 hidden layers of width 16 -> 8, He init) and a residual net H(x) = x + F(x) with the skip from input to output (4 blocks x + relu(x W1 + b1) W2 + b2, 16 hidden units, W1 He, W2 small: N(0, 1/64); the same 8 weight matrices), trained identically (Adam, lr 0.003, full batch of 256 N(0, I) inputs in R^8) to output y = x. Sample per seed: final MSE(plain) / MSE(residual); easier = the geometric mean\'s interval above 1. Scope exists: "某些函数" asserts that some functions get easier, so one witness function supports it.',
  kind: 'experiment',
  scope: 'exists',
  tolerance: noLessThan(1, 'an ordering: the plain-to-residual loss ratio must exceed 1'),
  correction: (e) => `在相同训练下残差网络学习恒等函数并不更容易（普通/残差损失比 ${firstOutside(e).measured?.toPrecision(3)}）`,
  scale: { quick: { seeds: 3, steps: 40 }, standard: { seeds: 8, steps: 200 }, full: { seeds: 16, steps: 500 } },
  check: (ctx) => {
    const ratios: number[] = [];
    ctx.judge.sequential({ label: 'final MSE(plain) / MSE(residual), target y = x', statistic: 'geometricMean', ...plainVsResidual(ctx, (x) => x.clone(), ratios) });
    ctx.record('MSE(plain) / MSE(residual) per seed', ratios.map((r) => r.toPrecision(3)).join(', '));
  },
});

export const zeroWeightsIdentity = defineClaim({
  id: 'deep-feedforward-networks/zero-weights-give-identity',
  source: { file, quote: '网络可以通过简单地将其权重驱动到零来轻松学习[恒等函数](@article_id:312550)' },
  statement: 'A residual network learns the identity simply by driving its weights to zero, making F(x) = 0.',
  reading: 'Residual ReLU nets x -> x + relu(x W1 + b1) W2 + b2 (1..8 blocks, width 1..8, 1..8 hidden units) with all weights and biases set to zero must compute exactly x (bit for bit, in tfjs) on 32 inputs; so must those with only W2 and b2 at zero (W1, b1 random), since F(x) = relu(.) 0 = 0. Measured: the largest |output - x|. (Whether gradient descent actually drives the weights to zero is not claimed by the sentence and not tested.) Scope forall: setting the weights to zero gives the identity for every generated network.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('an identity: the outputs must equal the inputs exactly'),
  correction: (e) => `权重为零的残差网络输出与输入相差 ${firstOutside(e).measured}`,
  cases: () => fc.record({ d: fc.integer({ min: 1, max: 8 }), k: fc.integer({ min: 1, max: 8 }), blocks: fc.integer({ min: 1, max: 8 }), seed: fc.nat() }),
  runs: { quick: 6, standard: 25, full: 80 },
  check: ({ d, k, blocks, seed }, { tf, judge }) => {
    const random = randomResidualNet(tf, d, k, blocks, 1, seed);
    const zeroAll: ResidualNet = { d, blocks: random.blocks.map((b) => ({ w1: b.w1.map((r) => r.map(() => 0)), b1: b.b1.map(() => 0), w2: b.w2.map((r) => r.map(() => 0)), b2: b.b2.map(() => 0) })) };
    const zeroOut: ResidualNet = { d, blocks: random.blocks.map((b) => ({ ...b, w2: b.w2.map((r) => r.map(() => 0)), b2: b.b2.map(() => 0) })) };
    const x = tf.randomNormal([32, d], 0, 3, 'float32', subSeed(seed, 1)) as Tensor2D;
    try {
      for (const [name, net] of [['all weights zero', zeroAll], ['output weights zero', zeroOut]] as const) {
        const err = scalarOf(tf, () => tf.max(tf.abs(tf.sub(residualForward(tf, net, x), x))));
        judge.value({ label: `max |output - x| (${name})`, measured: err, asserted: 0 });
      }
    } finally {
      x.dispose();
    }
  },
});

export const nearIdentityEasier = defineClaim({
  id: 'deep-feedforward-networks/near-identity-easier-for-residual',
  source: { file, quote: '对于那些接近[恒等函数](@article_id:312550)的函数，网络只需要学习微小的差异，这是一个更易于处理的任务' },
  statement: 'For functions close to the identity a residual network only needs to learn a small difference, which is an easier task.',
  reading: 'As residual-makes-identity-easier, with a target close to the identity: y = x + 0.1 tanh(x A), A ~ N(0, 1/8) (seeded). Sample per seed: final MSE(plain) / MSE(residual); easier = the geometric mean\'s interval above 1. Scope forall: a definite statement ("这是一个更易于处理的任务"), so the judged near-identity target must be easier.',
  kind: 'experiment',
  scope: 'forall',
  tolerance: noLessThan(1, 'an ordering: the plain-to-residual loss ratio must exceed 1'),
  correction: (e) => `在相同训练下残差网络学习近恒等函数并不更容易（普通/残差损失比 ${firstOutside(e).measured?.toPrecision(3)}）`,
  scale: { quick: { seeds: 3, steps: 40 }, standard: { seeds: 8, steps: 200 }, full: { seeds: 16, steps: 500 } },
  check: (ctx) => {
    const { tf } = ctx;
    const a = tf.randomNormal([8, 8], 0, Math.sqrt(1 / 8), 'float32', ctx.seeds.child('target').value) as Tensor2D;
    try {
      const ratios: number[] = [];
      ctx.judge.sequential({ label: 'final MSE(plain) / MSE(residual), target x + 0.1 tanh(xA)', statistic: 'geometricMean', ...plainVsResidual(ctx, (x) => tf.add(x, tf.mul(tf.tanh(tf.matMul(x, a)), 0.1)) as Tensor2D, ratios) });
      ctx.record('MSE(plain) / MSE(residual) per seed', ratios.map((r) => r.toPrecision(3)).join(', '));
    } finally {
      a.dispose();
    }
  },
});
