// § 大简化：函数空间中的训练, the puzzle solved
// The text: for very wide nets the problem gradient descent solves is not non-convex at all: it is convex
// in function space, and the NTK is the map guiding the descent; a positive-definite kernel guarantees
// convergence to zero training error.
// How we test it: the permutation-midpoint probe at width 2048; the width sweep's linearisation and
// guidance; L(f) at random points; gradient descent on nets with a positive-definite empirical kernel.
// What would refute it: a wide trajectory off the convex linearised problem; descent steps off -K0 r;
// training error left over with a positive-definite kernel.
import * as fc from 'fast-check';
import { defineClaim, noLessThan, noMoreThan } from '../../src/claim/index.js';
import { Seeds } from '../../src/random/seeds.js';
import { buildNtkNet, empiricalNtk, ntkForward, withParams } from '../../src/nets/build/ntk.js';
import { symEig } from '../../src/nets/train/ntk-train.js';
import { bowl } from '../../src/nets/landscape/function-space-bowl.js';
import { spherePoints } from '../../src/datasets/teacher.js';
import { nonConvexReading, nonConvexityProbe } from '../../src/experiments/random-label-fit.js';
import { judgeEach, sweep, sweepReading, widestReading, widthSweep } from '../../src/experiments/ntk-width-sweep.js';

const file = 'infinite-width-ntk.md';

const bowlCases = () => fc.record({ n: fc.integer({ min: 2, max: 64 }), seed: fc.nat() });

const notNonConvexQuote = '它解决的问题根本不是非凸的';
const notNonConvexStatement = 'For very wide networks, the problem gradient descent solves is not non-convex at all.';

export const wideProblemConvexLiteral = defineClaim({
  id: 'infinite-width-ntk/wide-net-problem-convex-reading-a',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/wide-net-problem-convex-reading-b',
  source: { file, quote: notNonConvexQuote },
  statement: notNonConvexStatement,
  reading: `Reading A (one of two; reading B is infinite-width-ntk/wide-net-problem-convex-reading-b): literally, the loss of a very wide net as a function of its parameters is convex. Tested at width 2048 with the permutation-midpoint probe (a convex loss is at most that of two equal-loss points at their midpoint). ${nonConvexReading}`,
  kind: 'exact',
  scale: { quick: { steps: 150 }, standard: { steps: 300 }, full: { steps: 600 } },
  tolerance: noMoreThan(0, 'convexity requires midpoint - max(ends) <= 0'),
  correction: () => '对于非常宽的网络，参数空间中的损失依然是非凸的（隐藏单元置换给出等价的极小值，它们的中点损失更高）；凸的是函数空间中的问题，而宽网络的训练轨迹近似于它',
  check: (ctx) => {
    const r = nonConvexityProbe(ctx.tf, 2048, ctx.scaled.steps, ctx.seeds.child('fit').value);
    ctx.record('loss at theta, at its permutation, at the midpoint', `${r.loss.toPrecision(3)}, ${r.permuted.toPrecision(3)}, ${r.midpoint.toPrecision(3)}`);
    ctx.judge.value({ label: 'midpoint loss minus the larger end loss', measured: r.midpoint - Math.max(r.loss, r.permuted) });
  },
});

export const wideProblemConvexEffective = defineClaim({
  id: 'infinite-width-ntk/wide-net-problem-convex-reading-b',
  scope: 'forall',
  primary: { why: 'the next clause places the convexity in another space, function space (在另一个空间——函数空间——中是一个凸问题), not in the parameters' },
  source: { file, quote: notNonConvexQuote },
  statement: notNonConvexStatement,
  reading: `Scope forall: a definite statement about the (very) wide net, with no modal hedge; judged on the mean over seeds with its interval. Reading B (one of two; reading A is infinite-width-ntk/wide-net-problem-convex-reading-a): effectively, the problem gradient descent actually meets is the convex one: along its whole path the wide net's training predictions stay within 5% (of the initial residual) of those of its linearisation, whose loss is a convex quadratic in the parameters. ${sweepReading} ${widestReading}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  tolerance: noMoreThan(0.05, 'the band is a maximum deviation <= 5% of the initial residual'),
  correction: (e) => `宽网络的训练轨迹偏离凸的线性化问题达 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.trainDeviation, 'max_k |f_net - f_lin| / |f_0 - y| (training set)'),
});

export const functionSpaceConvexAgain = defineClaim({
  id: 'infinite-width-ntk/function-space-problem-convex',
  scope: 'forall',
  source: { file, quote: '它在另一个空间——[函数空间](@article_id:303911)——中是一个凸问题' },
  statement: 'In function space the training problem is convex.',
  reading: 'Scope forall: convexity is a statement about every pair of points, so every generated pair must satisfy it. The same test as infinite-width-ntk/function-space-loss-convex, on this sentence: for random y, f1, f2 of generated length n (tfjs), (L(f1) + L(f2))/2 - L((f1 + f2)/2) >= 0.',
  kind: 'exact',
  tolerance: noLessThan(0, 'convexity is a one-sided inequality'),
  correction: () => '函数空间中的问题并不是凸的',
  cases: bowlCases,
  runs: { quick: 10, standard: 40, full: 100 },
  check: ({ n, seed }, ctx) => {
    ctx.judge.value({ label: 'midpoint gap', measured: bowl(ctx.tf, n, seed).gap });
  },
});

export const ntkGuidesDescent = defineClaim({
  id: 'infinite-width-ntk/ntk-guides-the-descent',
  scope: 'forall',
  source: { file, quote: '而 NTK 就是引导下降的地图' },
  statement: 'The NTK is the map that guides the descent.',
  reading: `Scope forall: a definite statement about the (very) wide net, with no modal hedge; judged on the mean over seeds with its interval. Guides = at every step the change of the wide net's training predictions points along -K0 (f_k - y), the direction the initial kernel prescribes. Measured: the smallest cosine over all steps between the two; guided = at least 0.95 (within 18 degrees). ${sweepReading} ${widestReading}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  tolerance: noLessThan(0.95, 'the band is a smallest cosine >= 0.95 at every step: steered by the kernel, up to finite-width drift'),
  correction: (e) => `宽网络的下降方向与初始 NTK 给出的方向之间最小余弦为 ${Math.min(...e.observations.map((o) => o.measured!)).toFixed(3)}`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.guidanceCosine, 'min_k cos(df_k, -K0 (f_k - y))'),
});

export const pdKernelZeroError = defineClaim({
  id: 'infinite-width-ntk/positive-definite-kernel-zero-training-error',
  scope: 'forall',
  source: { file, quote: '那么收敛到零[训练误差](@article_id:639944)就得到了保证' },
  statement: 'If the kernel is positive definite, convergence to zero training error is guaranteed.',
  reading: 'Scope forall: "得到了保证" is a guarantee, so every generated net with a positive-definite kernel must converge. Two-layer ReLU NTK nets (16 inputs, sigma_w^2 = 2, generated width 256..2048) on 8..16 distinct points of the sphere with random N(0, 1) labels: the empirical K0 is positive definite (smallest eigenvalue > 0, ml-matrix), and gradient descent with step 1 / lambda_max for T steps such that eta lambda_min T >= 10 (the linear dynamics then leave at most e^-10 of the residual) must drive the relative training residual below 1e-3.',
  kind: 'experiment',
  tolerance: noMoreThan(1e-3, 'the band is a relative residual <= 1e-3 after a horizon where the guarantee predicts at most 4.5e-5: the rest is slack for finite width and float32'),
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside')!; return `核正定时，训练误差在给定步数内没有收敛到零（宽度 ${o.where.width} 时残差 ${o.measured!.toExponential(2)}）`; },
  cases: () => fc.record({ width: fc.integer({ min: 256, max: 2048 }), n: fc.integer({ min: 8, max: 16 }), seed: fc.nat() }),
  runs: { quick: 2, standard: 6, full: 20 },
  check: ({ width, n, seed }, ctx) => {
    const tf = ctx.tf;
    const caseSeeds = new Seeds(seed);
    const x = spherePoints(tf, n, 16, caseSeeds.child('points').value);
    const yT = tf.randomNormal([n, 1], 0, 1, 'float32', caseSeeds.child('labels').value);
    const y = Array.from(yT.dataSync());
    yT.dispose();
    let net = buildNtkNet(tf, { sizes: [16, width, 1], activation: 'relu', weightVariance: 2, seed: caseSeeds.child('net').value });
    try {
      const { values } = symEig(empiricalNtk(tf, net, x));
      const [lmin, lmax] = [values[0]!, values[n - 1]!];
      ctx.judge.holds({ label: 'K0 is positive definite', holds: lmin > 0, values: { lambdaMin: lmin } });
      const steps = Math.min(5000, Math.ceil((10 * lmax) / lmin));
      ctx.record(`steps (width ${width})`, steps);
      const yt = tf.tensor2d(y, [n, 1]);
      const r0 = tf.tidy(() => tf.norm(tf.sub(ntkForward(tf, net.spec, net.params, x), yt)).dataSync()[0]!);
      for (let k = 0; k < steps; k++) {
        const old = net;
        const p = tf.tidy(() => { const g = tf.grads((...q) => tf.mul(0.5, tf.sum(tf.square(tf.sub(ntkForward(tf, old.spec, q, x), yt)))))(old.params); return old.params.map((q, i) => tf.sub(q, tf.mul(g[i]!, 1 / lmax))); });
        net = withParams(old, p);
        old.dispose();
      }
      const rT = tf.tidy(() => tf.norm(tf.sub(ntkForward(tf, net.spec, net.params, x), yt)).dataSync()[0]!);
      yt.dispose();
      ctx.judge.value({ label: '|f_T - y| / |f_0 - y|', measured: rT / r0, where: { width, n } });
    } finally {
      net.dispose();
      x.dispose();
    }
  },
});
