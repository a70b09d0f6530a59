// § 深度的力量：函数复杂度的指数级增长
// The text: a 1-D-input ReLU net with L hidden layers of width w has at most (w+1)^L linear
// regions; its example then says depth 5 / width 1 (R <= 32) is far less expressive than depth 2 /
// width 3 (R <= 16). How we test it: count regions exactly (float64, layer by layer) on random nets
// at many scales; recompute the example's bounds; and, for the example's second reading, search for
// the region counts those two architectures actually reach. What would refute it: a net with more
// regions than the bound; an ordering the numbers do not support.
import * as fc from 'fast-check';
import { atMost, defineClaim, exactly, type EvidenceView } from '../../src/claim/index.js';
import { buildMlp, mlpToArrays } from '../../src/nets/mlp.js';
import { countLinearRegions } from '../../src/nets/linear-regions.js';
import { halvingChain, zigzagWidth3 } from '../../src/nets/region-constructions.js';
import { searchRegions } from '../../src/nets/region-search.js';

const file = 'depth-vs-width.md';
const exampleQuote = '一个深度为5、宽度仅为1的网络 ($R \\le 2^5 = 32$)，其表达复杂度的能力远不如一个深度为2、宽度为3的网络 ($R \\le 4^2 = 16$)';
const regionsCounted = 'Regions are counted exactly on the whole real line as maximal intervals of constant activation pattern of all hidden neurons (collinear neighbouring pieces are not merged, so this count bounds the number of linear pieces of the output from above; a neuron whose pre-activation is exactly 0 counts as off).';

export const regionBound = defineClaim({
  id: 'depth-vs-width/linear-region-bound',
  source: { file, quote: '$R(L,w) \\le (w+1)^L$' },
  statement: 'A ReLU network with one-dimensional input and L hidden layers of width w has at most (w+1)^L linear regions.',
  reading: `Nets with input dimension 1, L = 1..5 hidden ReLU layers of width w = 1..6 and a linear readout; W ~ N(0, c/fan_in) with c in {0.5, 2, 8, 32} and b ~ N(0, s^2) with s in {0, 0.1, 1, 10}. ${regionsCounted}`,
  kind: 'exact',
  tolerance: atMost(0, 'an upper bound on an integer count: one region more than (w+1)^L refutes it'),
  correction: (e) => {
    const o = e.observations.find((x) => x.outcome === 'outside');
    return `The bound $R(L,w) \\le (w+1)^L$ fails: a net with L = ${o?.where.L}, w = ${o?.where.w} has ${o?.measured} activation regions (bound ${o?.asserted}).`;
  },
  cases: () => fc.record({
    L: fc.integer({ min: 1, max: 5 }),
    w: fc.integer({ min: 1, max: 6 }),
    weightVariance: fc.constantFrom(0.5, 2, 8, 32),
    biasStd: fc.constantFrom(0, 0.1, 1, 10),
    seed: fc.nat(),
  }),
  runs: { quick: 200, standard: 1000, full: 5000 },
  check: ({ L, w, weightVariance, biasStd, seed }, { tf, judge }) => {
    const mlp = buildMlp(tf, { sizes: [1, ...Array<number>(L).fill(w), 1], activation: 'relu', weightVariance: (n) => weightVariance / n, biasVariance: biasStd ** 2, seed });
    try {
      judge.value({ label: 'activation regions on the real line', measured: countLinearRegions(mlpToArrays(mlp)).regions, asserted: (w + 1) ** L });
    } finally {
      mlp.dispose();
    }
  },
});

// The two figures the holds-judgement compared, from the evidence.
const compared = (e: EvidenceView, label: string) => e.observations.find((o) => o.label.startsWith(label))?.values ?? {};

export const exampleByBounds = defineClaim({
  id: 'depth-vs-width/deep-thin-vs-shallow-wide-reading-a',
  source: { file, quote: exampleQuote },
  statement: 'By the bound R(L,w) <= (w+1)^L, a depth-5 width-1 ReLU net (R <= 2^5 = 32) has far less capacity for complex functions than a depth-2 width-3 net (R <= 4^2 = 16).',
  reading: 'Reading A (one of two; reading B is depth-vs-width/deep-thin-vs-shallow-wide-reading-b): the ordering is drawn from the two bounds the sentence quotes. We recompute both bounds from (w+1)^L and check them against the quoted 32 and 16, then check whether the quoted bounds order the architectures as the sentence does (a smaller bound for the depth-5 width-1 net).',
  kind: 'arithmetic',
  tolerance: exactly('integer powers are compared exactly'),
  correction: (e) => {
    const v = compared(e, 'ordering');
    return `一个深度为5、宽度仅为1的网络 ($R \\le 2^5 = ${v.deep}$) 的线性区域数上界反而高于一个深度为2、宽度为3的网络 ($R \\le 4^2 = ${v.wide}$)，因此仅凭这两个上界无法得出前者表达能力更弱的结论。`;
  },
  check: ({ judge }) => {
    const bound = (L: number, w: number) => (w + 1) ** L;
    const deep = bound(5, 1);
    const wide = bound(2, 3);
    judge.value({ label: '(w+1)^L', measured: deep, asserted: 32, where: { L: 5, w: 1 } });
    judge.value({ label: '(w+1)^L', measured: wide, asserted: 16, where: { L: 2, w: 3 } });
    judge.holds({ label: 'ordering: bound(L=5, w=1) < bound(L=2, w=3), as the sentence draws it', holds: deep < wide, values: { deep, wide } });
  },
});

export const exampleByRealisedRegions = defineClaim({
  id: 'depth-vs-width/deep-thin-vs-shallow-wide-reading-b',
  source: { file, quote: exampleQuote },
  statement: 'The most linear regions a depth-5 width-1 ReLU net (1-D input) can realise is smaller than the most a depth-2 width-3 net can realise.',
  reading: `Reading B (one of two; reading A is depth-vs-width/deep-thin-vs-shallow-wide-reading-a): "capacity" is the number of regions the architecture can actually realise, not its bound. Lower bounds come from a seeded random search (W ~ N(0, c/fan_in), b ~ N(0, s^2) over several scales) plus hand constructions (a halving chain for width 1, a zigzag for width 3); a search gives lower bounds only. The width-1 upper bound is L + 1: every hidden unit of a width-1 chain sees a monotone function of x, so it switches at most once, adding at most one breakpoint per layer; the search checks that no width-1 net exceeds it. The width-3 upper bound is (w+1)^L = 16 (depth-vs-width/linear-region-bound). Supported if the width-1 upper bound is below the best width-3 count found. ${regionsCounted}`,
  kind: 'experiment',
  tolerance: exactly('region counts are integers compared exactly; the ordering is a strict integer inequality'),
  correction: (e) => {
    const v = compared(e, 'ordering');
    return `按实际可实现的线性区域数，深度为5、宽度仅为1的网络（至多 ${v.deepUpper} 个）并不少于深度为2、宽度为3的网络（找到的最多为 ${v.wideFound} 个）。`;
  },
  check: ({ tf, judge, scale, seed, record }) => {
    const nets = scale({ quick: 2000, standard: 20000, full: 100000 });
    record('random nets per architecture', nets);
    const scales = [0.5, 2, 8, 32].flatMap((c) => [0, 0.1, 1, 10].map((s) => ({ weightVariance: c, biasStd: s })));
    const L = 5;
    const deepSearch = searchRegions(tf, [1, 1, 1, 1, 1, 1, 1], nets, seed, scales);
    const wideSearch = searchRegions(tf, [1, 3, 3, 1], nets, seed + 1, scales);
    const deepFound = Math.max(deepSearch.max, countLinearRegions(halvingChain(L)).regions);
    const wideFound = Math.max(wideSearch.max, countLinearRegions(zigzagWidth3()).regions);
    record('depth 5 width 1: most found by search', deepSearch.max);
    record('depth 2 width 3: most found by search', wideSearch.max);
    record('depth 5 width 1: most found incl. construction', deepFound);
    record('depth 2 width 3: most found incl. construction', wideFound);
    const deepUpper = L + 1;
    const wideBound = (3 + 1) ** 2;
    judge.holds({ label: 'no depth-5 width-1 net exceeds the monotonicity bound L + 1', holds: deepFound <= deepUpper, values: { deepFound, deepUpper } });
    judge.holds({ label: 'no depth-2 width-3 net exceeds the bound (w+1)^L', holds: wideFound <= wideBound, values: { wideFound, wideBound } });
    judge.holds({ label: 'ordering: max regions (depth 5, width 1) < max regions (depth 2, width 3)', holds: Math.max(deepUpper, deepFound) < wideFound, values: { deepUpper: Math.max(deepUpper, deepFound), wideFound } });
  },
});
