// § 引言
// The text: how giant nets learn by plain gradient descent is one of the deepest mysteries of modern
// science; the training landscape is unimaginably complex, yet we always find a solution.
// How we test it: the landscape's complexity as non-convexity (a trained minimum, its hidden-unit
// permutation and the loss at their midpoint); "always finds a solution" as plain full-batch gradient
// descent fitting random labels to near-zero loss for over-parameterised two-layer nets, over seeds.
// What would refute it: a midpoint below the minima (no barrier); a run that stalls far from zero loss.
import * as fc from 'fast-check';
import { atLeast, atMost, defineClaim } from '../../src/claim/index.js';
import { fitByGd, permutationMidpoint } from '../../src/nets/landscape/landscape.js';
import { subSeed } from '../../src/random/seeds.js';
import type { CheckContext } from '../../src/claim/index.js';

const file = 'infinite-width-ntk.md';

export const deepestMystery = defineClaim({
  id: 'infinite-width-ntk/deepest-mystery',
  source: { file, quote: '这个问题是现代科学中最深的谜团之一' },
  statement: 'How giant networks learn with plain gradient descent is one of the deepest mysteries of modern science.',
  kind: 'not-checkable',
  reason: 'A judgement of how deep a scientific question is, relative to all of modern science: an opinion, with no quantity a computation could measure.',
});

/** Fits random labels with a two-layer net and returns the fit's losses plus the permutation-midpoint probe. */
export function nonConvexityProbe(ctx: CheckContext, width: number, seed: number) {
  const fit = fitByGd(ctx.tf, { net: { sizes: [16, width, 1], activation: 'tanh', weightVariance: 1 }, n: 12, steps: ctx.scale({ quick: 150, standard: 300, full: 600 }), lrScale: 1, seed });
  try {
    return { fit: { initial: fit.initialLoss, final: fit.finalLoss }, ...permutationMidpoint(ctx.tf, fit.net, fit.x, fit.y, subSeed(seed, 7)) };
  } finally {
    fit.dispose();
  }
}

export const nonConvexReading = 'Two-layer tanh nets in the NTK parametrisation (16 inputs, sigma_w^2 = 1, no biases) fitted by full-batch gradient descent (step 1 / lambda_max of the empirical NTK) to 12 random N(0, 1) labels on the sphere. Permuting the hidden units gives a second parameter vector computing the same function, so with the same loss. A convex loss is at most that loss at their midpoint; a midpoint loss above both (measured in float32 by tfjs) is a barrier, and the landscape is not convex.';

export const landscapeComplex = defineClaim({
  id: 'infinite-width-ntk/training-landscape-complex',
  source: { file, quote: '训练的景观是难以想象的复杂' },
  statement: 'The training landscape (the loss as a function of the parameters) is complex: it is not a single convex bowl.',
  reading: `"Complex" is read at its least: not convex, with barriers between equivalent minima. ${nonConvexReading} Width 64.`,
  kind: 'exact',
  tolerance: atLeast(0, 'convexity fails as soon as the midpoint loss exceeds the loss at both ends; the band is midpoint - max(ends) >= 0'),
  correction: () => '训练的损失景观在这些例子中是凸的（中点损失不高于两端）',
  check: (ctx) => {
    const r = nonConvexityProbe(ctx, 64, ctx.seed);
    ctx.record('loss before / after fitting', `${r.fit.initial.toPrecision(3)} / ${r.fit.final.toPrecision(3)}`);
    ctx.record('loss at theta, at its permutation, at the midpoint', `${r.loss.toPrecision(3)}, ${r.permuted.toPrecision(3)}, ${r.midpoint.toPrecision(3)}`);
    ctx.judge.value({ label: 'midpoint loss minus the larger end loss', measured: r.midpoint - Math.max(r.loss, r.permuted), asserted: 0 });
  },
});

// Plain gradient descent on random labels: relative residual |f - y| / |f0 - y| at the end.
export function gdResidual(ctx: CheckContext, width: number, n: number, seed: number): number {
  const fit = fitByGd(ctx.tf, { net: { sizes: [16, width, 1], activation: 'relu', weightVariance: 2 }, n, steps: ctx.scale({ quick: 150, standard: 400, full: 800 }), lrScale: 1, seed });
  try {
    return Math.sqrt(fit.finalLoss / fit.initialLoss);
  } finally {
    fit.dispose();
  }
}

export const gdReading = 'Over-parameterised two-layer ReLU nets in the NTK parametrisation (16 inputs, sigma_w^2 = 2, no biases; parameters >> data points) trained by plain full-batch gradient descent, step 1 / lambda_max of the empirical NTK at initialisation, on random N(0, 1) labels of points on the sphere (the hardest target: pure memorisation). "Finds a solution" = the residual |f - y| falls to 1% of its initial value within the step budget (150 at quick, 400 at standard).';

export const alwaysFindSolution = defineClaim({
  id: 'infinite-width-ntk/gd-always-finds-a-solution',
  source: { file, quote: '但我们却总能找到解决方案' },
  statement: 'Yet gradient descent always finds a solution for these giant networks.',
  reading: `${gdReading} Width 256, 12 points; every generated seed must succeed ("always").`,
  kind: 'experiment',
  tolerance: atMost(0, 'the band is a final relative residual <= 1%: a solution fits the training labels to 1e-4 of the initial loss'),
  correction: (e) => `梯度下降并不总能找到解：最差一次残差仍为初始的 ${(100 * Math.max(...e.observations.map((o) => o.measured ?? 0))).toFixed(1)}%`,
  cases: () => fc.record({ seed: fc.nat() }),
  runs: { quick: 2, standard: 6, full: 20 },
  check: ({ seed }, ctx) => {
    ctx.judge.value({ label: 'final |f - y| / |f0 - y|', measured: gdResidual(ctx, 256, 12, seed), asserted: 0.01 });
  },
});
