// § 大简化：函数空间中的训练, first two paragraphs
// The text: the nightmarish non-convex problem in parameter space, a landscape of hills, valleys and
// saddle points, becomes in function space a simple, perfect convex bowl with a single minimum at f = y.
// How we test it: the permutation-midpoint probe and the loss around the origin of two-layer NTK nets
// (tfjs autodiff); L(f) = 1/2 |f - y|^2 at random points. What would refute it: a midpoint with no
// barrier; an origin that is not a saddle; a non-convex or multi-minimum L(f).
import * as fc from 'fast-check';
import type { Tensor2D } from '@tensorflow/tfjs';
import { above, absolute, below, defineClaim, noLessThan } from '../../src/claim/index.js';
import { originSaddle } from '../../src/nets/landscape/landscape.js';
import { bowl } from '../../src/nets/landscape/function-space-bowl.js';
import { spherePoints } from '../../src/datasets/teacher.js';
import { nonConvexReading, nonConvexityProbe } from '../../src/experiments/random-label-fit.js';

const file = 'infinite-width-ntk.md';

export const parameterProblemNonConvex = defineClaim({
  id: 'infinite-width-ntk/parameter-space-problem-nonconvex',
  scope: 'exists',
  source: { file, quote: '那个噩梦般的、非凸的优化问题' },
  statement: 'The optimisation problem in parameter space is non-convex.',
  reading: `${nonConvexReading} Width 256.`,
  kind: 'exact',
  scale: { quick: { steps: 150 }, standard: { steps: 300 }, full: { steps: 600 } },
  tolerance: above(0, 'convexity fails as soon as the midpoint loss exceeds the loss at both ends; the band is midpoint - max(ends) >= 0'),
  correction: () => '参数空间中的优化问题在这些例子中是凸的',
  check: (ctx) => {
    const r = nonConvexityProbe(ctx.tf, 256, ctx.scaled.steps, ctx.seeds.child('fit').value);
    ctx.record('loss at theta, at its permutation, at the midpoint', `${r.loss.toPrecision(3)}, ${r.permuted.toPrecision(3)}, ${r.midpoint.toPrecision(3)}`);
    ctx.judge.value({ label: 'midpoint loss minus the larger end loss', measured: r.midpoint - Math.max(r.loss, r.permuted) });
  },
});

export const hillsAndValleys = defineClaim({
  id: 'infinite-width-ntk/parameter-landscape-hills-and-valleys',
  scope: 'exists',
  source: { file, quote: '$L(\\theta)$ 是一个由山丘、山谷' },
  statement: 'As a function of the parameters, L(theta) is a landscape of hills and valleys: distinct minima separated by higher ground.',
  reading: `Valleys = distinct parameter vectors with (near-)minimal loss; a hill = higher loss between them. ${nonConvexReading} Width 64. Judged: both ends reached low loss (below 1% of the initial loss) and the midpoint lies above both.`,
  kind: 'exact',
  scale: { quick: { steps: 150 }, standard: { steps: 300 }, full: { steps: 600 } },
  tolerance: above(0, 'a hill exists when the midpoint loss exceeds both valley floors: the band is midpoint - max(ends) >= 0'),
  correction: () => '参数空间的损失在这些例子中没有山丘：两个等价极小值之间的中点损失并不更高',
  check: (ctx) => {
    const r = nonConvexityProbe(ctx.tf, 64, ctx.scaled.steps, ctx.seeds.child('fit').value);
    ctx.judge.holds({ label: 'both ends are valley floors (loss below 1% of the initial loss)', holds: r.loss < 0.01 * r.fit.initial, values: { loss: r.loss, initial: r.fit.initial } });
    ctx.judge.value({ label: 'midpoint loss minus the larger end loss', measured: r.midpoint - Math.max(r.loss, r.permuted) });
  },
});

export const saddlePoints = defineClaim({
  id: 'infinite-width-ntk/parameter-landscape-saddle-points',
  scope: 'exists',
  source: { file, quote: '[鞍点](@article_id:303016)构成的可怕景观' },
  statement: 'The parameter-space loss landscape has saddle points.',
  reading: 'A two-layer tanh net in the NTK parametrisation (16 inputs, width 64, no biases) on 12 random labels: theta = 0 is a critical point (gradient by tfjs autodiff); along a random direction t (u, v) the loss falls and along t (u, -v) it rises (t = 0.3), so theta = 0 is a saddle. Judged: the gradient norm at 0 (must be 0 to float32 rounding) and the product of the two loss changes (negative for a saddle).',
  kind: 'exact',
  tolerance: below(0, 'a saddle: the loss falls along one direction and rises along the other, so (L_along - L_0)(L_against - L_0) < 0; the critical point is a fact checked beside it (|grad| <= 1e-6, zero to float32 rounding)'),
  correction: () => '在这个例子中原点不是鞍点',
  check: (ctx) => {
    const tf = ctx.tf;
    const x = spherePoints(tf, 12, 16, ctx.seeds.child('points').value);
    const y = tf.randomNormal([12, 1], 0, 1, 'float32', ctx.seeds.child('labels').value) as Tensor2D;
    try {
      const r = originSaddle(tf, { sizes: [16, 64, 1], activation: 'tanh', weightVariance: 1, seed: 0 }, x, y, 0.3, ctx.seeds.child('directions').value);
      ctx.record('loss at 0, along, against', `${r.atOrigin.toPrecision(5)}, ${r.along.toPrecision(5)}, ${r.against.toPrecision(5)}`);
      ctx.judge.holds({ label: 'theta = 0 is a critical point: |grad| <= 1e-6 (zero to float32 rounding)', holds: r.gradNorm <= 1e-6, values: { gradNorm: r.gradNorm } });
      ctx.judge.value({ label: '(L(t d) - L(0)) (L(t d\') - L(0))', measured: (r.along - r.atOrigin) * (r.against - r.atOrigin) });
    } finally {
      tf.dispose([x, y]);
    }
  },
});

const bowlCases = () => fc.record({ n: fc.integer({ min: 2, max: 64 }), seed: fc.nat() });

export const functionSpaceConvex = defineClaim({
  id: 'infinite-width-ntk/function-space-loss-convex',
  scope: 'forall',
  source: { file, quote: '它只是一个简单的、完美的、凸形的碗' },
  statement: 'As a function of the prediction vector f on the training data, L(f) = 1/2 |f - y|^2 is a simple, perfect convex bowl.',
  reading: 'Scope forall: convexity is a statement about every pair of points, so every generated pair must satisfy it. For random y, f1, f2 of generated length n (2..64), computed by tfjs: the midpoint inequality (L(f1) + L(f2))/2 - L((f1 + f2)/2) >= 0 (for this quadratic it equals |f1 - f2|^2 / 8), and the Hessian row sums by double autodiff are all 1 (the Hessian is the identity: a round bowl).',
  kind: 'exact',
  tolerance: noLessThan(0, 'convexity is a one-sided inequality; the Hessian row sums must be >= 1 - 1e-6 (the judged figure is min row sum - 1 + 1e-6 >= 0)'),
  correction: () => 'L(f) 在函数空间中并不是凸的',
  cases: bowlCases,
  runs: { quick: 10, standard: 40, full: 100 },
  check: ({ n, seed }, ctx) => {
    const b = bowl(ctx.tf, n, seed);
    ctx.judge.value({ label: 'midpoint gap (L(f1) + L(f2))/2 - L(mid)', measured: b.gap });
    ctx.judge.value({ label: 'min Hessian row sum - 1 + 1e-6', measured: b.hessMin - 1 + 1e-6 });
  },
});

export const uniqueMinimum = defineClaim({
  id: 'infinite-width-ntk/function-space-unique-minimum',
  scope: 'forall',
  source: { file, quote: '只有一个最小值：即预测 $f$ 与真实标签 $y$ 完全匹配的地方' },
  statement: 'L(f) has a single minimum, where the predictions f equal the labels y.',
  reading: 'Scope forall: uniqueness is a statement about every other point, so every generated f must lie above L(y). For random y and f != y of generated length n (tfjs): L(y) = 0 and L(f) - L(y) = |f - y|^2 / 2 > 0, so y is the only minimiser. Judged: L(f) - L(y) - |f - y|^2 / 2 (zero to float rounding) and L(y).',
  kind: 'exact',
  tolerance: absolute(1e-4, 'float32 sums of at most 64 squares of N(0, 1) numbers round to within 1e-4 of the exact value'),
  correction: () => 'L(f) 不止一个最小值',
  cases: bowlCases,
  runs: { quick: 10, standard: 40, full: 100 },
  check: ({ n, seed }, ctx) => {
    const b = bowl(ctx.tf, n, seed);
    ctx.judge.value({ label: 'L(y)', measured: b.ly, asserted: 0 });
    ctx.judge.value({ label: 'L(f) - L(y) - |f - y|^2 / 2', measured: b.lf1 - b.ly - b.dist2 / 2, asserted: 0 });
    ctx.judge.holds({ label: 'L(f) > L(y) for f != y', holds: b.lf1 > b.ly, values: { lf: b.lf1, ly: b.ly } });
  },
});
