// § 原理与机制
// The text: we must find a tiny valley in a landscape of millions or billions of parameters; yet
// gradient descent, one small downhill step after another, always finds its way; a deep puzzle.
// How we test it: plain full-batch gradient descent on over-parameterised two-layer ReLU nets of
// generated widths and data sizes, fitting random labels. What would refute it: a generated
// net/data pair on which descent stalls above 1% of the initial residual.
import * as fc from 'fast-check';
import { defineClaim, noMoreThan } from '../../src/claim/index.js';
import { gdReading, gdResidual } from '../../src/experiments/random-label-fit.js';

const file = 'infinite-width-ntk.md';

export const gdFindsItsWay = defineClaim({
  id: 'infinite-width-ntk/gd-small-steps-find-their-way',
  scope: 'forall',
  source: { file, quote: '仅仅是不断地向山下迈出一小步——总能找到它的路' },
  statement: 'Gradient descent, taking one small downhill step after another, always finds its way to a good solution.',
  reading: `Scope forall: "总能" promises that small steps reach a solution in every generated case. ${gdReading} Generated widths 128..512 and 8..16 data points; a small step is read as 1 / lambda_max (half the stability limit).`,
  kind: 'experiment',
  scale: { quick: { steps: 150 }, standard: { steps: 400 }, full: { steps: 800 } },
  tolerance: noMoreThan(0.01, 'the band is a final relative residual <= 1%, as in infinite-width-ntk/gd-always-finds-a-solution'),
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside')!; return `梯度下降并不总能找到它的路（宽度 ${o.where.width}、${o.where.n} 个数据点时残差仍为初始的 ${(100 * o.measured!).toFixed(1)}%）`; },
  cases: () => fc.record({ width: fc.integer({ min: 128, max: 512 }), n: fc.integer({ min: 8, max: 16 }), seed: fc.nat() }),
  runs: { quick: 2, standard: 8, full: 30 },
  check: ({ width, n, seed }, ctx) => {
    ctx.judge.value({ label: 'final |f - y| / |f0 - y|', measured: gdResidual(ctx.tf, width, n, ctx.scaled.steps, seed) });
  },
});

export const deepPuzzle = defineClaim({
  id: 'infinite-width-ntk/deep-puzzle',
  source: { file, quote: '这是一个深刻的谜题' },
  statement: 'That gradient descent always finds its way is a deep puzzle.',
  kind: 'not-checkable',
  reason: 'An evaluation of how puzzling a fact is: an opinion about the state of understanding, with nothing a computation could measure.',
});
