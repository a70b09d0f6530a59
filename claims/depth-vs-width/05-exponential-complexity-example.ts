// § 深度的力量：函数复杂度的指数级增长 (paragraph 4: the oscillating classification example)
// The text: a classifier whose boundary oscillates M - 1 times on [0, 1] must cross a threshold at
// every boundary, so it needs at least M linear regions; depth 5 / width 1 (R <= 32) is then far less
// expressive than depth 2 / width 3 (R <= 16). How we test it: threshold crossings of the output
// against region counts (M - 1 <= R); the example's bounds recomputed; for its second reading, the
// region counts those two architectures actually reach. What would refute it: more crossings than
// regions; an ordering the numbers do not support.
import * as fc from 'fast-check';
import { atMost, defineClaim, exactly, noLessThan, noMoreThan, writeQuote } from '../../src/claim/index.js';
import { evalPlainNetAt, interpolantNet, thresholdCrossings } from '../../src/nets/regions/pwl-nets.js';
import { zigzagNet } from '../../src/nets/regions/sawtooth.js';
import { uniformStream } from '../../src/nets/base/rng.js';
import { countLinearRegions } from '../../src/nets/regions/linear-regions.js';
import { halvingChain, zigzagWidth3 } from '../../src/nets/regions/region-constructions.js';
import { searchRegions } from '../../src/nets/regions/region-search.js';
import { randomReluNet, reluNetCases } from '../../src/nets/regions/random-relu-nets.js';
import { comparedValues } from '../../src/findings/evidence-text.js';

const file = 'depth-vs-width.md';
// Session-6 review #5 and #6, as word edits the quotes read through choice slots: the deep net's
// parenthetical adds that a width-1 net realises only L + 1 regions (what its ordering rests on), and the
// closing sentence says the example does not show depth's power and what would.
const WIDTH_ONE_REALISES = '$，但宽度为 $1$ 时实际至多只有 $L+1$ 个区域)';
const exampleQuote = `一个深度为{L1:int}、宽度仅为{w1:int}的网络 ($R {r1:rel} {b1:int}^{e1:int} = {R1:int}{real:$)|${WIDTH_ONE_REALISES}}，其表达复杂度的能力远不如一个深度为{L2:int}、宽度为{w2:int}的网络 ($R {r2:rel} {b2:int}^{e2:int} = {R2:int}$)`;
const DOES_NOT_SHOW = '并没有展示';
const showsQuote = `这{shows:具体地展示了|${DOES_NOT_SHOW}}深度在构建复杂函数方面的指数级威力`;
const whatWouldShow = '：这需要比较宽度至少为 $2$ 的网络，其线性区域的最大数量随深度指数增长';
const regionsCounted = 'Regions are counted exactly on the whole real line as maximal intervals of constant activation pattern of all hidden neurons (collinear neighbouring pieces are not merged, so this count bounds the number of linear pieces of the output from above; a neuron whose pre-activation is exactly 0 counts as off).';

export const exampleByBounds = defineClaim({
  id: 'depth-vs-width/deep-thin-vs-shallow-wide-reading-a',
  primary: { why: 'the sentence gives the two bounds in parentheses (R ≤ 32, R ≤ 16) as its evidence for the comparison' },
  source: { file, quote: exampleQuote },
  statement: 'By the bound R(L,w) <= (w+1)^L, a depth-{L1} width-{w1} ReLU net (R {r1} {b1}^{e1} = {R1}) has far less capacity for complex functions than a depth-{L2} width-{w2} net (R {r2} {b2}^{e2} = {R2}).',
  reading: 'Reading A (one of two; reading B is depth-vs-width/deep-thin-vs-shallow-wide-reading-b): the ordering is drawn from the two bounds the sentence quotes. We recompute both bounds from (w+1)^L and check them against the quoted {R1} and {R2}, then check whether the quoted bounds order the architectures as the sentence does (a smaller bound for the depth-5 width-1 net). Where the deep net\'s parenthetical adds that a width-1 net realises at most L + 1 regions, the ordering is drawn from that count instead of the bound.',
  kind: 'arithmetic',
  scope: 'forall',
  // The quoted bounds order the nets the other way; the root is that the example itself shows no power of depth.
  follows: 'depth-vs-width/example-shows-exponential-power-of-depth',
  tolerance: exactly('integer powers are compared exactly'),
  // The parenthetical gains the width-1 count the ordering rests on; the root's edit corrects the closing sentence.
  correction: (e) => ({ replace: { span: writeQuote(exampleQuote, e.slots.values), text: writeQuote(exampleQuote, e.slots.values, { real: WIDTH_ONE_REALISES }) } }),
  check: ({ judge, slots }) => {
    const bound = (L: number, w: number) => (w + 1) ** L;
    const [L1, w1, L2, w2] = [slots.int('L1'), slots.int('w1'), slots.int('L2'), slots.int('w2')];
    const wide = bound(L2, w2);
    judge.value({ label: '(w+1)^L', measured: bound(L1, w1), asserted: slots.int('R1'), where: { L: L1, w: w1 } });
    judge.value({ label: '(w+1)^L', measured: wide, asserted: slots.int('R2'), where: { L: L2, w: w2 } });
    if (slots.choice('real') === WIDTH_ONE_REALISES && w1 === 1) {
      judge.holds({ label: `ordering: L + 1 at L=${L1} (width 1) < bound(L=${L2}, w=${w2}), as the sentence draws it`, holds: L1 + 1 < wide, values: { deep: L1 + 1, wide } });
      return;
    }
    const deep = bound(L1, w1);
    judge.holds({ label: `ordering: bound(L=${L1}, w=${w1}) < bound(L=${L2}, w=${w2}), as the sentence draws it`, holds: deep < wide, values: { deep, wide } });
  },
});

export const exampleByRealisedRegions = defineClaim({
  id: 'depth-vs-width/deep-thin-vs-shallow-wide-reading-b',
  alternativeOf: 'depth-vs-width/deep-thin-vs-shallow-wide-reading-a',
  source: { file, quote: exampleQuote },
  statement: 'The most linear regions a depth-{L1} width-{w1} ReLU net (1-D input) can realise is smaller than the most a depth-{L2} width-{w2} net can realise.',
  reading: `Reading B (one of two; reading A is depth-vs-width/deep-thin-vs-shallow-wide-reading-a): "capacity" is the number of regions the architecture can actually realise, not its bound. Lower bounds come from a seeded random search (W ~ N(0, c/fan_in), b ~ N(0, s^2) over several scales) plus hand constructions (a halving chain for width 1, a zigzag for width 3); a search gives lower bounds only. The width-1 upper bound is L + 1: every hidden unit of a width-1 chain sees a monotone function of x, so it switches at most once, adding at most one breakpoint per layer; the search checks that no width-1 net exceeds it. The width-3 upper bound is (w+1)^L = 16 (depth-vs-width/linear-region-bound). Supported if the width-1 upper bound is below the best width-3 count found. ${regionsCounted} Scope forall: a definite comparison of the two architectures\' realisable maxima, judged at the one pair of shapes the sentence names.`,
  kind: 'experiment',
  scope: 'forall',
  scale: { quick: { nets: 2000 }, standard: { nets: 20000 }, full: { nets: 100000 } },
  tolerance: exactly('region counts are integers compared exactly; the ordering is a strict integer inequality'),
  correction: (e) => {
    const v = comparedValues(e, 'ordering');
    return `按实际可实现的线性区域数，深度为${e.slots.int('L1')}、宽度仅为${e.slots.int('w1')}的网络（至多 ${v.deepUpper} 个）并不少于深度为${e.slots.int('L2')}、宽度为${e.slots.int('w2')}的网络（找到的最多为 ${v.wideFound} 个）。`;
  },
  check: ({ tf, judge, scaled, seed, record, slots }) => {
    const nets = scaled.nets;
    record('random nets per architecture', nets);
    const scales = [0.5, 2, 8, 32].flatMap((c) => [0, 0.1, 1, 10].map((s) => ({ weightVariance: c, biasStd: s })));
    const [L, w1, L2, w2] = [slots.int('L1'), slots.int('w1'), slots.int('L2'), slots.int('w2')];
    const deepSearch = searchRegions(tf, [1, ...Array<number>(L).fill(w1), 1], nets, seed, scales);
    const wideSearch = searchRegions(tf, [1, ...Array<number>(L2).fill(w2), 1], nets, seed + 1, scales);
    // The hand constructions exist for these shapes only; other shapes rely on the search.
    const deepFound = Math.max(deepSearch.max, w1 === 1 ? countLinearRegions(halvingChain(L)).regions : 0);
    const wideFound = Math.max(wideSearch.max, w2 === 3 && L2 === 2 ? countLinearRegions(zigzagWidth3()).regions : 0);
    const [deepName, wideName] = [`depth ${L} width ${w1}`, `depth ${L2} width ${w2}`];
    record(`${deepName}: most found by search`, deepSearch.max);
    record(`${wideName}: most found by search`, wideSearch.max);
    record(`${deepName}: most found incl. construction`, deepFound);
    record(`${wideName}: most found incl. construction`, wideFound);
    // Width 1: each unit sees a monotone function of x and switches at most once per layer; wider, only (w+1)^L bounds it.
    const deepUpper = w1 === 1 ? L + 1 : (w1 + 1) ** L;
    const wideBound = (w2 + 1) ** L2;
    judge.holds({ label: `no ${deepName} net exceeds the ${w1 === 1 ? 'monotonicity bound L + 1' : 'bound (w+1)^L'}`, holds: deepFound <= deepUpper, values: { deepFound, deepUpper } });
    judge.holds({ label: `no ${wideName} net exceeds the bound (w+1)^L`, holds: wideFound <= wideBound, values: { wideFound, wideBound } });
    judge.holds({ label: `ordering: max regions (${deepName}) < max regions (${wideName})`, holds: Math.max(deepUpper, deepFound) < wideFound, values: { deepUpper: Math.max(deepUpper, deepFound), wideFound } });
  },
});

export const crossingsNeeded = defineClaim({
  id: 'depth-vs-width/perfect-classifier-crosses-at-every-boundary',
  source: { file, quote: '网络输出的函数值在跨越每个[振荡](@entry_id:267781)边界时都需要穿过一个固定的阈值' },
  statement: 'To classify perfectly, the network output must cross the decision threshold at every boundary where the label changes.',
  reading: 'A task with M alternating-label segments of [0, 1] (random boundaries, M = 2..30). Perfect classifiers are generated as ReLU interpolants of random values of the right sign at random points inside each segment (a one-hidden-layer net); checked: they classify 5 test points per segment correctly, and their threshold crossings (counted exactly) number at least M - 1. Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noLessThan(0, 'a lower bound on an integer count'),
  correction: () => '（实测存在完美分类器，其穿越阈值的次数少于 M-1。）',
  cases: () => fc.record({ M: fc.integer({ min: 2, max: 30 }), seed: fc.nat() }),
  runs: { quick: 30, standard: 100, full: 300 },
  check: ({ M, seed }, { judge }) => {
    const u = uniformStream(seed);
    const cuts = [0, ...Array.from({ length: M - 1 }, () => u()).sort((a, b) => a - b), 1];
    const xs: number[] = [];
    const ys: number[] = [];
    for (let s = 0; s < M; s++) {
      const [a, b] = [cuts[s]!, cuts[s + 1]!];
      const sign = s % 2 === 0 ? 1 : -1;
      for (const f of [0.1, 0.3 + 0.4 * u(), 0.9]) { xs.push(a + f * (b - a)); ys.push(sign * (0.1 + u())); }
    }
    const net = interpolantNet(xs, ys);
    let wrong = 0;
    for (let s = 0; s < M; s++) for (const f of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const x = cuts[s]! + f * (cuts[s + 1]! - cuts[s]!);
      if (Math.sign(evalPlainNetAt(net, [x])) !== (s % 2 === 0 ? 1 : -1)) wrong++;
    }
    judge.holds({ label: 'the generated net classifies every test point', holds: wrong === 0, values: { wrong } });
    judge.value({ label: 'threshold crossings minus (M - 1)', measured: thresholdCrossings(countLinearRegions(net), 0) - (M - 1), asserted: 0 });
  },
});

export const crossingsBounded = defineClaim({
  id: 'depth-vs-width/crossings-bounded-by-regions',
  source: { file, quote: '一个[分段线性函数](@entry_id:273766)最多能穿越一个阈值的次数受其[线性区](@entry_id:276444)域数量的限制' },
  statement: 'A piecewise-linear network output crosses a threshold at most as many times as it has linear regions, hence at most R(L, w) times.',
  reading: `Random 1-D nets as in depth-vs-width/layer-splits-each-region-into-at-most-w-plus-1; the threshold is the output at a random point of [-3, 3]; crossings and regions are counted exactly. Measured: crossings minus regions. The zigzag construction (w >= 3) reaches crossings = regions = (w+1)^L at the level (w+1)/2, so the bound is tight. ${regionsCounted} Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.`,
  kind: 'exact',
  scope: 'forall',
  tolerance: noMoreThan(0, 'an upper bound on an integer count'),
  correction: () => '（实测输出穿越阈值的次数超过了线性区域数。）',
  cases: reluNetCases,
  runs: { quick: 60, standard: 300, full: 1000 },
  check: ({ L, w, weightVariance, biasStd, seed }, { tf, judge }) => {
    const net = randomReluNet(tf, [1, ...Array<number>(L).fill(w), 1], weightVariance, biasStd, seed);
    const count = countLinearRegions(net);
    const level = evalPlainNetAt(net, [-3 + 6 * uniformStream(seed)()]) + 1e-7;
    judge.value({ label: 'crossings minus regions', measured: thresholdCrossings(count, level) - count.regions, asserted: 0 });
    if (w >= 3 && L <= 3) {
      const z = countLinearRegions(zigzagNet(L, w));
      judge.holds({ label: 'zigzag crossings at (w+1)/2 equal its regions', holds: thresholdCrossings(z, (w + 1) / 2) === z.regions, values: { crossings: thresholdCrossings(z, (w + 1) / 2), regions: z.regions } });
    }
  },
});

export const oscillationCondition = defineClaim({
  id: 'depth-vs-width/oscillation-necessary-condition',
  source: { file, quote: '因此，一个必要条件是 $M-1 \\le R(L,w)$' },
  statement: 'A ReLU network with L hidden layers of width w can classify M alternating segments perfectly only if M - 1 <= R(L, w).',
  reading: `Every net defines the task it solves perfectly: the segments where its output is above or below 0, M = crossings + 1. Random 1-D nets as in depth-vs-width/layer-splits-each-region-into-at-most-w-plus-1; measured: M - 1 against R(L, w) = (w+1)^L. ${regionsCounted} Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.`,
  kind: 'exact',
  scope: 'forall',
  tolerance: atMost(0, 'an upper bound on an integer count'),
  correction: () => '（实测某网络完美分类的振荡段数超过了 R(L,w)+1。）',
  cases: reluNetCases,
  runs: { quick: 60, standard: 300, full: 1000 },
  check: ({ L, w, weightVariance, biasStd, seed }, { tf, judge }) => {
    const net = randomReluNet(tf, [1, ...Array<number>(L).fill(w), 1], weightVariance, biasStd, seed);
    judge.value({ label: 'M - 1 for the task the net classifies perfectly', measured: thresholdCrossings(countLinearRegions(net), 0), asserted: (w + 1) ** L });
  },
});

export const exampleShowsDepthPower = defineClaim({
  id: 'depth-vs-width/example-shows-exponential-power-of-depth',
  source: { file, quote: showsQuote },
  statement: 'The depth-5/width-1 versus depth-2/width-3 example {shows} (具体地展示了: demonstrates; 并没有展示: does not demonstrate) the exponential power of depth for building complex functions.',
  reading: 'For the example to demonstrate a power of depth, its deeper net must be able to realise more regions than its shallower one. Realisable maxima: width-1 chains reach at most L + 1 = 6 at depth 5 (monotonicity bound, reached by the halving chain; random search confirms nothing exceeds it); depth 2 / width 3 reaches 16 (the zigzag construction, equal to its bound). Also recorded: how the width-1 maximum grows with depth (L + 1: linear). Where the text says instead that the example does not show that power and that nets of width at least 2 would, the claim is that the deeper net cannot realise more regions than the shallower one and that a width-3 net\'s maximum at depth 5 reaches 2^5 (the zigzag construction).',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('region counts are integers'),
  correction: (e) => ({ replace: { span: writeQuote(showsQuote, e.slots.values), text: writeQuote(showsQuote, e.slots.values, { shows: DOES_NOT_SHOW }) + whatWouldShow } }),
  check: ({ tf, judge, seed, record, slots }) => {
    const scales = [0.5, 2, 8, 32].flatMap((c) => [0.1, 1, 10].map((s) => ({ weightVariance: c, biasStd: s })));
    const deepSearch = searchRegions(tf, [1, 1, 1, 1, 1, 1, 1], 600, seed, scales);
    const deep = Math.max(countLinearRegions(halvingChain(5)).regions, deepSearch.max);
    const wide = countLinearRegions(zigzagNet(2, 3)).regions;
    record('width-1 maxima at depth 1..5 (halving chain)', [1, 2, 3, 4, 5].map((L) => countLinearRegions(halvingChain(L)).regions).join(', '));
    judge.holds({ label: 'search finds no width-1 depth-5 net above L + 1 = 6', holds: deepSearch.max <= 6, values: { found: deepSearch.max } });
    if (slots.choice('shows') === DOES_NOT_SHOW) {
      judge.holds({ label: 'the depth-5 width-1 net cannot realise more regions than the depth-2 width-3 net', holds: deep <= wide, values: { deep, wide } });
      const width3 = countLinearRegions(zigzagNet(5, 3)).regions;
      judge.holds({ label: 'a depth-5 width-3 net realises at least 2^5 regions (exponential in depth from width 2)', holds: width3 >= 2 ** 5, values: { width3 } });
      return;
    }
    judge.holds({ label: 'the depth-5 width-1 net can realise more regions than the depth-2 width-3 net', holds: deep > wide, values: { deep, wide } });
  },
});
