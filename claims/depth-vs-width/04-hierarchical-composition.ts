// § 深度的力量：层级特征组合
// The text: deep nets fit hierarchical compositional functions; this alignment gives them very
// high parameter efficiency; each layer can handle one link; a shallow net may need exponentially
// many units for the same accuracy; theory says deep nets far exceed shallow ones on compositions of
// smooth low-dimensional constituents; shallow nets ignore the structure. How we test it: exact
// constructions on the iterated tent map (Telgarsky's sawtooth): its depth-L width-2 net, the piece
// and crossing counts any one-hidden-layer net must match, and parameter counts; composition of
// nets by stacking; and trained deep-narrow against shallow-wide nets at one budget on a sawtooth
// and on a 4-D binary-tree composition (the theory sentence is checked against the published rates of
// Mhaskar, Liao & Poggio 2017; its training run is a replication). What would refute it: a shallow net as small as the deep
// one; a deep net that does not compute the composition; trained deep nets that do worse.
import * as fc from 'fast-check';
import { above, absolute, defineClaim, exactly, noLessThan, noMoreThan } from '../../src/claim/index.js';
import { countLinearRegions, outputKinks, type PlainNet } from '../../src/nets/regions/linear-regions.js';
import { evalPlainNet, interpolantNet, supDistance, thresholdCrossings } from '../../src/nets/regions/pwl-nets.js';
import { sawtoothNet, tentPower } from '../../src/nets/regions/sawtooth.js';
import { denseParamCount } from '../../src/nets/count/param-count.js';
import { fitsByDepth } from '../../src/nets/experiments/budget-fit.js';
import { fitTreeAtBudget } from '../../src/nets/experiments/tree-fit.js';
import { buildMlp, mlpToArrays } from '../../src/nets/base/mlp.js';
import { COMPOSITIONAL_RATES } from '../../src/nets/published/compositional.js';
import { uniformStream } from '../../src/nets/base/rng.js';

const file = 'depth-vs-width.md';
const tentNet = (L: number) => sawtoothNet(L, 2);
const tentParams = (L: number) => denseParamCount([1, ...Array<number>(L).fill(2), 1]);
// Linear pieces of a net's output strictly inside (0, 1).
const piecesIn01 = (net: PlainNet) => outputKinks(countLinearRegions(net)).filter((t) => t > 1e-12 && t < 1 - 1e-12).length + 1;
const dyadic = (L: number) => Array.from({ length: 2 ** (L + 3) + 1 }, (_, i) => i / 2 ** (L + 3));

// g2(g1(x)) as one ReLU net: g1's hidden layers, then g1's affine readout folded into g2's first layer.
function stack(g1: PlainNet, g2: PlainNet): PlainNet {
  const L1 = g1.weights.length;
  const readW = g1.weights[L1 - 1]!;
  const readB = g1.biases[L1 - 1]!;
  const firstW = g2.weights[0]!;
  const merged = readW.map((row) => firstW[0]!.map((v) => row[0]! * v));
  const mergedB = firstW[0]!.map((v, j) => readB[0]! * v + g2.biases[0]![j]!);
  return { weights: [...g1.weights.slice(0, L1 - 1), merged, ...g2.weights.slice(1)], biases: [...g1.biases.slice(0, L1 - 1), mergedB, ...g2.biases.slice(1)] };
}

export const compositionIsDepth = defineClaim({
  id: 'depth-vs-width/composition-of-nets-is-a-deeper-net',
  source: { file, quote: '深度网络天然地与具有**层级组合结构 (hierarchical compositional structure)** 的函数相契合' },
  statement: 'Deep networks fit functions with hierarchical compositional structure naturally.',
  reading: 'Read as: composing functions computed by ReLU nets is computed by one ReLU net whose hidden layers are those of the parts stacked (depth adds up, no width is needed beyond the widest part). Generated: two random 1-D nets g1, g2 (1-3 hidden layers of width 1-6, weights N(0, 2/fan_in), biases N(0, 1)); the stacked net folds g1\'s affine readout into g2\'s first layer. Measured: the largest |stacked(x) - g2(g1(x))| over 200 points in [-3, 3], relative to 1 + max |g2(g1(x))|; and the stacked net\'s hidden-layer count. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-9, 'float64 evaluation of the same arithmetic in another order: any discrepancy above 1e-9 relative is a wrong construction'),
  correction: () => '（实测：组合两个 ReLU 网络并不能由一个更深的 ReLU 网络精确表示。）',
  cases: () => fc.record({ a: fc.integer({ min: 1, max: 3 }), b: fc.integer({ min: 1, max: 3 }), w1: fc.integer({ min: 1, max: 6 }), w2: fc.integer({ min: 1, max: 6 }), seed: fc.nat() }),
  runs: { quick: 30, standard: 100, full: 300 },
  check: ({ a, b, w1, w2, seed }, { tf, judge }) => {
    const draw = (hidden: number, w: number, s: number) => {
      const mlp = buildMlp(tf, { sizes: [1, ...Array<number>(hidden).fill(w), 1], activation: 'relu', weightVariance: (n) => 2 / n, biasVariance: 1, seed: s });
      try { return mlpToArrays(mlp); } finally { mlp.dispose(); }
    };
    const g1 = draw(a, w1, seed);
    const g2 = draw(b, w2, seed + 1);
    const s = stack(g1, g2);
    let worst = 0;
    let scale = 1;
    for (let i = 0; i < 200; i++) {
      const x = -3 + (6 * i) / 199;
      const want = evalPlainNet(g2, evalPlainNet(g1, x));
      scale = Math.max(scale, 1 + Math.abs(want));
      worst = Math.max(worst, Math.abs(evalPlainNet(s, x) - want));
    }
    judge.value({ label: 'max |stacked - g2(g1)| / (1 + max |g2(g1)|)', measured: worst / scale, asserted: 0 });
    judge.holds({ label: 'stacked hidden layers = a + b', holds: s.weights.length - 1 === a + b, values: { stacked: s.weights.length - 1, sum: a + b } });
  },
});

export const nonCheckableWorld = defineClaim({
  id: 'depth-vs-width/real-problems-are-compositional',
  source: { file, quote: '其内在规律都可以被描述为一系列相对简单的函数嵌套组合而成' },
  statement: 'Many real-world problems, from image recognition to natural language processing, are governed by nested compositions of relatively simple functions.',
  kind: 'not-checkable',
  reason: 'A claim about the structure of real-world data (images, language); no such data set or model is available here to measure it.',
});

export const nonCheckableVision = defineClaim({
  id: 'depth-vs-width/vision-hierarchy-example',
  source: { file, quote: '像素组合成边缘，边缘组合成纹理，纹理组合成物体部件' },
  statement: 'Image recognition decomposes into pixels forming edges, edges textures, textures object parts, and parts whole objects.',
  kind: 'not-checkable',
  reason: 'An empirical account of visual feature hierarchies; checking it needs natural images and trained vision models, which this project does not have.',
});

const efficiencyStatement = 'Because its structure matches the composition, a deep network learns compositional functions with very high parameter efficiency.';

const efficiencyQuote = '这种架构上的对齐使得深度网络能够以极高的参数效率学习这类组合函数';
const efficiencyRange = { min: 2, max: 12 };

export const efficiencyTrend = defineClaim({
  id: 'depth-vs-width/compositional-efficiency-trend',
  primary: { why: 'the next sentence compares the neurons a shallow net needs for the same approximation accuracy (同等的近似精度), and the one after says that need grows exponentially (指数级增长): efficiency of representation, as composition deepens' },
  source: { file, quote: efficiencyQuote },
  statement: efficiencyStatement,
  reading: 'Efficiency of representation as a general, asymptotic statement (the paragraph contrasts it with the exponential width a shallow net needs), written after reading A was judged at its smallest case L = 2 and the referee found that case outside the sentence (docs/reviews/findings-engine.md #8); reading A, the first design, is kept as an alternative. Construction and counts of reading A (the width-2 depth-L net equals tent^L exactly there; the fewest shallow parameters are 3(pieces - 1) + 1 with the pieces counted on the deep net). Measured: the least-squares slope in L of log(fewest shallow parameters / deep parameters) over the declared range L = 2..12; the advantage grows with depth if the slope\'s interval lies above 0.',
  kind: 'architecture',
  scope: 'asymptotic',
  tolerance: above(0, 'an efficiency advantage that grows with the depth of the composition: a positive slope of the log parameter ratio in L'),
  correction: (e) => `（浅层与深层所需参数之比的对数随组合层数 L 的斜率仅为 ${e.observations[0]?.measured?.toFixed(3)}，深层的参数优势并不随 L 增长。）`,
  check: ({ judge, record }) => {
    const Ls = Array.from({ length: efficiencyRange.max - efficiencyRange.min + 1 }, (_, i) => efficiencyRange.min + i);
    const logRatio = Ls.map((L) => Math.log((3 * (piecesIn01(tentNet(L)) - 1) + 1) / tentParams(L)));
    record('log(shallow / deep parameters) at L = 2..12', logRatio.map((v) => v.toFixed(3)).join(', '));
    judge.trend({ label: 'slope in L of log(fewest shallow parameters / deep parameters)', x: Ls, y: logRatio, resolution: 0, training: { untrained: 'parameter counts of explicit constructions: nothing is trained' } });
  },
});

export const efficiencyByConstruction = defineClaim({
  id: 'depth-vs-width/compositional-efficiency-reading-a',
  alternativeOf: 'depth-vs-width/compositional-efficiency-trend',
  firstDesign: { why: 'its range L = 2..12 is the design\'s, not the sentence\'s: the sentence names no composition depth, and its one miss, L = 2 (ratio 0.77), is a case the paragraph\'s exponential argument is not about (session-9 referee: outside the sentence); the parameter efficiency the sentence asserts is judged by the trend over the same counts, depth-vs-width/compositional-efficiency-trend' },
  source: { file, quote: efficiencyQuote },
  statement: efficiencyStatement,
  reading: 'Reading A (the first design, kept as an alternative of depth-vs-width/compositional-efficiency-trend; reading B is depth-vs-width/compositional-efficiency-reading-b): efficiency of representation. Target: tent^L, the L-fold composition of the tent map on [0, 1]. Deep: the width-2 depth-L ReLU net (6L + 1 parameters), checked to equal tent^L exactly on a dyadic grid. Shallow: tent^L has 2^L linear pieces with distinct slopes on (0, 1) (counted exactly on the deep net\'s output), and a one-hidden-layer net with m units has at most m kinks, so it needs m >= 2^L - 1 units, i.e. at least 3(2^L - 1) + 1 parameters. Measured: that shallow minimum over the deep count, at every L = 2..12; supported if at least 1 (deep needs no more) at every L. Scope forall: the first design, judged at every L of its range; the asymptotic reading is the trend claim named above. Since session 10 it is declared a first design (firstDesign), so its verdict is listed with the sentence\'s readings but makes no note: the only case it misses, L = 2, lies in the range it chose, not in the sentence, so a wording note "false if read as A" would ask the author to answer for our range (session-10 referee, D11).',
  kind: 'architecture',
  scope: 'forall',
  tolerance: noLessThan(1, 'the deep construction must need no more parameters than the fewest a shallow net can use: ratio >= 1'),
  qualifiers: [{ condition: 'L >= 3', holds: (c) => Number(c.L) >= 3 }],
  correction: (e) => `（参数优势只在组合层数足够时出现：L = ${e.observations.find((o) => o.outcome === 'outside')?.where.L} 时深层构造反而需要更多参数。）`,
  // Every L of the range, not fast-check draws: 11 random draws from the 11 values left L = 2 (the one
  // failing case) out at some run seeds, so the verdict flipped between qualified and supported.
  check: ({ judge }) => {
    for (let L = 2; L <= 12; L++) {
      const net = tentNet(L);
      const err = Math.max(...dyadic(L).map((x) => Math.abs(evalPlainNet(net, x) - tentPower(x, L))));
      judge.holds({ label: 'the depth-L width-2 net equals tent^L on the dyadic grid', holds: err <= 1e-12, values: { maxError: err }, where: { L } });
      const pieces = piecesIn01(net);
      const shallowMin = 3 * (pieces - 1) + 1;
      judge.value({ label: 'fewest shallow parameters / deep parameters', measured: shallowMin / tentParams(L), asserted: 1, where: { L } });
    }
  },
});

export const efficiencyByTraining = defineClaim({
  id: 'depth-vs-width/compositional-efficiency-reading-b',
  alternativeOf: 'depth-vs-width/compositional-efficiency-trend',
  source: { file, quote: efficiencyQuote },
  statement: efficiencyStatement,
  reading: 'Reading B (one of two; reading A is depth-vs-width/compositional-efficiency-reading-a): "learn" as training by gradient descent. Target tent^3 on [0, 1] (8 pieces), 256 training and 256 test points. Budget 60 parameters: three hidden layers of width 4 (53 parameters; the exact width-2 construction needs 19) against one hidden layer of width 19 (58; 7 units suffice to represent tent^3 exactly), so both can represent the target. He init, Adam (lr 0.01), full-batch MSE. Samples: log(test error deep / shallow) per seed; supported if the interval lies below 0. Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.',
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'full\'s 12 seeds at 2000 steps left it undecided in the full-budget run of session 8 (seed 1): the deep and shallow test errors are nearly equal there, so the summary\'s projection asks for hundreds of seeds; deciding it needs a task where composition separates the two nets' },
  scale: { quick: { seeds: 2, steps: 80 }, standard: { seeds: 3, steps: 250 }, full: { seeds: 12, steps: 2000 } },
  tolerance: noMoreThan(0, 'higher efficiency when learning means a lower test error at the same budget: the log error ratio must lie below 0'),
  correction: (e) => `（训练得到的深层网络在同等参数下并未比浅层网络学得更好：log 误差比均值 ${e.observations[0]?.measured?.toFixed(3)}。深度的参数效率是表示层面的，梯度下降未必能找到它。）`,
  check: ({ tf, judge, scaled, seed, record }) => {
    const seeds = Array.from({ length: scaled.seeds }, (_, i) => seed + 1000 * i);
    const steps = scaled.steps;
    record('seeds', seeds.length);
    record('Adam steps', steps);
    const [shallow, deep] = fitsByDepth(tf, { task: 'sawtooth', depths: [1, 3], budget: 60, seeds, steps, lr: 0.01, nTrain: 256, nTest: 256 });
    shallow!.forEach((s, i) => record(`seed ${i}: error shallow / deep`, `${s.testError.toPrecision(3)} / ${deep![i]!.testError.toPrecision(3)}`));
    judge.mean({ label: 'log(test error deep / shallow)', samples: shallow!.map((s, i) => Math.log(deep![i]!.testError / s.testError)), asserted: 0 });
  },
});

export const layerPerLink = defineClaim({
  id: 'depth-vs-width/each-layer-one-composition-step',
  source: { file, quote: '每一层可以专注于学习组合结构中的一个环节' },
  statement: 'Each layer of a deep network can handle one link of the compositional structure.',
  reading: '"Can" is read as existence: in the width-2 construction of tent^L, hidden layer k holds (relu(s), relu(s - 1/2)) and their combination 2 relu(s) - 4 relu(s - 1/2) equals tent^k(x) exactly, i.e. layer k computes the k-th link of the composition. Checked on a dyadic grid for k = 1..L; measured: the largest |layer-k combination - tent^k(x)|. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-12, 'exact dyadic arithmetic in float64: only rounding is admitted'),
  correction: () => '（构造中的第 k 层并不等于组合的第 k 步。）',
  cases: () => fc.record({ L: fc.integer({ min: 1, max: 10 }) }),
  runs: { quick: 10, standard: 10, full: 10 },
  check: ({ L }, { judge }) => {
    let worst = 0;
    for (let k = 1; k <= L; k++) {
      const head = tentNet(k);
      for (const x of dyadic(L)) worst = Math.max(worst, Math.abs(evalPlainNet(head, x) - tentPower(x, k)));
    }
    judge.value({ label: 'max |layer k output - tent^k(x)| over k = 1..L', measured: worst, asserted: 0 });
  },
});

export const shallowExponentialWidth = defineClaim({
  id: 'depth-vs-width/shallow-needs-exponential-width',
  source: { file, quote: '这可能需要指数级增长的神经元数量（即宽度）才能达到同等的近似精度' },
  statement: 'A one-hidden-layer network may need a number of units growing exponentially to reach the accuracy of a deep network on a compositional target.',
  reading: 'Target tent^L on [0, 1], which the deep width-2 net computes exactly. Any function within sup distance 1/4 of it crosses the level 1/2 at least as often as tent^L does (it must be below 1/2 where tent^L is 0 and above where it is 1); the crossings of tent^L are counted exactly on the deep net (2^L). A one-hidden-layer ReLU net with m units has at most m + 1 linear pieces, hence at most m + 1 crossings, so it needs m >= crossings - 1; the interpolant with one unit per piece reaches error 0, so the minimum is within one of that bound. Measured: the growth factor of the bound from L - 1 to L, for L = 8..11 (the interpolant is checked at its knots and midpoints). Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noLessThan(1.5, 'exponential growth means a per-level factor bounded away from 1; at L >= 8 we require >= 1.5, which no polynomial of degree below 4 reaches there ((8/7)^3 = 1.49)'),
  correction: (e) => `（实测最小宽度的逐层增长因子仅为 ${e.observations.find((o) => o.outcome === 'outside')?.measured?.toFixed(3)}，并非指数增长。）`,
  cases: () => fc.record({ L: fc.integer({ min: 8, max: 11 }) }),
  runs: { quick: 4, standard: 4, full: 4 },
  check: ({ L }, { judge }) => {
    const bound = (k: number) => thresholdCrossings(countLinearRegions(tentNet(k)), 0.5) - 1;
    const xs = Array.from({ length: 2 ** L + 1 }, (_, i) => i / 2 ** L);
    const shallow = interpolantNet(xs, xs.map((x) => tentPower(x, L)));
    const err = supDistance((x) => evalPlainNet(shallow, x), (x) => tentPower(x, L), 0, 1, 2 ** (L + 1));
    judge.holds({ label: 'the interpolant with crossings units reproduces tent^L', holds: err <= 1e-9 && shallow.weights[0]![0]!.length === bound(L) + 1, values: { maxError: err, units: shallow.weights[0]![0]!.length } });
    judge.value({ label: 'minimal shallow width, growth factor per composition level', measured: bound(L) / bound(L - 1), asserted: 1.5 });
  },
});

const smoothQuote = '其中每个子函数 $g_i$ 仅作用于低维变量且足够平滑，深度网络在参数效率上远超浅层网络';
const smoothStatement = 'For functions composed of smooth constituents that each act on few variables, deep networks are far more parameter-efficient than shallow ones.';
const { shallowExponentDimensionPerInput: SHALLOW_DIM, deepConstituentDimension: DEEP_DIM } = COMPOSITIONAL_RATES;

export const smoothConstituentsRecord = defineClaim({
  id: 'depth-vs-width/compositional-smooth-constituents-as-published',
  primary: { why: '理论研究表明 reports an approximation-theory result, which the published record settles (session-8 referee, item 138): the sentence is about the rates the theory proves, not about what a small net trained by Adam reaches' },
  source: { file, quote: smoothQuote },
  statement: smoothStatement,
  reading: 'A statement about the published record, which settles it (COMPOSITIONAL_RATES in src/nets/published/compositional.ts): Mhaskar, Liao & Poggio (2017) and Poggio et al. (2017) prove that a shallow net needs O(epsilon^(-n/m)) units for a function of n variables of smoothness m, and a deep net shaped like a binary-tree composition of smooth 2-variable constituents O((n - 1) epsilon^(-2/m)). "远超" is read as: the ratio of the two counts grows without bound as the accuracy epsilon tightens, i.e. the shallow exponent exceeds the deep one, for every input dimension n >= 3 (two or more composed constituents) and smoothness m = 1..8 checked; the published dimensions enter as stored, so a record that said otherwise would fail here. Scope forall: one theorem over its whole class. Our training run re-runs the direction as a replication (depth-vs-width/compositional-smooth-constituents-deep-wins).',
  kind: 'arithmetic',
  scope: 'forall',
  published: [SHALLOW_DIM, DEEP_DIM],
  tolerance: exactly('an exponent gap is positive or it is not'),
  correction: () => '（已发表的逼近理论结果并不支持这一点：浅层网络所需单元数的指数并不大于深层网络的。）',
  check: ({ judge, record }) => {
    const gaps: number[] = [];
    for (let n = 3; n <= 16; n++) for (let m = 1; m <= 8; m++) gaps.push((n * SHALLOW_DIM.value - DEEP_DIM.value) / m);
    record('log(shallow / deep units) at epsilon = 0.01, n = 8, m = 2', ((8 * SHALLOW_DIM.value - DEEP_DIM.value) / 2 * Math.log(100) - Math.log(7)).toFixed(2));
    judge.holds({ label: 'shallow minus deep exponent of 1/epsilon, (n - 2)/m, above 0 for n = 3..16, m = 1..8 (the count ratio grows without bound)', holds: gaps.every((g) => g > 0), values: { smallestGap: Math.min(...gaps) } });
  },
});

// A convergence rule for the replication: the relative training error moved by at most 0.01 over its last 3 recorded tenths.
const FIT_PLATEAU = { kind: 'plateau', window: 3, tolerance: 0.01, goal: 'min' } as const;

export const smoothConstituents = defineClaim({
  id: 'depth-vs-width/compositional-smooth-constituents-deep-wins',
  alternativeOf: 'depth-vs-width/compositional-smooth-constituents-as-published',
  replicates: { citation: '理论研究' },
  source: { file, quote: smoothQuote },
  statement: smoothStatement,
  reading: 'A replication, at the scale of this machine, of the theory the sentence reports (理论研究表明; the record claim depth-vs-width/compositional-smooth-constituents-as-published checks the sentence against the papers), by training at equal parameter counts. Target: the 4-D binary tree y = h(h(x1, x2), h(x3, x4)), h(a, b) = sin(2a + b) cos(a - 2b), inputs uniform on [-1, 1]^4, 512 training and 512 test points. The deep net is the theorem\'s (Mhaskar, Liao & Poggio 2017): a binary tree shaped like the target\'s composition graph, three one-hidden-layer ReLU nodes 2 -> 24 -> 1, each on two variables (291 parameters; src/nets/experiments/tree-fit.ts), against a one-hidden-layer ReLU MLP of width 49 on all four inputs (295 parameters); He init, zero biases, Adam (lr 0.01), full-batch MSE. Samples: per seed, the paired log(test error tree / shallow), judged gated (judge.paired): at least 3 seeds, a log ratio within 0.05 a tie, every run\'s relative training error on a plateau (moved by at most 0.01 over its last 3 recorded tenths), and a null result undecided without a control; reproduced if the interval lies below 0. Until session 9 the deep net was a dense 4-layer MLP (session-9 referee, D4); that design is kept as depth-vs-width/compositional-smooth-constituents-dense-deep-net. A 300-parameter net on a 4-D target is a toy proxy of an asymptotic rate, so the result reads as reproduced or not reproduced at this scale, never as a finding. Scope forall: the theory states the advantage for its whole class, so every seed run should show it.',
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'quick (2 seeds) is below the gate\'s 3 and its 60 steps stop short of a plateau; full trains 12 seeds for 1500 steps' },
  scale: { quick: { seeds: 2, steps: 60 }, standard: { seeds: 4, steps: 200 }, full: { seeds: 12, steps: 1500 } },
  tolerance: noMoreThan(0, 'more parameter-efficient means a lower error at the same parameter count: log ratio below 0'),
  correction: (e) => `（在本机可运行的规模下未能复现：同等参数量下，按目标的二叉树组合结构搭建的深层网络，其测试误差并不低于浅层网络，log 误差比均值 ${e.observations[0]?.measured?.toFixed(3)}。）`,
  check: ({ tf, judge, scaled, seed, record }) => {
    const seeds = Array.from({ length: scaled.seeds }, (_, i) => seed + 1000 * i);
    const steps = scaled.steps;
    record('seeds', seeds.length);
    record('Adam steps', steps);
    const data = (s: number) => ({ task: 'tree4d' as const, nTrain: 512, nTest: 512, seed: s });
    const [shallow] = fitsByDepth(tf, { task: 'tree4d', depths: [1], budget: 300, seeds, steps, lr: 0.01, nTrain: 512, nTest: 512 });
    const tree = seeds.map((s) => fitTreeAtBudget(tf, { data: data(s), budget: 300, steps, lr: 0.01, seed: s + 1 }));
    shallow!.forEach((f, i) => record(`seed ${i}: error shallow / tree`, `${f.testError.toPrecision(3)} / ${tree[i]!.testError.toPrecision(3)}`));
    judge.paired({ label: 'log(test error tree / shallow)', a: tree.map((d) => d.testError), b: shallow!.map((f) => f.testError), statistic: 'logRatio', resolution: 0.05, training: { curves: [...tree, ...shallow!].map((f) => f.trainCurve), rule: FIT_PLATEAU } });
  },
});

export const smoothConstituentsDense = defineClaim({
  id: 'depth-vs-width/compositional-smooth-constituents-dense-deep-net',
  alternativeOf: 'depth-vs-width/compositional-smooth-constituents-as-published',
  replicates: { citation: '理论研究' },
  firstDesign: { why: 'its deep net is a dense MLP, not the graph-matched binary tree the cited theorem is about, so "not reproduced" (which full may give: session 8, 0.43 [0.36, 0.50]) would be about our net, not the theory; the replication is depth-vs-width/compositional-smooth-constituents-deep-wins' },
  source: { file, quote: smoothQuote },
  statement: smoothStatement,
  reading: 'The first design of depth-vs-width/compositional-smooth-constituents-deep-wins (its design until session 9), kept as its own reading under ground rule 1: its deep net is a dense MLP, not the graph-matched binary tree the theorem is about, so at equal parameters it spends most of them on connections the target does not have, and its outcome does not bear on the cited theory (session-9 referee, D4); the replication now trains the tree. A replication, at the scale of this machine, of the theory the sentence reports (理论研究表明; the record claim depth-vs-width/compositional-smooth-constituents-as-published checks the sentence against the papers), by training at equal parameter counts. Target: the 4-D binary tree y = h(h(x1, x2), h(x3, x4)), h(a, b) = sin(2a + b) cos(a - 2b), inputs uniform on [-1, 1]^4, 512 training and 512 test points. ReLU MLPs at 300 parameters: four equal hidden layers against one; He init, Adam (lr 0.01), full-batch MSE. Samples: per seed, the paired log(test error deep / shallow), judged gated (judge.paired): at least 3 seeds, a log ratio within 0.05 a tie, every run\'s relative training error on a plateau (moved by at most 0.01 over its last 3 recorded tenths), and a null result undecided without a control; supported (reproduced) if the interval lies below 0. The first design (session 8) judged the same samples ungated (judge.mean), which could not refute; the full-budget run put them above 0 (0.43 [0.36, 0.50]). A 300-parameter net on a 4-D target is a toy proxy of an asymptotic rate, so the result reads as reproduced or not reproduced at this scale, never as a finding; and since session 10 it is declared a first design (firstDesign), so its verdict is listed with the sentence\'s readings but makes no replication note (session-10 referee, D11). Scope forall: the theory states the advantage for its whole class, so every seed run should show it.',
  kind: 'experiment',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'quick (2 seeds, 60 steps) and standard (4 seeds, 200 steps) stop short of the plateau the gate asks for; full trains 12 seeds for 1500 steps, where session 8\'s full run put the ungated log ratio wholly above 0 (0.43 [0.36, 0.50]), so the gated interval decides there if the runs have plateaued' },
  scale: { quick: { seeds: 2, steps: 60 }, standard: { seeds: 4, steps: 200 }, full: { seeds: 12, steps: 1500 } },
  tolerance: noMoreThan(0, 'more parameter-efficient means a lower error at the same parameter count: log ratio below 0'),
  correction: (e) => `（在本机可运行的规模下未能复现：同等参数量下，训练得到的深层网络在该组合目标上的测试误差并不更低，log 误差比均值 ${e.observations[0]?.measured?.toFixed(3)}。）`,
  check: ({ tf, judge, scaled, seed, record }) => {
    const seeds = Array.from({ length: scaled.seeds }, (_, i) => seed + 1000 * i);
    const steps = scaled.steps;
    record('seeds', seeds.length);
    record('Adam steps', steps);
    const [shallow, deep] = fitsByDepth(tf, { task: 'tree4d', depths: [1, 4], budget: 300, seeds, steps, lr: 0.01, nTrain: 512, nTest: 512 });
    shallow!.forEach((s, i) => record(`seed ${i}: error shallow / deep`, `${s.testError.toPrecision(3)} / ${deep![i]!.testError.toPrecision(3)}`));
    judge.paired({ label: 'log(test error deep / shallow)', a: deep!.map((d) => d.testError), b: shallow!.map((s) => s.testError), statistic: 'logRatio', resolution: 0.05, training: { curves: [...deep!, ...shallow!].map((f) => f.trainCurve), rule: FIT_PLATEAU } });
  },
});

const structureQuote = '深度允许网络利用函数的内在结构，而浅层网络则忽略了这种结构';
const structureStatement = 'Depth lets a network exploit a function\'s internal structure, while a shallow network ignores it.';

export const shallowIgnoresStructureTrend = defineClaim({
  id: 'depth-vs-width/shallow-ignores-structure-trend',
  primary: { why: 'an interpretive summary of the paragraph\'s compositional example, whose point is the exponential gap as composition deepens; a general statement, judged on its trend, not at its smallest case' },
  source: { file, quote: structureQuote },
  statement: structureStatement,
  reading: 'Asymptotic, written after the first design (depth-vs-width/shallow-ignores-structure, every L in 2..10) was qualified by its two smallest cases and a referee found them outside the summary\'s sense (docs/reviews/session-6-findings.md); that design is kept as an alternative. Targets: tent^L (compositional) against a random continuous piecewise-linear function with the same 2^L pieces. A shallow net ignores the structure: its fewest units (one per kink) are the same for both, checked exactly at each L. Depth exploits it: measured, the least-squares slope in L of log(2k / (6L + 1)), the degrees of freedom of a generic k = 2^L-piece function over the width-2 depth-L net\'s parameters, over the declared range L = 2..10; the advantage grows with depth if the slope\'s interval lies above 0.',
  kind: 'exact',
  scope: 'asymptotic',
  tolerance: above(0, 'a structural advantage of depth that grows as composition deepens: a positive slope of the log ratio in L'),
  correction: (e) => `（深层构造相对一般函数自由度的优势并不随组合层数增长：斜率 ${e.observations.find((o) => o.label.startsWith('slope'))?.measured?.toFixed(3)}。）`,
  check: ({ judge, record, seeds }) => {
    const Ls = Array.from({ length: 9 }, (_, i) => 2 + i);
    const u = uniformStream(seeds.child('generic').value);
    const sameShallow = Ls.every((L) => {
      const k = 2 ** L;
      const xs = [0, ...Array.from({ length: k - 1 }, () => u()).sort((p, q) => p - q), 1];
      return piecesIn01(interpolantNet(xs, xs.map(() => u()))) === piecesIn01(tentNet(L));
    });
    judge.holds({ label: 'fewest shallow units the same for tent^L and a random function with as many pieces, L = 2..10', holds: sameShallow });
    const logRatio = Ls.map((L) => Math.log((2 * 2 ** L) / tentParams(L)));
    record('log(2k / (6L + 1)) at L = 2..10', logRatio.map((v) => v.toFixed(3)).join(', '));
    judge.trend({ label: 'slope in L of log(generic degrees of freedom / deep parameters)', x: Ls, y: logRatio, resolution: 0, training: { untrained: 'counts of explicit constructions: nothing is trained' } });
  },
});

export const shallowIgnoresStructure = defineClaim({
  id: 'depth-vs-width/shallow-ignores-structure',
  alternativeOf: 'depth-vs-width/shallow-ignores-structure-trend',
  source: { file, quote: structureQuote },
  statement: structureStatement,
  reading: 'The first design (the primary is depth-vs-width/shallow-ignores-structure-trend), every case. Compared: tent^L (compositional) and a random continuous piecewise-linear function with the same number k = 2^L of pieces on [0, 1] (random breakpoints and values, no structure). A shallow net ignores structure: the fewest units it needs (k - 1, one per kink) is the same for both. Depth exploits it: the width-2 depth-L net represents tent^L with 6L + 1 parameters, fewer than the 2k numbers (k - 1 breakpoints, k + 1 values) that fix a generic k-piece function, so no net of that size can represent every such function. L runs over 2..10. Below L = 4 the construction is not smaller than a generic function (at L = 3 it has 19 parameters against 16 degrees of freedom), so the parameter count cannot separate structured from unstructured targets there; the statement is then qualified to L >= 4, where 6L + 1 < 2^(L+1). (A first run exposed the small-L cases; the range was then cut to 4..10, which hid them; they are judged again, with the qualifier.) Supported if both hold in every case. Scope forall: the first design, judged at every case of its range; the asymptotic reading is the trend claim named above.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('unit counts are integers compared exactly'),
  qualifiers: [{ condition: 'L >= 4 (a deep construction of 6L + 1 parameters can undercut the 2^(L+1) degrees of freedom)', holds: (c) => c.L >= 4 }],
  correction: (e) => (e.qualifiedBy ? '（仅当组合层数足够多（L ≥ 4）时，深层构造的参数才少于一般函数的自由度；层数很少时参数计数无法区分有结构与无结构的函数。）' : '（浅层网络所需单元数因函数结构而异，或深层构造并未少于通用函数的自由度。）'),
  cases: () => fc.record({ L: fc.integer({ min: 2, max: 10 }), seed: fc.nat() }),
  runs: { quick: 10, standard: 30, full: 100 },
  check: ({ L, seed }, { judge }) => {
    const k = 2 ** L;
    const u = uniformStream(seed);
    const inner = Array.from({ length: k - 1 }, () => u()).sort((p, q) => p - q);
    const xs = [0, ...inner, 1];
    const ys = xs.map(() => u());
    const generic = piecesIn01(interpolantNet(xs, ys));
    const tent = piecesIn01(tentNet(L));
    judge.value({ label: 'fewest shallow units: random k-piece function minus tent^L', measured: generic - 1 - (tent - 1), asserted: 0 });
    judge.holds({ label: 'deep parameters 6L + 1 < 2k degrees of freedom of a generic k-piece function', holds: tentParams(L) < 2 * k, values: { deep: tentParams(L), freedoms: 2 * k } });
  },
});
