// § 引言
// The text: how giant nets learn by plain gradient descent is one of the deepest mysteries of modern
// science; the training landscape is unimaginably complex, yet we always find a solution.
// How we test it: the landscape's complexity as non-convexity (a trained minimum, its hidden-unit
// permutation and the loss at their midpoint); "always finds a solution" as plain full-batch gradient
// descent fitting random labels to near-zero loss for over-parameterised two-layer nets, over seeds.
// What would refute it: a midpoint below the minima (no barrier); a run that stalls far from zero loss.
import * as fc from 'fast-check';
import { above, defineClaim, noMoreThan } from '../../src/claim/index.js';
import { gdReading, gdResidual, nonConvexReading, nonConvexityProbe } from '../../src/experiments/random-label-fit.js';

const file = 'infinite-width-ntk.md';

export const deepestMystery = defineClaim({
  id: 'infinite-width-ntk/deepest-mystery',
  source: { file, quote: '这个问题是现代科学中最深的谜团之一' },
  statement: 'How giant networks learn with plain gradient descent is one of the deepest mysteries of modern science.',
  kind: 'not-checkable',
  reason: 'A judgement of how deep a scientific question is, relative to all of modern science: an opinion, with no quantity a computation could measure.',
});

export const landscapeComplex = defineClaim({
  id: 'infinite-width-ntk/training-landscape-complex',
  scope: 'exists',
  source: { file, quote: '训练的景观是难以想象的复杂' },
  statement: 'The training landscape (the loss as a function of the parameters) is complex: it is not a single convex bowl.',
  reading: `"Complex" is read at its least: not convex, with barriers between equivalent minima. ${nonConvexReading} Width 64.`,
  kind: 'exact',
  scale: { quick: { steps: 150 }, standard: { steps: 300 }, full: { steps: 600 } },
  tolerance: above(0, 'convexity fails as soon as the midpoint loss exceeds the loss at both ends; the band is midpoint - max(ends) >= 0'),
  correction: () => '训练的损失景观在这些例子中是凸的（中点损失不高于两端）',
  check: (ctx) => {
    const r = nonConvexityProbe(ctx.tf, 64, ctx.scaled.steps, ctx.seeds.child('fit').value);
    ctx.record('loss before / after fitting', `${r.fit.initial.toPrecision(3)} / ${r.fit.final.toPrecision(3)}`);
    ctx.record('loss at theta, at its permutation, at the midpoint', `${r.loss.toPrecision(3)}, ${r.permuted.toPrecision(3)}, ${r.midpoint.toPrecision(3)}`);
    ctx.judge.value({ label: 'midpoint loss minus the larger end loss', measured: r.midpoint - Math.max(r.loss, r.permuted) });
  },
});

export const alwaysFindSolution = defineClaim({
  id: 'infinite-width-ntk/gd-always-finds-a-solution',
  scope: 'forall',
  source: { file, quote: '但我们却总能找到解决方案' },
  statement: 'Yet gradient descent always finds a solution for these giant networks.',
  reading: `Scope forall: "总能" promises a solution for every over-parameterised net and data set generated. ${gdReading} Width 256, 12 points; every generated seed must succeed ("always").`,
  kind: 'experiment',
  scale: { quick: { steps: 150 }, standard: { steps: 400 }, full: { steps: 800 } },
  tolerance: noMoreThan(0.01, 'the band is a final relative residual <= 1%: a solution fits the training labels to 1e-4 of the initial loss'),
  correction: (e) => `梯度下降并不总能找到解：最差一次残差仍为初始的 ${(100 * Math.max(...e.observations.map((o) => o.measured ?? 0))).toFixed(1)}%`,
  cases: () => fc.record({ seed: fc.nat() }),
  runs: { quick: 2, standard: 6, full: 20 },
  check: ({ seed }, ctx) => {
    ctx.judge.value({ label: 'final |f - y| / |f0 - y|', measured: gdResidual(ctx.tf, 256, 12, ctx.scaled.steps, seed) });
  },
});
