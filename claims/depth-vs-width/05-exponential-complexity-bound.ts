// § 深度的力量：函数复杂度的指数级增长 (paragraphs 2-3: the thought experiment, the bound and its growth)
// The text: a 1-D-input ReLU net with L hidden layers of width w has at most (w+1)^L linear
// regions (R_0 = 1, each layer splits every region into at most w + 1), so the count grows
// exponentially with depth and polynomially with width, and depth is the more efficient use of a
// parameter budget. How we test it: count regions exactly (float64, layer by layer) on random nets
// at many scales; per-layer splitting; the zigzag construction that reaches (w+1)^L exactly for
// w >= 3, so the growth claims can be tested on the true maximum as well as on the bound and on
// random nets. What would refute it: a net with more regions than the bound; growth against the text.
import * as fc from 'fast-check';
import { atLeast, atMost, defineClaim, exactly, relative, writeQuote } from '../../src/claim/index.js';
import { sawtoothNet, zigzagNet } from '../../src/nets/regions/sawtooth.js';
import { denseParamCount } from '../../src/nets/count/param-count.js';
import type { PlainNet } from '../../src/nets/regions/linear-regions.js';
import { buildMlp, mlpToArrays } from '../../src/nets/base/mlp.js';
import { countLinearRegions } from '../../src/nets/regions/linear-regions.js';
import { halvingChain } from '../../src/nets/regions/region-constructions.js';
import { searchRegions } from '../../src/nets/regions/region-search.js';
import { randomReluNet, reluNetCases } from '../../src/nets/regions/random-relu-nets.js';

const file = 'depth-vs-width.md';
const regionsCounted = 'Regions are counted exactly on the whole real line as maximal intervals of constant activation pattern of all hidden neurons (collinear neighbouring pieces are not merged, so this count bounds the number of linear pieces of the output from above; a neuron whose pre-activation is exactly 0 counts as off).';

export const regionBound = defineClaim({
  id: 'depth-vs-width/linear-region-bound',
  source: { file, quote: '$R(L,w) \\le (w+1)^L$' },
  statement: 'A ReLU network with one-dimensional input and L hidden layers of width w has at most (w+1)^L linear regions.',
  reading: `Nets with input dimension 1, L = 1..5 hidden ReLU layers of width w = 1..6 and a linear readout; W ~ N(0, c/fan_in) with c in {0.5, 2, 8, 32} and b ~ N(0, s^2) with s in {0, 0.1, 1, 10}. ${regionsCounted} Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.`,
  kind: 'exact',
  scope: 'forall',
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

// The net's first `layers` hidden layers with a zero readout: its regions are those patterns.
const truncated = (net: PlainNet, layers: number): PlainNet => ({
  weights: [...net.weights.slice(0, layers), net.weights[layers - 1]![0]!.map(() => [0])],
  biases: [...net.biases.slice(0, layers), [0]],
});

export const initialRegion = defineClaim({
  id: 'depth-vs-width/input-is-one-region',
  source: { file, quote: '网络的初始输入可以看作一个单一的[线性区](@entry_id:276444)域' },
  statement: 'Before any ReLU layer, the input line is a single linear region (R_0 = 1).',
  reading: 'A net with no hidden layer (only an affine map x -> a x + b) has one activation region on the real line: counted exactly for a = 1.7, b = -0.4 and for a = 0.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('a region count is an integer'),
  correction: () => '（无隐藏层的网络在实轴上并非单一区域。）',
  check: ({ judge }) => {
    for (const a of [1.7, 0]) judge.value({ label: 'regions of x -> a x + b', measured: countLinearRegions({ weights: [[[a]]], biases: [[-0.4]] }).regions, asserted: 1, where: { a } });
  },
});

// Regions after each hidden layer l = 0..L (R_0 = 1) and the most sub-regions any layer-(l-1) region splits into.
function layerProfile(net: PlainNet): { R: number[]; maxSplit: number } {
  const L = net.weights.length - 1;
  const bps: number[][] = [[]];
  for (let l = 1; l <= L; l++) bps.push(countLinearRegions(truncated(net, l)).breakpoints);
  let maxSplit = 1;
  for (let l = 1; l <= L; l++) {
    const edges = [-Infinity, ...bps[l - 1]!, Infinity];
    for (let k = 0; k + 1 < edges.length; k++) {
      const inside = bps[l]!.filter((t) => t > edges[k]! && t < edges[k + 1]!).length;
      maxSplit = Math.max(maxSplit, inside + 1);
    }
  }
  return { R: bps.map((b) => b.length + 1), maxSplit };
}

export const layerSplit = defineClaim({
  id: 'depth-vs-width/layer-splits-each-region-into-at-most-w-plus-1',
  source: { file, quote: '每个现有的[线性区](@entry_id:276444)域最多可以被该层 $w$ 个神经元的激活边界（“折点”）分割成 $w+1$ 个新的子区域' },
  statement: 'Each ReLU layer of width w splits every existing linear region into at most w + 1 sub-regions.',
  reading: `1-D nets with L = 1..5 hidden layers of width w = 1..6, weights N(0, c/fan_in) (c in 0.5, 2, 8, 32), biases N(0, s^2) (s in 0.1, 1, 10). The regions after layer l are the activation-pattern intervals of the first l hidden layers (exact, float64); every region after layer l - 1 is checked for how many layer-l regions it contains. ${regionsCounted} Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.`,
  kind: 'exact',
  scope: 'forall',
  tolerance: atMost(0, 'an upper bound on an integer: w + 2 sub-regions anywhere refutes it'),
  correction: (e) => `（实测某区域被分割成 ${e.observations.find((o) => o.outcome === 'outside')?.measured} 个子区域，超过 w+1。）`,
  cases: reluNetCases,
  runs: { quick: 60, standard: 300, full: 1000 },
  check: ({ L, w, weightVariance, biasStd, seed }, { tf, judge }) => {
    const net = randomReluNet(tf, [1, ...Array<number>(L).fill(w), 1], weightVariance, biasStd, seed);
    judge.value({ label: 'most sub-regions of one region after a layer', measured: layerProfile(net).maxSplit, asserted: w + 1 });
  },
});

export const regionRecursion = defineClaim({
  id: 'depth-vs-width/region-recursion',
  source: { file, quote: '$R_\\ell \\le (w+1)R_{\\ell-1}$' },
  statement: 'The number of linear regions after layer l satisfies R_l <= (w+1) R_{l-1}.',
  reading: `The same generated nets as depth-vs-width/layer-splits-each-region-into-at-most-w-plus-1; measured: the largest ratio R_l / R_{l-1} over the layers (R_0 = 1). The zigzag construction (w >= 3) attains the ratio w + 1 at every layer. ${regionsCounted} Scope forall: a definite statement (an identity, bound or construction), so every generated case must satisfy it.`,
  kind: 'exact',
  scope: 'forall',
  tolerance: atMost(0, 'an upper bound on a ratio of integer counts, compared exactly'),
  correction: (e) => `（实测某层区域数增长为前一层的 ${e.observations.find((o) => o.outcome === 'outside')?.measured} 倍，超过 w+1。）`,
  cases: reluNetCases,
  runs: { quick: 60, standard: 300, full: 1000 },
  check: ({ L, w, weightVariance, biasStd, seed }, { tf, judge }) => {
    const { R } = layerProfile(randomReluNet(tf, [1, ...Array<number>(L).fill(w), 1], weightVariance, biasStd, seed));
    judge.value({ label: 'largest R_l / R_{l-1}', measured: Math.max(...R.slice(1).map((r, l) => r / R[l]!)), asserted: w + 1 });
  },
});

const unrolledQuote = '从 $R_0={r0:int}$ 开始，我们可以推导出';

export const boundDerivation = defineClaim({
  id: 'depth-vs-width/region-bound-unrolled',
  source: { file, quote: unrolledQuote },
  statement: 'Unrolling R_l <= (w+1) R_{l-1} from R_0 = {r0} gives R(L, w) <= (w+1)^L after L hidden layers.',
  reading: 'The recursion is iterated at equality (the largest value it allows) from R_0 = {r0} in exact integer arithmetic (BigInt) for L = 1..40 and w = 1..16 and compared with (w+1)^L.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('exact integer arithmetic'),
  // The unrolled product is R_0 (w+1)^L, so the formula holds from the one start the input line has (depth-vs-width/input-is-one-region).
  correction: (e) => ({ replace: { span: writeQuote(unrolledQuote, e.slots.values), text: writeQuote(unrolledQuote, e.slots.values, { r0: String(countLinearRegions({ weights: [[[1]]], biases: [[0]] }).regions) }) } }),
  check: ({ judge, slots }) => {
    let mismatches = 0;
    for (let w = 1n; w <= 16n; w++) {
      let r = BigInt(slots.int('r0'));
      for (let L = 1n; L <= 40n; L++) {
        r *= w + 1n;
        if (r !== (w + 1n) ** L) mismatches++;
      }
    }
    judge.value({ label: 'mismatches between the unrolled recursion and (w+1)^L', measured: mismatches, asserted: 0 });
  },
});

// Region counts of the zigzag construction depend only on (L, w): count each once.
const zigzagCounts = new Map<string, number>();
const zigzagRegions = (L: number, w: number) => {
  const key = `${L},${w}`;
  if (!zigzagCounts.has(key)) zigzagCounts.set(key, countLinearRegions(zigzagNet(L, w)).regions);
  return zigzagCounts.get(key)!;
};

// Reading B's edit (a width-1 chain realises only L + 1 regions) as word edits the choice slots read:
// the growth is stated from width 2, of the largest number, and width 1 is given its own count.
const FROM_WIDTH_TWO = { cond: '表明，在宽度至少为 $2$ 时，', max: '最大数量', tail: '（宽度为 $1$ 时只有 $L+1$ 个），' };
const growthQuote = '这个公式清晰地{cond:表明，|表明，在宽度至少为 $2$ 时，}[线性区](@entry_id:276444)域的{max:数量|最大数量}随深度 $L$ **指数增长**{tail:，|（宽度为 $1$ 时只有 $L+1$ 个），}而随宽度 $w$ **[多项式增长](@entry_id:177086)**';
const statesWidthTwo = (slots: { choice(name: string): string }) => slots.choice('cond') === FROM_WIDTH_TWO.cond;
const growthStatement = 'The {max} (数量: number; 最大数量: largest number) of linear regions grows exponentially with depth L and polynomially with width w; where the text says so, from width 2 on, with L + 1 regions at width 1.';

export const growthOfBound = defineClaim({
  id: 'depth-vs-width/region-growth-reading-a',
  alternativeOf: 'depth-vs-width/region-growth-reading-b',
  source: { file, quote: growthQuote },
  statement: growthStatement,
  reading: 'Reading A (one of three; readings B and C are depth-vs-width/region-growth-reading-b and -c): the statement is about the bound (w+1)^L itself. For w = 1..10 the bound multiplies by the constant w + 1 >= 2 per added layer (exponential in L); for L = 1..10 it is a polynomial of degree L in w (ratio to w^L stays within [1, 2^L]). The bound is the same whether the text states the growth from width 2 or for all widths.',
  kind: 'arithmetic',
  scope: 'forall',
  tolerance: exactly('exact integer arithmetic'),
  correction: () => '（(w+1)^L 的增长方式与所述不符。）',
  check: ({ judge }) => {
    let bad = 0;
    for (let w = 1; w <= 10; w++) for (let L = 1; L <= 10; L++) {
      if ((w + 1) ** (L + 1) / (w + 1) ** L !== w + 1) bad++;
      const r = (w + 1) ** L / w ** L;
      if (!(r >= 1 && r <= 2 ** L)) bad++;
    }
    judge.value({ label: 'cases where the bound is not exponential in L and polynomial in w', measured: bad, asserted: 0 });
  },
});

export const growthOfMaximum = defineClaim({
  id: 'depth-vs-width/region-growth-reading-b',
  primary: { why: 'the paragraph defines R(L,w) as 线性区域的最大数量 and the sentence\'s subject is 线性区域的数量, which 这个公式清晰地表明 takes the bound to reveal; the next sentence draws a design rule from it, so the claim is about the most regions an architecture can realise, not about the formula (declared primary until the blind referee\'s pick, S3, showed the bound reading takes the formula for the subject; the bound reading, reading A, stays as an alternative)' },
  source: { file, quote: growthQuote },
  statement: growthStatement,
  reading: `Reading B (one of three; readings A and C are depth-vs-width/region-growth-reading-a and -c): the statement is about the largest number of regions the architecture can realise. Lower bounds by construction: the zigzag net reaches (w+1)^L exactly for w >= 3, the tent-map net 2^L + 2 for w = 2, the halving chain L + 1 for w = 1. Upper bounds: (w+1)^L (depth-vs-width/linear-region-bound), and L + 1 for w = 1 (every unit of a width-1 chain sees a monotone function, so it adds at most one breakpoint). Exponential in depth is read as: the maximum is at least 2^L; polynomial in width as: it is at most (w+1)^L, a degree-L polynomial. Where the text states the growth from width 2 and gives width 1 its L + 1 regions, width-1 cases check that count instead. ${regionsCounted} Scope forall: the sentence states a rate (exponential in depth, or a trend in width); here the rate is judged at a fixed finite range (a per-layer factor or a width exponent) in every setting run, not as a trend over a declared range (judge.trend), which would be its asymptotic design.`,
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('counts compared exactly'),
  qualifiers: [{ condition: 'w >= 2', holds: (c) => c.w >= 2 }],
  // A width-1 chain realises only L + 1 regions (the root of the depth-5 width-1 example's error): the growth holds from width 2.
  correction: (e) => ({ replace: { span: writeQuote(growthQuote, e.slots.values), text: writeQuote(growthQuote, e.slots.values, FROM_WIDTH_TWO) } }),
  cases: () => fc.record({ L: fc.integer({ min: 1, max: 5 }), w: fc.integer({ min: 1, max: 6 }) }),
  runs: { quick: 30, standard: 30, full: 30 },
  check: ({ L, w }, { judge, slots }) => {
    const lower = w >= 3 ? zigzagRegions(L, w) : w === 2 ? countLinearRegions(sawtoothNet(L, 2)).regions : countLinearRegions(halvingChain(L)).regions;
    const upper = w === 1 ? L + 1 : (w + 1) ** L;
    if (w === 1 && statesWidthTwo(slots)) {
      judge.holds({ label: 'width 1: the largest realisable regions are L + 1 (the halving chain reaches the monotonicity bound)', holds: lower === L + 1, values: { lower, upper } });
      return;
    }
    judge.holds({ label: 'largest realisable regions >= 2^L (exponential in depth)', holds: (w === 1 ? upper : lower) >= 2 ** L, values: { lower, upper, twoToL: 2 ** L } });
    judge.holds({ label: 'largest realisable regions <= (w+1)^L (polynomial in width)', holds: lower <= (w + 1) ** L, values: { lower, bound: (w + 1) ** L } });
  },
});

export const growthAtInit = defineClaim({
  id: 'depth-vs-width/region-growth-reading-c',
  alternativeOf: 'depth-vs-width/region-growth-reading-b',
  source: { file, quote: growthQuote },
  statement: growthStatement,
  reading: 'Reading C (one of three; readings A and B are depth-vs-width/region-growth-reading-a and -b): the statement is about the regions of networks as they are initialised. Width 4, depths 2, 4 and 8; weights N(0, 2/fan_in) (He), biases N(0, 0.3^2); regions counted exactly on the real line. Exponential growth makes log(mean regions) linear in depth, so q = [log(R_8/R_4)/4] / [log(R_4/R_2)/2] = 1; linear growth (regions proportional to neurons) gives q near 0.5. Where the text speaks of the largest number (最大数量), this reading is no longer the sentence\'s; it stays as the check of what the growth means for nets as initialised. Each sample is q from one group of nets per depth; the judge takes the interval of the groups\' mean. Scope forall: the sentence states a rate (exponential in depth, or a trend in width); here the rate is judged at a fixed finite range (a per-layer factor or a width exponent) in every setting run, not as a trend over a declared range (judge.trend), which would be its asymptotic design.',
  kind: 'statistical',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'the quick interval already lies wholly outside the band ([0.37, 0.57] vs [0.75, 1.25]); an outside result of an ungated judgement (judge.mean / sequential in a statistical claim) cannot refute, so no budget decides it: it takes a gated design (judge.replicated with its training record, or paired / trend), not more groups' },
  scale: { quick: { nets: 60, groups: 5 }, standard: { nets: 150, groups: 10 }, full: { nets: 400, groups: 20 } },
  tolerance: relative(0.25, 'q = 1 for any exponential rate and about 0.5 for linear growth: +-25% separates them'),
  correction: (e) => `对于按常规方式初始化的网络，线性区域的平均数量随深度近似线性增长（增长率比值 q = ${e.observations[0]?.measured?.toFixed(2)}，指数增长应为 1），指数增长只是可实现的最大值。`,
  check: ({ tf, judge, scaled, seed, record }) => {
    const groups = scaled.groups;
    const nets = scaled.nets;
    record('groups', groups);
    record('nets per depth per group', nets);
    const scales = [{ weightVariance: 2, biasStd: 0.3 }];
    const draw = (gi: number) => {
      const mean = (depth: number) => {
        const r = searchRegions(tf, [1, ...Array<number>(depth).fill(4), 1], nets, seed + 7919 * gi + depth, scales);
        return Object.entries(r.histogram).reduce((s, [k, n]) => s + Number(k) * n, 0) / nets;
      };
      const [m2, m4, m8] = [mean(2), mean(4), mean(8)];
      record(`group ${gi}: mean regions at depth 2 / 4 / 8`, `${m2.toFixed(1)} / ${m4.toFixed(1)} / ${m8.toFixed(1)}`);
      return (Math.log(m8 / m4) / 4) / (Math.log(m4 / m2) / 2);
    };
    judge.sequential({ label: 'q = growth rate 4->8 over growth rate 2->4', statistic: 'mean', n: groups, draw, asserted: 1 });
  },
});

const efficiencyQuote = '这意味着，在固定的参数预算下，增加深度是比增加宽度更有效率地[提升函数](@entry_id:175709)复杂度的方式';
const efficiencyStatement = 'At a fixed parameter budget, adding depth raises the complexity (linear regions) of the function more efficiently than adding width.';

export const depthEfficientMax = defineClaim({
  id: 'depth-vs-width/depth-more-efficient-reading-a',
  primary: { why: '这意味着 draws it from the region counts just discussed, so complexity is the number of regions an architecture can realise' },
  source: { file, quote: efficiencyQuote },
  statement: efficiencyStatement,
  reading: 'Reading A (one of two; reading B is depth-vs-width/depth-more-efficient-reading-b): complexity = the most regions an architecture can realise. At a budget of P parameters: the deepest width-3 zigzag net that fits (12L - 2 parameters) realises 4^L regions exactly; a one-hidden-layer net with m = floor((P - 1)/3) units has at most m + 1. Budgets run over 10..94 (at most 8 layers, so the zigzag\'s regions can still be counted exactly; beyond that the deep count grows by a factor 4 per 12 parameters and the shallow one by 4 per 12, so the gap only widens). Supported if the deep construction has more regions at every budget. Below 22 parameters only one width-3 layer fits, so depth cannot be added at all; the condition budget >= 22 was derived from that before any run. It was first declared a qualifier; it is now the premise, computed from the case (two width-3 hidden layers fit in the budget), because the sentence compares adding depth with adding width and says nothing of budgets where depth cannot be added (docs/reviews/findings-engine.md #9): those budgets are dropped and counted, not judged.',
  kind: 'exact',
  scope: 'forall',
  premise: (c) => denseParamCount([1, 3, 3, 1]) <= c.budget,
  tolerance: exactly('region counts are integers'),
  correction: (e) => `（预算为 ${e.counterexample?.budget} 个参数时，深层构造的线性区域数并不多于浅层网络。）`,
  cases: () => fc.record({ budget: fc.integer({ min: 10, max: 94 }) }),
  runs: { quick: 40, standard: 85, full: 85 },
  check: ({ budget }, { judge }) => {
    let L = 1;
    while (denseParamCount([1, ...Array<number>(L + 1).fill(3), 1]) <= budget) L++;
    const deep = zigzagRegions(L, 3);
    const shallow = Math.floor((budget - 1) / 3) + 1;
    judge.holds({ label: 'deep construction regions > shallow maximum at the same budget', holds: deep > shallow, values: { deep, shallow, L } });
  },
});

export const depthEfficientTypical = defineClaim({
  id: 'depth-vs-width/depth-more-efficient-reading-b',
  alternativeOf: 'depth-vs-width/depth-more-efficient-reading-a',
  source: { file, quote: efficiencyQuote },
  statement: efficiencyStatement,
  reading: 'Reading B (one of two; reading A is depth-vs-width/depth-more-efficient-reading-a): complexity of networks as initialised. 73 parameters either way: four hidden layers of width 4 against one hidden layer of width 24. Weights N(0, 2/fan_in), biases N(0, 0.3^2); regions counted exactly on the real line. A random one-hidden-layer net has all its kinks distinct, so exactly 25 regions (counted, not assumed). Supported if the deep nets\' mean region count lies above the shallow count. Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.',
  kind: 'statistical',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'the quick interval already lies wholly outside the band ([14.8, 16.0] vs at least 25); an outside result of an ungated judgement (judge.mean / sequential in a statistical claim) cannot refute, so no budget decides it: it takes a gated design (judge.replicated with its training record, or paired / trend), not more nets' },
  scale: { quick: { nets: 200 }, standard: { nets: 1000 }, full: { nets: 4000 } },
  tolerance: atLeast(0, 'more efficient means more regions for the same parameters: the deep mean must exceed the shallow count'),
  correction: (e) => `按常规初始化，同等参数下更深的网络平均只有约 ${e.observations.find((o) => o.method === 'mean')?.measured?.toFixed(1)} 个线性区域，少于浅层网络的 25 个；深度的优势只体现在可实现的最大区域数上。`,
  check: ({ tf, judge, scaled, seed, record }) => {
    const nets = scaled.nets;
    record('nets per architecture', nets);
    const scales = [{ weightVariance: 2, biasStd: 0.3 }];
    const shallow = searchRegions(tf, [1, 24, 1], 20, seed, scales);
    const shallowCount = shallow.max;
    judge.holds({ label: 'every one-hidden-layer net of width 24 has 25 regions', holds: Object.keys(shallow.histogram).join() === '25', values: { max: shallow.max } });
    const deep = searchRegions(tf, [1, 4, 4, 4, 4, 1], nets, seed + 1, scales);
    const samples = Object.entries(deep.histogram).flatMap(([k, n]) => Array<number>(n).fill(Number(k)));
    record('deep: most regions seen', deep.max);
    judge.mean({ label: 'regions of a 4 x 4 net (73 parameters)', samples, asserted: shallowCount });
  },
});
