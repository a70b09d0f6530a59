// § 引言
// The text: the depth-or-width decision affects final performance and reveals a tension between
// capacity and learning efficiency; the outline promises a "原理与机制" chapter, an "应用与跨学科联系"
// chapter and a "动手实践" part. How we test it: train deep-narrow and shallow-wide ReLU nets at one
// parameter budget on two tasks and compare test errors; count the regions of the best construction
// as depth grows; look for the announced parts in this source file. What would refute it: errors
// within a factor 1.5 of each other; regions that do not grow; an announced part that the file does
// not contain.
import { defineClaim, exactly, noLessThan } from '../../src/claim/index.js';
import { chapterHeadings } from '../../src/claim/chapter-headings.js';
import { fitsByDepth } from '../../src/nets/experiments/budget-fit.js';
import { constructionRegions } from '../../src/nets/experiments/depth-tradeoff.js';

const file = 'depth-vs-width.md';
// Read through chapter-headings.ts, so the result cache keys these claims on the headings alone.
const headings = () => chapterHeadings(new URL('../../sources/depth-vs-width.md', import.meta.url)).filter((l) => /^#{2,4} /.test(l));
const headingsMatching = (word: string) => headings().filter((h) => h.includes(word)).length;

const outlineReading = 'Reading: the outline announces parts of this text; a part counts as present when a heading of sources/depth-vs-width.md names it. Only this source file is searched (the book\'s other chapters are other files).';

export const outlinePrinciples = defineClaim({
  id: 'depth-vs-width/outline-principles-part',
  source: { file, quote: '在“原理与机制”一章中，我们将从数学和理论角度剖析深度和宽度如何增强网络的[表达能力](@entry_id:149863)' },
  statement: 'The text has a "原理与机制" part that analyses how depth and width add expressive power and the optimisation problems they bring (vanishing gradients, the NTK).',
  reading: `${outlineReading} The part must exist and have subsections on expressive power, vanishing gradients and the neural tangent kernel.`,
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('presence of a heading is a yes/no fact'),
  correction: () => '（删去这句概述，或补上所述章节。）',
  check: ({ judge }) => {
    for (const word of ['原理与机制', '表达能力', '梯度消失', '神经正切核']) {
      const n = headingsMatching(word);
      judge.holds({ label: `a heading names "${word}"`, holds: n > 0, values: { headings: n } });
    }
  },
});

export const outlineApplications = defineClaim({
  id: 'depth-vs-width/outline-applications-part',
  source: { file, quote: '接着，在“应用与跨学科联系”一章中' },
  statement: 'The text has an "应用与跨学科联系" part on sequence models, graph networks, scientific computing and hardware deployment.',
  kind: 'not-checkable',
  reason: 'An outline sentence of a multi-chapter book (the paragraph says 一章, a chapter of the book): the book\'s other chapters are not in sources/, so no file here can show the chapter exists or not; the referee dismissed the heading search of this one file as over-literal (docs/reviews/findings-engine.md #6).',
});

export const outlinePractice = defineClaim({
  id: 'depth-vs-width/outline-practice-part',
  source: { file, quote: '最后，“动手实践”部分将通过一系列精心设计的计算问题' },
  statement: 'The text ends with a "动手实践" part of computational problems on depth, width and skip connections.',
  kind: 'not-checkable',
  reason: 'An outline sentence of a multi-chapter book (the paragraph announces the book\'s parts, of which this file is one chapter): the book\'s other chapters and its practice part are not in sources/, so no file here can show the part exists or not; the referee dismissed the heading search of this one file as over-literal (docs/reviews/findings-engine.md #7).',
});

const BUDGET = 300;
const compareReading = `Two tasks: a smooth 2-D target without hierarchical structure (four random plane waves on [-1, 1]^2) and a 4-D binary-tree composition y = h(h(x1, x2), h(x3, x4)) with h(a, b) = sin(2a + b) cos(a - 2b). ReLU MLPs at a budget of ${BUDGET} parameters: one hidden layer of the largest width that fits, against four equal hidden layers of the largest width that fits; He init (Var(W) = 2/fan_in exactly), Adam (lr 0.01), full-batch MSE on 256 training points; error = test MSE on 256 fresh points over the test-target variance. One task draw and one net per seed.`;

export const choiceAffectsPerformance = defineClaim({
  id: 'depth-vs-width/intro-choice-affects-performance',
  source: { file, quote: '这一决策不仅影响模型的最终性能' },
  statement: 'At a fixed parameter budget, choosing a deeper-narrower or a shallower-wider network changes the performance the trained model reaches.',
  reading: `"Affects" is read as a material effect: the depth-4 and depth-1 nets' test errors differ by at least a factor 1.5 (either way). Samples are |log(error_4 / error_1)| per task and seed; supported if their mean's interval lies above log 1.5. ${compareReading} Scope exists: the sentence says what can happen (可能 / 影响 / 依赖于 / 成为可能), so one setting that shows it is a witness; a setting where it does not show refutes nothing.`,
  kind: 'experiment',
  scope: 'exists',
  decidingBudget: { budget: 'full', why: 'full\'s 8 seeds per task at 1500 steps decide it: the full-budget run of session 8 (seed 1) found the witness its exists scope asks for, where quick\'s 2 seeds leave the interval across the band edge' },
  scale: { quick: { seeds: 2, steps: 60 }, standard: { seeds: 3, steps: 200 }, full: { seeds: 8, steps: 1500 } },
  tolerance: noLessThan(Math.log(1.5), 'a material effect is read as at least a factor 1.5 in test error, i.e. |log ratio| >= log 1.5 = 0.405; smaller differences are within what seeds alone produce'),
  correction: (e) => `在固定参数预算下，深窄与浅宽网络的测试误差相差不到 1.5 倍（平均 |log 比值| = ${e.observations[0]?.measured?.toFixed(3)}），这一决策对最终性能的影响并不显著。`,
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
        samples.push(Math.abs(Math.log(deep![i]!.testError / s.testError)));
      });
    }
    judge.mean({ label: '|log(test error depth 4 / depth 1)|', samples, asserted: Math.log(1.5) });
  },
});

export const capacityEfficiencyTension = defineClaim({
  id: 'depth-vs-width/intro-capacity-efficiency-tension',
  source: { file, quote: '更深刻地揭示了[模型容量](@entry_id:634375)与学习效率之间的内在张力' },
  statement: 'Adding depth raises a network\'s capacity (the capacity side of the tension between capacity and learning efficiency).',
  reading: 'Capacity: the activation regions on the real line of the width-3 zigzag construction (exactly (w+1)^L regions, the maximum), at L = 2 and 6. Supported if the region count grows. The learning-efficiency side is not checked by this claim: its first design measured the end-to-end gradient ratio |dL/dx| / |dL/dh_L| of square ReLU nets at Var(W) = 1/fan_in, which is (1/2)^(L/2) by the choice of initialisation whatever depth costs (and about 1 at He initialisation), a check that could not fail, so it was deleted (final referee pass, session 7). What depth does to optimisation is checked where the chapter argues it: depth-vs-width/gradient-vanishes-when-pw-below-1, depth-vs-width/exploding-gradients-make-training-unstable and depth-vs-width/vanishing-starves-first-layers-reading-a. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('region counts of an explicit construction are integers'),
  correction: () => '（实测加深网络并未提高其可实现的线性区域数。）',
  check: ({ judge }) => {
    const [r2, r6] = [constructionRegions(2, 3), constructionRegions(6, 3)];
    judge.holds({ label: 'regions at depth 6 > regions at depth 2', holds: r6 > r2, values: { depth2: r2, depth6: r6 } });
  },
});

export const designKey = defineClaim({
  id: 'depth-vs-width/intro-understanding-is-key',
  source: { file, quote: '是设计出高效、强大且可训练的神经[网络模型](@entry_id:136956)的关键' },
  statement: 'Understanding the strengths and limits of depth and width is the key to designing efficient, powerful and trainable networks.',
  kind: 'not-checkable',
  reason: 'A judgement about what matters for design practice: no computation measures "the key".',
});
