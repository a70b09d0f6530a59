// § 大简化：函数空间中的训练, what the kernel is
// The text: the NTK encodes the whole training dynamics; K(x, x') tells how the output at x moves when we
// improve the output at x'; it is the gradient product averaged over initialisation, exactly computable
// for a two-layer ReLU net, depending on norms and angle; residual components decay at its eigenvalues'
// rates; training becomes kernel regression.
// How we test it: tfjs Jacobians of NTK nets, Monte Carlo kernels against the arc-cosine closed form
// (src/nets/theory/ntk-limit.ts), the width sweep of src/experiments/ntk-width-sweep.ts. What would
// refute it: a one-step response off K(x, x'); a Monte Carlo kernel off the closed form; decay rates off
// the eigenvalues; trained predictions off kernel regression.
import * as fc from 'fast-check';
import type { Tensor2D } from '@tensorflow/tfjs';
import { absolute, defineClaim, noMoreThan, relative, type CheckContext } from '../../src/claim/index.js';
import { Seeds } from '../../src/random/seeds.js';
import { buildNtkNet, empiricalNtk, ntkForward } from '../../src/nets/build/ntk.js';
import { limitNtk } from '../../src/nets/theory/ntk-limit.js';
import { twoLayerReluNtkByQuadrature } from '../../src/nets/theory/ntk-quadrature.js';
import { spherePoints } from '../../src/datasets/teacher.js';
import { judgeEach, sweep, sweepReading, vanishingTolerance, widestReading, widthSweep } from '../../src/experiments/ntk-width-sweep.js';

const file = 'infinite-width-ntk.md';

export const kernelEncodesDynamics = defineClaim({
  id: 'infinite-width-ntk/kernel-encodes-training-dynamics',
  scope: 'forall',
  source: { file, quote: '它是一个编码了整个训练动态的对象' },
  statement: 'The NTK is an object that encodes the whole training dynamics.',
  reading: `Scope forall: a definite statement about the (very) wide net, with no modal hedge; judged on the mean over seeds with its interval. Encodes = knowing only K0 (with f_0, y and the step) predicts the whole training trajectory: the test-point predictions of the linear model driven by K0(X, X) and K0(x*, X) stay within 5% of the network's over all steps (max deviation relative to how far the prediction moves). ${sweepReading} ${widestReading}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  tolerance: noMoreThan(0.05, 'the band is a maximum deviation <= 5% of the prediction\'s movement'),
  correction: (e) => `仅凭初始核预测的训练轨迹与网络相差 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.testDeviation, 'max_k |f_net(x*) - f_K0(x*)| / movement'),
});

// ---------------------------------------------------------------- what the kernel is

export const kernelEntryInfluence = defineClaim({
  id: 'infinite-width-ntk/kernel-entry-is-influence',
  scope: 'forall',
  source: { file, quote: '当我们试图改善网络在另一点 $x\'$ 的输出时，它在点 $x$ 的输出会改变多少' },
  statement: 'K(x, x\') tells how much the output at x changes when we try to improve the output at x\'.',
  reading: 'Scope forall: the definition of a kernel entry holds for every pair of points and width generated. One gradient step of size eta on the loss at x\' alone, 1/2 (f(x\') - y\')^2, changes f(x) by -eta K(x, x\') (f(x\') - y\') to first order. Two-layer ReLU NTK-parametrised nets of generated width 32..512 (d = 4, sigma_w^2 = 2), two points on the sphere at an angle below 90 degrees (x\' is flipped if needed, so K(x, x\') is not near 0), y\' = f(x\') - 1 (a unit residual, so the change is large against float32 rounding), eta = 3e-3 / K(x\', x\'); measured: the change of f(x) (tfjs, float32) divided by -eta (f(x\') - y\'), against K(x, x\') from the Jacobians.',
  kind: 'exact',
  tolerance: relative(0.02, 'first order in eta: the second-order term is of relative size about eta * K(x\', x\') = 3e-3, and float32 rounding of outputs of size ~1 perturbs a change of size ~3e-3 by ~2e-5 relative; 2% covers both with room'),
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside')!; return `一步梯度下降引起的输出变化与 K(x,x') 相差 ${(100 * (o.measured! / o.asserted! - 1)).toFixed(1)}%`; },
  cases: () => fc.record({ width: fc.integer({ min: 32, max: 512 }), seed: fc.nat() }),
  runs: { quick: 4, standard: 15, full: 50 },
  check: ({ width, seed }, ctx) => {
    const tf = ctx.tf;
    const net = buildNtkNet(tf, { sizes: [4, width, 1], activation: 'relu', weightVariance: 2, seed });
    const xs = tf.tidy(() => {
      const p = spherePoints(tf, 2, 4, new Seeds(seed).child('points').value);
      const sign = Math.sign(tf.sum(tf.prod(p, 0)).dataSync()[0]!) || 1;
      return tf.mul(p, tf.tensor2d([[1], [sign]])) as Tensor2D;
    });
    try {
      const k = empiricalNtk(tf, net, xs);
      const lr = 3e-3 / k[1]![1]!;
      const [before, after] = tf.tidy(() => {
        const x2 = tf.slice(xs, [1, 0], [1, 4]) as Tensor2D;
        const target = tf.sub(ntkForward(tf, net.spec, net.params, x2), 1);
        const g = tf.grads((...p) => tf.mul(0.5, tf.sum(tf.square(tf.sub(ntkForward(tf, net.spec, p, x2), target)))))(net.params);
        const moved = net.params.map((p, i) => tf.sub(p, tf.mul(g[i]!, lr)));
        const b = ntkForward(tf, net.spec, net.params, xs).dataSync();
        const a = ntkForward(tf, net.spec, moved, xs).dataSync();
        return [Array.from(b), Array.from(a)];
      });
      const response = (after![0]! - before![0]!) / (-lr * 1);
      ctx.judge.value({ label: 'change of f(x) / (-eta (f(x\') - y\'))', measured: response, asserted: k[0]![1]! });
    } finally {
      net.dispose();
      xs.dispose();
    }
  },
});

// Relative Frobenius deviation of one net's empirical NTK from the limit kernel, on 8 sphere points.
function concentration(ctx: CheckContext, width: number, seed: number): number {
  const tf = ctx.tf;
  const spec = { sizes: [4, width, 1], activation: 'relu' as const, weightVariance: 2 };
  const xs = spherePoints(tf, 8, 4, new Seeds(seed).child('points').value);
  const net = buildNtkNet(tf, { ...spec, seed });
  try {
    const k = empiricalNtk(tf, net, xs);
    const lim = limitNtk(spec, xs.arraySync());
    const num = k.reduce((s, r, i) => s + r.reduce((t, v, j) => t + (v - lim[i]![j]!) ** 2, 0), 0);
    const den = lim.reduce((s, r) => s + r.reduce((t, v) => t + v * v, 0), 0);
    return Math.sqrt(num / den);
  } finally {
    net.dispose();
    xs.dispose();
  }
}

export const ntkIsAverage = defineClaim({
  id: 'infinite-width-ntk/ntk-is-gradient-product-averaged-over-init',
  scope: 'forall',
  source: { file, quote: '它是输出相对于所有网络参数的梯度的[点积](@article_id:309438)，在随机初始化下取平均值' },
  statement: 'The NTK is the dot product of the output\'s gradients with respect to all parameters, averaged over the random initialisation; a wide net\'s own gradient product is that average.',
  reading: 'Scope forall: a definition (no hedge), judged on the mean over nets with its interval. The kernel steering a given net is its own gradient product (empirical NTK); the sentence identifies it with the average over initialisations. That identification holds if one wide net\'s empirical NTK concentrates at the average: its relative Frobenius distance from the limit kernel E[grad f . grad f] (the arc-cosine closed form, checked by infinite-width-ntk/two-layer-relu-ntk-closed-form) must vanish with width. Two-layer ReLU nets (d = 4, sigma_w^2 = 2), 8 points on the sphere; 3 nets per width; judged: the exponent of the distance against width.',
  kind: 'statistical',
  scale: { quick: { widths: [64, 512, 4096], nets: 3 }, standard: { widths: [32, 128, 512, 2048, 4096], nets: 4 }, full: { widths: [32, 128, 512, 2048, 4096, 8192], nets: 6 } },
  tolerance: vanishingTolerance,
  correction: (e) => `单个网络的经验核并不随宽度收敛到其期望（幂律指数 ${e.observations[0]!.measured!.toFixed(2)}）`,
  check: (ctx) => {
    const { widths, nets } = ctx.scaled;
    const pts: [number, number][] = [];
    for (const m of widths) for (let i = 0; i < nets; i++) pts.push([Math.log(m), Math.log(concentration(ctx, m, ctx.seeds.child('net', m, i).value))]);
    widths.forEach((m, j) => ctx.record(`mean distance at width ${m}`, +(pts.slice(j * nets, (j + 1) * nets).reduce((s, p) => s + Math.exp(p[1]), 0) / nets).toPrecision(3)));
    const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    const slope = pts.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
    ctx.judge.value({ label: 'exponent of |K_emp - E K|_F / |E K|_F against width', measured: slope, asserted: -0.25 });
  },
});

// Monte Carlo E[K] over nets of width m at the given points, one sample per net and pair.
function mcKernelSamples(ctx: CheckContext, xs: number[][], pairs: [number, number][], width: number, nets: number): number[][] {
  const tf = ctx.tf;
  const x = tf.tensor2d(xs);
  try {
    return Array.from({ length: nets }, (_, i) => {
      const net = buildNtkNet(tf, { sizes: [xs[0]!.length, width, 1], activation: 'relu', weightVariance: 2, seed: ctx.seeds.child('net', i).value });
      try {
        const k = empiricalNtk(tf, net, x);
        return pairs.map(([a, b]) => k[a]![b]!);
      } finally {
        net.dispose();
      }
    });
  } finally {
    x.dispose();
  }
}

// Unit vectors at the given angles from e1 in the (e1, e2) plane, scaled by the given norms, in R^4.
const atAngle = (deg: number, norm: number) => [norm * Math.cos((deg * Math.PI) / 180), norm * Math.sin((deg * Math.PI) / 180), 0, 0];

export const closedForm = defineClaim({
  id: 'infinite-width-ntk/two-layer-relu-ntk-closed-form',
  scope: 'forall',
  decidingBudget: { budget: 'standard', why: 'at 90 degrees the quick ratio 1.009 (CI [0.986, 1.032], 32 nets) is 0.021 from the band edge 1.03 with half-width 0.023: n(h/d)^2 = 38 nets, within the standard budget\'s 60.' },
  source: { file, quote: '这个[期望](@article_id:311378)可以被精确计算' },
  statement: 'For a simple two-layer ReLU network the expectation E[grad f(x) . grad f(x\')] can be computed exactly.',
  reading: 'Scope forall: "可以被精确计算" asserts that the expectation has an exact form, which must then hold at every pair of inputs compared; judged on Monte Carlo means with their intervals. The exact value is the arc-cosine form K = sigma_w^2 [ |x||x\'| sigma_w^2/d (sin t + (pi - t) cos t) / (2 pi) + (x.x\' sigma_w^2/d) (pi - t) / (2 pi) ] for f = sigma_w/sqrt(m) relu(sigma_w/sqrt(d) x W0) W1, t the angle (src/nets/theory/ntk-limit.ts). Monte Carlo: the empirical NTK (tfjs Jacobians) of independent nets of width 4096, d = 4, at three pairs (angles 0, 45 and 90 degrees; norms 1 and 2), where the kernel is well away from 0 (at obtuse angles it nears 0 and a relative comparison measures only Monte Carlo noise: a first run with a 135-degree pair was inconclusive for that reason); each net\'s value divided by the closed form is one sample; the mean must be 1. Reading A of two: infinite-width-ntk/two-layer-relu-ntk-closed-form-all-angles keeps the obtuse angles, on the kernel\'s own scale.',
  kind: 'statistical',
  scale: { quick: { nets: 32 }, standard: { nets: 60 }, full: { nets: 150 } },
  tolerance: relative(0.03, 'a closed form that is exact must match the Monte Carlo mean within its sampling error; 3% is a clear margin over the t-interval of a few dozen nets and well below any real mismatch (a missing factor, a wrong angle term)'),
  judgements: 3,
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside')!; return `两层 ReLU 网络的 NTK 期望与反余弦闭式解相差 ${(100 * (o.measured! - 1)).toFixed(1)}%（${JSON.stringify(o.where)}）`; },
  check: (ctx) => {
    const xs = [atAngle(0, 1), atAngle(0, 2), atAngle(45, 1), atAngle(90, 2)];
    const pairs: [number, number][] = [[0, 1], [0, 2], [0, 3]];
    const { nets } = ctx.scaled;
    ctx.record('nets (width 4096)', nets);
    const lim = limitNtk({ sizes: [4, 4096, 1], activation: 'relu', weightVariance: 2 }, xs);
    const samples = mcKernelSamples(ctx, xs, pairs, 4096, nets);
    pairs.forEach(([a, b], j) => ctx.judge.mean({ label: 'Monte Carlo K / closed form', samples: samples.map((s) => s[j]! / lim[a]![b]!), asserted: 1, where: { angle: [0, 0, 45, 90][b]!, normProduct: Math.hypot(...xs[a]!) * Math.hypot(...xs[b]!) } }));
  },
});

export const closedFormAllAnglesQuadrature = defineClaim({
  id: 'infinite-width-ntk/two-layer-relu-ntk-closed-form-all-angles-quadrature',
  scope: 'forall',
  source: { file, quote: '这个[期望](@article_id:311378)可以被精确计算' },
  statement: 'For a simple two-layer ReLU network the expectation E[grad f(x) . grad f(x\') ] can be computed exactly, at every angle between the inputs.',
  reading: 'Scope forall: "可以被精确计算" asserts that the expectation has an exact form, which must then hold at every pair of inputs. Reading B of two (reading A is infinite-width-ntk/two-layer-relu-ntk-closed-form, a Monte Carlo of the nets themselves at 0-90 degrees): the closed form (the arc-cosine kernel of src/nets/theory/ntk-limit.ts) against the expectation computed without it, by float64 quadrature over the Gaussian pre-activation pair of the same parametrisation (src/nets/theory/ntk-quadrature.ts, 2^20 angles), at every 15 degrees from 0 to 180 (norms 1 and 2, d = 4, sigma_w^2 = 2), each on the scale of the closed form\'s K(x, x). A mathematical fact is judged where nothing is in doubt but the formula: the Monte Carlo first design (infinite-width-ntk/two-layer-relu-ntk-closed-form-all-angles) resolves its band only with the full budget\'s 400 nets of width 4096 (final referee, session 7, #17, judged it beyond any budget from the quick interval).',
  kind: 'exact',
  tolerance: absolute(1e-4, 'the quadrature\'s own error: each of the two indicators\' jumps costs at most one step of 2 pi / 2^20, about 1e-5 of K(x, x); a wrong term of the closed form (a missing factor, a wrong angle term) moves the kernel by a percent or more of K(x, x) at some angle'),
  judgements: 13,
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside')!; return `两层 ReLU 网络的 NTK 期望（数值积分）在夹角 ${String(o.where.angle)}° 处与反余弦闭式解相差 ${(o.measured! - o.asserted!).toExponential(1)}（以 K(x, x) 为尺度）`; },
  check: (ctx) => {
    const angles = Array.from({ length: 13 }, (_, k) => 15 * k);
    const xs = [atAngle(0, 1), ...angles.map((a) => atAngle(a, 2))];
    const lim = limitNtk({ sizes: [4, 4096, 1], activation: 'relu', weightVariance: 2 }, xs);
    const scale = lim[0]![0]!;
    angles.forEach((angle, j) => ctx.judge.value({ label: 'quadrature E[grad f . grad f\'] / closed-form K(x, x)', measured: twoLayerReluNtkByQuadrature(xs[0]!, xs[j + 1]!, 2, 2 ** 20) / scale, asserted: lim[0]![j + 1]! / scale, where: { angle, normProduct: 2 } }));
  },
});

export const closedFormAllAngles = defineClaim({
  id: 'infinite-width-ntk/two-layer-relu-ntk-closed-form-all-angles',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'at quick the 45-degree pair, 1.278 (CI [1.258, 1.299], 32 nets), sits 0.002 inside the band\'s lower edge 1.276, where the t projection asks about 1800 nets; at the closed form\'s own 1.286 (infinite-width-ntk/two-layer-relu-ntk-closed-form-all-angles-quadrature), 0.01 inside the edge, the full budget\'s 400 nets (half-width about 0.006) decide it, and the timed full run of session 8 (main 09ebd90) found it supported there' },
  source: { file, quote: '这个[期望](@article_id:311378)可以被精确计算' },
  statement: 'For a simple two-layer ReLU network the expectation E[grad f(x) . grad f(x\') ] can be computed exactly, at every angle between the inputs.',
  reading: 'Scope forall: "可以被精确计算" asserts that the expectation has an exact form, which must then hold at every pair of inputs compared; judged on Monte Carlo means with their intervals. The first design of reading B (kept as its own reading, per ground rule 1; reading B is now judged by quadrature, infinite-width-ntk/two-layer-relu-ntk-closed-form-all-angles-quadrature): its +-0.01 band on the scale K(x, x) is finer than the quick interval resolves (final referee, session 7, #17, judged it beyond any budget; the timed full run decided it). Reading B (reading A is infinite-width-ntk/two-layer-relu-ntk-closed-form, which dropped the 135-degree pair after a first run, because near-zero kernels make a relative comparison measure only noise). This reading restores the obtuse angles and measures every pair on the kernel\'s own scale: each net\'s K(x, x\') divided by the closed form\'s K(x, x) at the first input (norm 1) is one sample, judged against the closed form\'s K(x, x\') / K(x, x) with an absolute band. Pairs at 45, 90, 135 and 180 degrees (norms 1 and 2); independent nets of width 4096, d = 4, sigma_w^2 = 2, as in reading A. (The band was first +-0.03 of K(x, x), three times reading A\'s at their shared 90-degree pair; narrowed at the re-judging of issue 18, before this band was run, to one rule for both readings. At quick, 32 nets give the 45-degree pair an interval about +-0.02 wide, which cannot decide a +-0.01 band: the full budget\'s nets (about +-0.006) decide it, the standard budget\'s may.)',
  kind: 'statistical',
  scale: { quick: { nets: 32 }, standard: { nets: 120 }, full: { nets: 400 } },
  tolerance: absolute(0.01, 'one rule with reading A: no pair gets a wider band, on the scale K(x, x), than the narrowest band A applies, A\'s 3% of the closed form at its 90-degree pair (norms 1 and 2), 0.03 x 0.318 = 0.0095 of K(x, x); a kernel near 0 at an obtuse angle is then held to that same absolute yardstick instead of a relative one that measures only noise'),
  judgements: 4,
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside')!; return `两层 ReLU 网络的 NTK 在夹角 ${String(o.where.angle)}° 处与反余弦闭式解相差 ${(100 * (o.measured! - o.asserted!)).toFixed(1)}%（以 K(x, x) 为尺度）`; },
  check: (ctx) => {
    const angles = [45, 90, 135, 180];
    const xs = [atAngle(0, 1), ...angles.map((a) => atAngle(a, 2))];
    const pairs: [number, number][] = angles.map((_, j) => [0, j + 1]);
    const { nets } = ctx.scaled;
    ctx.record('nets (width 4096)', nets);
    const lim = limitNtk({ sizes: [4, 4096, 1], activation: 'relu', weightVariance: 2 }, xs);
    const scale = lim[0]![0]!;
    const samples = mcKernelSamples(ctx, xs, pairs, 4096, nets);
    pairs.forEach(([a, b], j) => ctx.judge.mean({ label: 'Monte Carlo K(x, x\') / closed-form K(x, x)', samples: samples.map((s) => s[j]! / scale), asserted: lim[a]![b]! / scale, where: { angle: angles[j]!, normProduct: 2 } }));
  },
});

export const normsAndAngle = defineClaim({
  id: 'infinite-width-ntk/ntk-depends-on-norms-and-angle',
  scope: 'forall',
  source: { file, quote: '其对于任意两个输入 $x$ 和 $x\'$ 的值取决于它们的范数和它们之间的夹角' },
  statement: 'The two-layer ReLU NTK\'s value at any two inputs depends on (only) their norms and the angle between them.',
  reading: 'Scope forall: "任意两个输入" quantifies over every pair, judged on the mean over nets with its interval. Only: pairs with the same norms and angle but a different orientation (a random rotation Q of R^4 applied to both) get the same Monte Carlo kernel: per net, K(Qx, Qx\') / K(x, x\') has mean 1 (independent nets of width 4096; angle 60 degrees, norms 1 and 1.5). Depends: changing the angle (60 to 120 degrees) or a norm (1.5 to 3) at fixed other quantities changes the Monte Carlo kernel by more than 10% (ordering of means, recorded).',
  kind: 'statistical',
  scale: { quick: { nets: 32 }, standard: { nets: 60 }, full: { nets: 150 } },
  tolerance: relative(0.03, 'the same expectation at rotated inputs: the per-net ratio must average to 1 within 3%, a margin over Monte Carlo error that a real orientation dependence would exceed'),
  correction: () => '两层 ReLU 网络的 NTK 并不只取决于范数和夹角',
  check: (ctx) => {
    const tf = ctx.tf;
    const q = tf.tidy(() => tf.linalg.qr(tf.randomNormal([4, 4], 0, 1, 'float32', ctx.seeds.child('rotation').value))[0].arraySync() as number[][]);
    const rot = (v: number[]) => q.map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0));
    const base = [atAngle(0, 1), atAngle(60, 1.5), atAngle(120, 1.5), atAngle(60, 3)];
    const xs = [...base, ...base.map(rot)];
    const { nets } = ctx.scaled;
    const s = mcKernelSamples(ctx, xs, [[0, 1], [4, 5], [0, 2], [0, 3]], 4096, nets);
    const mean = (j: number) => s.reduce((a, r) => a + r[j]!, 0) / nets;
    ctx.record('nets (width 4096)', nets);
    ctx.judge.mean({ label: 'K(Qx, Qx\') / K(x, x\') per net', samples: s.map((r) => r[1]! / r[0]!), asserted: 1 });
    ctx.judge.holds({ label: 'changing the angle 60 -> 120 degrees changes K by > 10%', holds: Math.abs(mean(2) / mean(0) - 1) > 0.1, values: { at60: mean(0), at120: mean(2) } });
    ctx.judge.holds({ label: 'doubling a norm changes K by > 10%', holds: Math.abs(mean(3) / mean(0) - 1) > 0.1, values: { norm15: mean(0), norm3: mean(3) } });
  },
});

// ---------------------------------------------------------------- spectrum, kernel regression, convexity

export const eigenDecay = defineClaim({
  id: 'infinite-width-ntk/residual-decays-along-eigenvectors',
  scope: 'forall',
  source: { file, quote: '误差向量的分量呈指数衰减，衰减率由该核矩阵 $K$ 的[特征值](@article_id:315305)给出' },
  statement: 'The components of the error vector decay exponentially, at rates given by the eigenvalues of K.',
  reading: `Scope forall: a definite statement about every component of the error vector, judged on each measured rate with its interval. Components = projections of the training residual f_k - y on the unit eigenvectors of K0 (ml-matrix). Each component's measured continuous-time rate -log(|r_a(t)| / |r_a(0)|) / t, t = eta k, taken at the last step where it is still above 1e-3 of its start, is divided by its eigenvalue lambda_a; components that start below 5% of |r_0|, or whose eigenvalue predicts less than a factor e of decay over the run (lambda_a eta T < 1), are too small to measure and are skipped. Small step eta = 0.05 / lambda_max (the discrete rate -log(1 - eta lambda)/eta exceeds lambda by at most 2.6%). Each measurable component is a sample; the mean rate/eigenvalue must be 1. ${sweepReading.replace('step 0.5 / lambda_max(K0)', 'step 0.05 / lambda_max(K0)')} ${widestReading}`,
  kind: 'statistical',
  shares: [widthSweep.key],
  scale: { quick: { steps: 200 }, standard: { steps: 300 }, full: { steps: 600 } },
  tolerance: relative(0.15, 'rates from a finite run carry the finite-width drift of the kernel (about 1% at these widths) and the projection of other components leaking in; +-15% still tells a rate set by lambda_a from one set by sqrt(lambda_a) or lambda_a^2 across a spectrum spanning a factor of ~50'),
  correction: (e) => `误差分量的衰减率与对应特征值之比平均为 ${e.observations[0]!.measured!.toFixed(2)}`,
  check: (ctx) => {
    const { steps } = ctx.scaled;
    const runs = sweep(ctx, { widths: 'widest', lrScale: 0.05, steps });
    const samples = runs.flatMap((r) => r.result.componentRates.filter((c) => Number.isFinite(c.rate) && c.eigenvalue * r.result.lr * steps >= 1).map((c) => c.rate / c.eigenvalue));
    ctx.record('measurable components', samples.length);
    ctx.judge.mean({ label: 'measured rate / eigenvalue', samples, asserted: 1 });
  },
});

export const kernelRegression = defineClaim({
  id: 'infinite-width-ntk/training-equals-kernel-regression',
  scope: 'forall',
  source: { file, quote: '训练变得等同于一种称为核回归的经典方法' },
  statement: 'Training a very wide network becomes equivalent to kernel regression.',
  reading: `Scope forall: a definite statement about the (very) wide net, with no modal hedge; judged on the mean over seeds with its interval. Kernel regression with the NTK at initialisation, offset by the initial function: f*(x) = f_0(x) + K0(x, X) K0^-1 (y - f_0(X)) (ml-matrix solve). Measured: |f_net(X*, T) - f*(X*)| / |f*(X*) - f_0(X*)| on the 8 test points after training; equivalent = within 10% (the slowest eigen-directions are not fully converged after T steps). ${sweepReading} ${widestReading}`,
  kind: 'experiment',
  shares: [widthSweep.key],
  tolerance: noMoreThan(0.1, 'the band is a deviation <= 10% of the prediction\'s movement: training stops before the slowest directions converge, which the kernel-regression limit assumes done'),
  correction: (e) => `宽网络训练后的测试预测与核回归相差 ${(100 * Math.max(...e.observations.map((o) => o.measured!))).toFixed(1)}%`,
  check: (ctx) => judgeEach(ctx, sweep(ctx, { widths: 'widest' }), (r) => r.kernelRegressionDeviation, '|f_net(x*) - f_KR(x*)| / movement'),
});
