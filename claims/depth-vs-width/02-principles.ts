// § 原理与机制
// The text: the depth-or-width question is far from "more is better"; it reveals a trade-off
// between expressive power and optimisability. How we test it: (a) at one parameter budget, train
// four-hidden-layer and one-hidden-layer ReLU nets on two tasks and ask whether the deeper one is
// simply better; (b) as depth grows, count the regions the best construction reaches (the
// optimisability side is checked where the chapter argues it, § 梯度消失与梯度爆炸). What would
// refute it: a deeper net that is clearly better on average; or regions that do not grow with depth.
import { defineClaim, exactly, noLessThan } from '../../src/claim/index.js';
import { fitsByDepth } from '../../src/nets/experiments/budget-fit.js';
import { constructionRegions } from '../../src/nets/experiments/depth-tradeoff.js';

const file = 'depth-vs-width.md';
const BUDGET = 300;

export const notMoreIsBetter = defineClaim({
  id: 'depth-vs-width/principles-not-more-is-better',
  source: { file, quote: '这个问题的答案远非“越多越好”那么简单' },
  statement: 'At a fixed parameter budget, more layers (a deeper, narrower net) is not simply better.',
  reading: `"More" is read as more layers at the same parameter budget. Two tasks: a smooth 2-D target (four random plane waves on [-1, 1]^2) and a 4-D binary-tree composition y = h(h(x1, x2), h(x3, x4)), h(a, b) = sin(2a + b) cos(a - 2b). ReLU MLPs at ${BUDGET} parameters, four equal hidden layers against one, He init, Adam (lr 0.01) on 256 training points; error = test MSE on 256 fresh points over the target variance. Samples: log(error_4 / error_1) per task and seed. "More is better" would put their mean below 0; the sentence is supported if the mean's interval lies at or above 0 (deeper is not better on average), refuted if it lies below. Scope exists: the sentence says what can happen (可能 / 影响 / 依赖于 / 成为可能), so one setting that shows it is a witness; a setting where it does not show refutes nothing.`,
  kind: 'experiment',
  scope: 'exists',
  decidingBudget: { budget: 'full', why: 'about 12 samples (6 seeds per task) decide it (interval half-width h and distance d to the band edge at quick, n (h/d)^2 with the t quantile of the smaller n); full runs 8 seeds per task (standard 3)' },
  scale: { quick: { seeds: 2, steps: 60 }, standard: { seeds: 3, steps: 200 }, full: { seeds: 8, steps: 1500 } },
  tolerance: noLessThan(0, '"not simply better" is read as: the deeper net\'s log error ratio is not below 0 on average; an interval entirely below 0 means deeper is simply better'),
  correction: (e) => `在固定参数预算下，更深的网络平均而言反而更好（log 误差比均值 ${e.observations[0]?.measured?.toFixed(3)}），“越多越好”在此成立。`,
  check: ({ tf, judge, scaled, seed, record }) => {
    const seeds = Array.from({ length: scaled.seeds }, (_, i) => seed + 1000 * i);
    const steps = scaled.steps;
    record('seeds per task', seeds.length);
    record('Adam steps', steps);
    const samples: number[] = [];
    for (const task of ['smooth2d', 'tree4d'] as const) {
      const [shallow, deep] = fitsByDepth(tf, { task, depths: [1, 4], budget: BUDGET, seeds, steps, lr: 0.01, nTrain: 256, nTest: 256 });
      shallow!.forEach((s, i) => {
        record(`${task} seed ${i}: error depth 1 / depth 4`, `${s.testError.toPrecision(3)} / ${deep![i]!.testError.toPrecision(3)}`);
        samples.push(Math.log(deep![i]!.testError / s.testError));
      });
    }
    judge.mean({ label: 'log(test error depth 4 / depth 1)', samples, asserted: 0 });
  },
});

export const expressivityOptimisability = defineClaim({
  id: 'depth-vs-width/principles-expressivity-optimisability-tradeoff',
  source: { file, quote: '它揭示了网络架构在**表达能力**和**可优化性**之间的深刻权衡' },
  statement: 'Deeper nets can express more complex functions (the expressive-power side of the trade-off with optimisability).',
  reading: 'Expressive power: activation regions on the real line of the width-3 zigzag construction (exactly (w+1)^L regions) at depth L = 2 and 6. Supported if the region count grows. The learning-efficiency side is not checked by this claim: its first design measured the end-to-end gradient ratio |dL/dx| / |dL/dh_L| of square ReLU nets at Var(W) = 1/fan_in, which is (1/2)^(L/2) by the choice of initialisation whatever depth costs (and about 1 at He initialisation), a check that could not fail, so it was deleted (final referee pass, session 7). What depth does to optimisation is checked where the chapter argues it: depth-vs-width/gradient-vanishes-when-pw-below-1, depth-vs-width/exploding-gradients-make-training-unstable and depth-vs-width/vanishing-starves-first-layers-reading-a. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('region counts of an explicit construction are integers'),
  correction: () => '（实测加深网络并未提高其可实现的线性区域数。）',
  check: ({ judge }) => {
    const [r2, r6] = [constructionRegions(2, 3), constructionRegions(6, 3)];
    judge.holds({ label: 'regions at depth 6 > regions at depth 2', holds: r6 > r2, values: { depth2: r2, depth6: r6 } });
  },
});
