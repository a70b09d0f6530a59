// § 20.4.1 训练算法
// The text: the findings support the view that SGD implicitly adds a regulariser to the loss, whose
// size depends on the learning rate (section 9.2). How we test it: as for equation 9.9 in section
// 20.2.2 (07-regularisation.ts): a GD step against the gradient flow of L + c|grad L|^2, c fitted at
// two learning rates in float64 (src/nets/theory/modified-loss.ts). What would refute it: a fitted c that does
// not scale as alpha/4. The generalisation experiments cited here (batch size, learning rate, Adam
// against SGD) are part 2's.
import * as fc from 'fast-check';
import { defineClaim, relative } from '../../src/claim/index.js';
import { implicitCoefficientsForSeed } from '../../src/nets/theory/modified-loss.js';

const file = 'why-deep-learning-works.md';

export const sgdImplicitDependsOnLr = defineClaim({
  id: 'why-deep-learning-works/implicit-regulariser-size-depends-on-learning-rate',
  source: { file, quote: '而这些正则化项的大小取决于学习率' },
  statement: 'The size of the regularisation term that (stochastic) gradient descent implicitly adds depends on the learning rate.',
  reading: 'The full-batch part of the implicit regulariser, (alpha/4)|grad L|^2 (equation 9.9), tested as in why-deep-learning-works/implicit-regularisation-grows-with-learning-rate (same nets, fit and tolerance). SGD adds a second term, (alpha/4) times the mean squared deviation of the batch gradients (Smith et al. 2021), also proportional to alpha; it is not tested separately. That these findings support the view is a statement about the cited experiments (part 2).',
  kind: 'exact',
  tolerance: relative(0.01, 'Richardson extrapolation removes the O(alpha) term of the ratio; what remains is O(alpha^2) (about 1e-3 here) plus finite-difference error (~1e-6): 1% leaves a margin'),
  correction: (e) => `（拟合得到的隐式正则系数外推为 ${(e.observations.find((o) => o.label.startsWith('extrapolated'))?.measured ?? NaN).toFixed(3)}×α/4。）`,
  cases: () => fc.record({ width: fc.integer({ min: 3, max: 6 }), seed: fc.nat() }),
  runs: { quick: 4, standard: 12, full: 40 },
  check: ({ width, seed }, { judge }) => {
    const r = implicitCoefficientsForSeed(width, seed);
    judge.holds({ label: 'fitted coefficient grows with the learning rate', holds: r.large.c > r.small.c, values: { c005: r.small.c, c01: r.large.c } });
    judge.value({ label: 'extrapolated c / (alpha/4) as alpha -> 0', measured: r.extrapolated, asserted: 1 });
  },
});
