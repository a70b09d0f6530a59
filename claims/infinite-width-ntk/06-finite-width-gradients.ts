// § 弥合差距：有限网络的真实世界, the gradients paragraph
// The text: in the infinite limit gradients are perfectly stable; at finite width n and depth L the
// gradient-norm factor is closer to exp(-L/2n), a tug of war between depth and width: L >> n vanishes,
// widening compensates.
// How we test it: the per-input ratio G = |dL/dx| / |dL/dh_L| of fresh square nets (tfjs autodiff),
// divided by the infinite-width factor at the same depth (the mean-field recursion), since the sentence
// states a finite-width correction (issue 18, Confounds), and compared with exp(-L/2n) in two readings
// (the typical net: geometric mean; the arithmetic mean); the first designs, against the raw factor, stay
// as alternative readings. Per-net factors are replicates of gated judgements. What would refute it: a
// corrected factor outside the band of exp(-L/2n); a deep narrow net whose gradient does not vanish;
// widening that does not restore the infinite-width factor. The paragraph's sentence on the infinite limit
// is in 06-finite-width-infinite-limit.ts.
import { absolute, below, defineClaim, noLessThan, noMoreThan, relative, type CheckContext, type EvidenceView } from '../../src/claim/index.js';
import { inputGradientFactors } from '../../src/nets/probe/gradients/input-gradient.js';
import { meanFieldTrajectory, standardNormals } from '../../src/nets/theory/mean-field.js';
import type { Activation } from '../../src/nets/base/activations.js';

const file = 'infinite-width-ntk.md';

const critical: Record<'relu' | 'tanh', number> = { relu: 2, tanh: 1 };

// Per-net draws of the gradient-norm factor through L layers of width n: the mean over 16 inputs of
// G (arithmetic) or of log G (geometric). Rows whose gradient vanishes exactly (a layer with all units dead) are dropped and counted.
// Returns the planned nets and the draw of net i (for judge.sequential); the drop count of the nets drawn is recorded as they are drawn.
function factorDraws(ctx: CheckContext<{ nets: number }>, phi: 'relu' | 'tanh', L: number, n: number, stat: 'geometric' | 'arithmetic', tag: number): { n: number; draw: (i: number) => number } {
  const { nets } = ctx.scaled;
  let dropped = 0;
  ctx.record('nets per condition (16 inputs each)', nets);
  return {
    n: nets,
    draw: (i) => {
      const g = inputGradientFactors(ctx.tf, { depth: L, width: n, activation: phi as Activation, weightVariance: (k) => critical[phi] / k, seed: ctx.seeds.child('net', tag, i).value, batchSize: 16 }).filter((v) => (v > 0 ? true : (dropped++, false)));
      if (dropped) ctx.record(`rows with an exactly vanished gradient, dropped (${phi}, L=${L}, n=${n})`, dropped);
      return stat === 'geometric' ? Math.exp(g.reduce((s, v) => s + Math.log(v), 0) / g.length) : g.reduce((s, v) => s + v, 0) / g.length;
    },
  };
}

// The planned nets' draws as replicates for a gated judgement; nets whose every row vanished exactly (no typical factor) are dropped (counted by factorDraws).
function factorSamples(ctx: CheckContext<{ nets: number }>, phi: 'relu' | 'tanh', L: number, n: number, stat: 'geometric' | 'arithmetic', tag: number): number[] {
  const { n: nets, draw } = factorDraws(ctx, phi, L, n, stat, tag);
  return Array.from({ length: nets }, (_, i) => draw(i)).filter((v) => Number.isFinite(v) && v > 0);
}

// The infinite-width baseline of the gradient-norm factor through L layers: ln sqrt(prod chi_l) along the
// variance recursion from q_1 = sigma_w^2 (N(0, I) inputs), as in infinite-width-ntk/infinite-width-gradients-stable.
// Exactly 0 for ReLU at sigma_w^2 = 2 (antithetic samples make E[relu'(z)^2] exactly 1/2); negative for tanh at sigma_w^2 = 1.
function logBaseline(ctx: CheckContext<{ nets: number }>, phi: 'relu' | 'tanh', L: number): number {
  const u = standardNormals(ctx.tf, 1 << 13, ctx.seeds.child('gaussian-samples').value);
  const v = critical[phi];
  const { chi } = meanFieldTrajectory(ctx.tf, phi, v, 0, v, L, u);
  const b = chi.reduce((s, c) => s + Math.log(c), 0) / 2;
  ctx.record(`infinite-width baseline factor sqrt(prod chi_l) (${phi}, L=${L})`, Number(Math.exp(b).toPrecision(4)));
  return b;
}

const untrained = { untrained: 'gradients of random nets at initialisation; nothing is trained' } as const;
const baselineWhy = 'Issue 18 (Confounds): the first design judged the raw factor against exp(-L/2n), so the tanh cases (sigma_w^2 = 1, zero bias), whose infinite-width factor sqrt(prod chi_l) is itself below 1 (infinite-width-ntk/infinite-width-gradients-stable), failed through the infinite-width behaviour, not the finite-width correction the sentence states; and it judged with judge.sequential, which cannot refute a statistical claim. This design, chosen after those results were seen, divides each net\'s factor by the infinite-width baseline at the same depth and judges with a gated method.';

const factorCases = (['relu', 'tanh'] as const).flatMap((phi) => [16, 32].flatMap((n) => [0.5, 1, 2].map((ratio) => ({ phi, n, L: n * ratio }))));
const factorQuote = '而是更接近 $\\exp(-L/{k:number}n)$';
const factorStatement = 'At finite width n and depth L the factor by which the gradient norm changes through the network is close to exp(-L/{k}n).';
const factorCommon = 'Square nets of L hidden layers of width n (plus input and readout of width n), zero biases, at the chapter\'s critical initialisations (tanh sigma_w^2 = 1, ReLU sigma_w^2 = 2, Var(W) = sigma_w^2 / n exactly); per input, G = |dL/dx| / |dL/dh_L| for L = sum(output * r), r ~ N(0, I), by tfjs autodiff; 16 N(0, I) inputs per net, nets are i.i.d. samples. Conditions: n in {16, 32}, L/n in {1/2, 1, 2}, both activations. A deep linear Gaussian net would give exactly E[log G] = -L/2n to leading order; the chapter\'s activations are tanh and ReLU.';
const factorTolerance = relative(0.2, '"closer to exp(-L/2n)" is an approximation: +-20% on the factor admits higher-order corrections (O(L/n^2), a few percent at n >= 16) and still separates exp(-L/2n) from, e.g., exp(-5L/4n), the leading-order typical factor of He-initialised ReLU nets, at L/n >= 1/2');
const factorCorrection = (stat: string) => (e: EvidenceView) => {
  const rows = e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.where.phi} L=${o.where.L} n=${o.where.n}: ${o.measured!.toFixed(3)}（exp(-L/${e.slots.number('k')}n)=${o.asserted!.toFixed(3)}）`);
  return `梯度范数在整个网络中变化的因子（${stat}）并不接近 $\\exp(-L/${e.slots.number('k')}n)$：${rows.join('；')}`;
};

const factorVsBaselineId = 'infinite-width-ntk/finite-width-gradient-factor-vs-baseline';
const firstDesign = (stat: string) => `The first design (kept as its own reading, per ground rule 1; the primary is ${factorVsBaselineId}): the raw factor ${stat} judged against exp(-L/2n) without its infinite-width baseline, so the tanh cases judge the infinite-width decay rather than the finite-width correction. Its judgement moved from judge.sequential (not gated: an outside interval was held back at every budget, so the design could not fail) to judge.replicated over the same per-net draws (the mean over nets of the per-net factors), so that it can.`;

const factorEdit = '而是对一个典型网络近似为 $\\exp(-cL/n)$，其中常数 $c$ 取决于激活函数：深度线性网络 $c=1/2$，He 初始化的 ReLU 网络 $c$ 约为 $5/4$（而梯度范数平方的期望仍精确为 1，有限宽度的主要效应是随 $L/n$ 增大的对数正态涨落）';
const tanhCaveat = 'Caveat (final referee, session 7): tanh is not cleanly -L/2n either once the baseline is divided out: a numpy simulation (200 nets per condition) puts its relative log factor near -0.74 at L = n and -1.30 at L = 2n for n = 16 and 32, with an excess that does not scale with L/n (about -0.06 at n = 1024, L = 32), so the tanh L/n = 2 cases may leave the band at larger budgets, and no correction names c = 1/2 for tanh.';

export const factorVsBaseline = defineClaim({
  id: factorVsBaselineId,
  scope: 'forall',
  primary: { why: 'the paragraph contrasts the finite net with the infinite limit ("不再是精确的 1"): exp(-L/2n) is the finite-width correction to the infinite-width factor, and the next sentence speaks of a network too deep for its width suffering vanishing gradients: the correction of a given, typical network' },
  source: { file, quote: factorQuote },
  statement: factorStatement,
  reading: `Scope forall: the approximation is stated without hedge for every case of the premise. The finite-width correction of a typical network, relative to its infinite-width baseline: per net, ln of its typical factor (the mean of ln G over its 16 inputs; inputs whose gradient vanishes exactly are dropped and counted) minus ln sqrt(prod chi_l), the infinite-width factor through the same L layers (the mean-field recursion from q_1 = sigma_w^2; exactly 1 for ReLU at sigma_w^2 = 2, below 1 for tanh at sigma_w^2 = 1); the mean over nets (replicates) must lie within 0.2 of -L/2n. ${baselineWhy} The first designs are infinite-width-ntk/finite-width-gradient-factor-reading-a (typical factor) and -reading-b (mean factor); the mean factor relative to the baseline is infinite-width-ntk/finite-width-gradient-factor-reading-b-vs-baseline. ${factorCommon} ${tanhCaveat}`,
  kind: 'statistical',
  scale: { quick: { nets: 10 }, standard: { nets: 20 }, full: { nets: 50 } },
  tolerance: absolute(0.2, '"closer to exp(-L/2n)" is an approximation: +-0.2 on the log factor (a factor within x0.82..x1.22, the log form of the first design\'s +-20%) admits higher-order corrections (O(L/n^2), a few percent at n >= 16) and still separates -L/2n from, e.g., -5L/4n, the leading-order typical log factor of He-initialised ReLU nets, at L/n >= 1/2'),
  judgements: factorCases.length,
  // The final referee's edit (session 7, #3; c = 1/2 deep linear, about 5/4 He ReLU, Hanin & Nica 2019), for the author's hand:
  // it leaves tanh's c open and turns to E|g|^2, which this comparison with one exp(-L/kn) cannot judge.
  correction: (e) => `（需作者改写。建议改为：${factorEdit}。实测典型网络相对于无限宽极限的对数因子：${e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.where.phi === 'relu' ? 'ReLU' : o.where.phi}，$L=${o.where.L}$，$n=${o.where.n}$ 时为 ${o.measured!.toFixed(2)}（$-L/${e.slots.number('k')}n$ 为 ${o.asserted!.toFixed(2)}）`).join('；')}。）`,
  check: (ctx) => {
    factorCases.forEach(({ phi, n, L }, i) => {
      const base = logBaseline(ctx, phi, L);
      const samples = factorSamples(ctx, phi, L, n, 'geometric', i).map((g) => Math.log(g) - base);
      ctx.judge.replicated({ label: 'ln(typical factor / infinite-width factor), per net', samples, asserted: -L / (ctx.slots.number('k') * n), resolution: 1e-3, training: untrained, where: { phi, L, n } });
    });
  },
});

export const factorArithmeticVsBaseline = defineClaim({
  id: 'infinite-width-ntk/finite-width-gradient-factor-reading-b-vs-baseline',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'at quick (10 nets) all 12 cases straddle: the per-net mean factor of ReLU nets has a heavy tail (log factors spread over about sqrt(5L/4n) between nets), so the nearest decision, ReLU L = 64, n = 32 (0.240, CI [0.044, 0.437], 0.054 below the band edge 0.294), asks n(h/d)^2 = 10 (0.197 / 0.054)^2, about 130 nets, and the support of ReLU L = 32, n = 16 (0.375 at the band centre, half-width 0.87 against a band half-width of 0.07) about 1500; the full budget has 50.' },
  alternativeOf: factorVsBaselineId,
  source: { file, quote: factorQuote },
  statement: factorStatement,
  reading: `Scope forall, as the primary. Reading B relative to the baseline: the expected factor E[G] (per net the plain mean of G over its 16 inputs) divided by the infinite-width factor sqrt(prod chi_l) at the same depth; the mean over nets (replicates) must lie within +-20% of exp(-L/2n). ${baselineWhy} ${factorCommon}`,
  kind: 'statistical',
  scale: { quick: { nets: 10 }, standard: { nets: 20 }, full: { nets: 50 } },
  tolerance: factorTolerance,
  judgements: factorCases.length,
  correction: factorCorrection('算术平均，相对于无限宽极限的因子'),
  check: (ctx) => {
    factorCases.forEach(({ phi, n, L }, i) => {
      const base = Math.exp(logBaseline(ctx, phi, L));
      const samples = factorSamples(ctx, phi, L, n, 'arithmetic', 100 + i).map((g) => g / base);
      ctx.judge.replicated({ label: 'E[G] / infinite-width factor, per net', samples, asserted: Math.exp(-L / (ctx.slots.number('k') * n)), resolution: 1e-3, training: untrained, where: { phi, L, n } });
    });
  },
});

export const factorGeometric = defineClaim({
  id: 'infinite-width-ntk/finite-width-gradient-factor-reading-a',
  scope: 'forall',
  alternativeOf: factorVsBaselineId,
  source: { file, quote: factorQuote },
  statement: factorStatement,
  reading: `Scope forall: the approximation is stated without hedge for every case of the premise. Reading A: the factor of a typical network: per net the geometric mean exp(E[log G]) over its inputs (for the near-log-normal G also its median), because a given network trains with its own factor and log G, a sum over layers, is what concentrates. ${firstDesign('exp(E[log G])')} ${factorCommon}`,
  kind: 'statistical',
  scale: { quick: { nets: 10 }, standard: { nets: 20 }, full: { nets: 50 } },
  tolerance: factorTolerance,
  judgements: factorCases.length,
  correction: factorCorrection('几何平均/中位数'),
  check: (ctx) => {
    factorCases.forEach(({ phi, n, L }, i) => ctx.judge.replicated({ label: 'typical gradient-norm factor exp(E log G), per net', samples: factorSamples(ctx, phi, L, n, 'geometric', i), asserted: Math.exp(-L / (ctx.slots.number('k') * n)), resolution: 1e-3, training: untrained, where: { phi, L, n } }));
  },
});

export const factorArithmetic = defineClaim({
  id: 'infinite-width-ntk/finite-width-gradient-factor-reading-b',
  scope: 'forall',
  alternativeOf: factorVsBaselineId,
  source: { file, quote: factorQuote },
  statement: factorStatement,
  reading: `Scope forall: the approximation is stated without hedge for every case of the premise. Reading B: the expected factor E[G], the plain average over networks and inputs (per net the mean over its 16 inputs; t-interval over nets). ${firstDesign('E[G]')} ${factorCommon}`,
  kind: 'statistical',
  scale: { quick: { nets: 10 }, standard: { nets: 20 }, full: { nets: 50 } },
  tolerance: factorTolerance,
  judgements: factorCases.length,
  correction: factorCorrection('算术平均'),
  check: (ctx) => {
    factorCases.forEach(({ phi, n, L }, i) => ctx.judge.replicated({ label: 'mean gradient-norm factor E[G], per net', samples: factorSamples(ctx, phi, L, n, 'arithmetic', 100 + i), asserted: Math.exp(-L / (ctx.slots.number('k') * n)), resolution: 1e-3, training: untrained, where: { phi, L, n } }));
  },
});

export const factorNotOne = defineClaim({
  id: 'infinite-width-ntk/finite-width-gradient-factor-not-one',
  scope: 'forall',
  source: { file, quote: '在整个网络中变化的因子不再是精确的 {one:number}' },
  statement: 'At finite width the gradient-norm factor through the network is no longer exactly {one}.',
  reading: 'Scope forall: "不再是精确的 1" is definite for every finite net of the cases, judged on the typical factor with its interval. For He-initialised ReLU nets (where the infinite-width factor is exactly 1) of L = n = 16 and L = n = 32: the typical factor exp(E[log G]) lies measurably below 1 (at most 0.98), in the direction the sentence gives. Measured as in infinite-width-ntk/finite-width-gradient-factor-reading-a.',
  kind: 'statistical',
  scale: { quick: { nets: 10 }, standard: { nets: 20 }, full: { nets: 50 } },
  tolerance: noMoreThan(0.98, 'the band is a factor of at most 0.98 of the text\'s exact value: a 2% departure is the least that "no longer 1" can be told from by a few dozen nets'),
  judgements: 2,
  correction: (e) => `在有限宽度下，梯度范数因子仍然接近 ${e.slots.number('one')}`,
  check: (ctx) => {
    const one = ctx.slots.number('one');
    for (const n of [16, 32]) {
      const d = factorDraws(ctx, 'relu', n, n, 'geometric', 200 + n);
      ctx.judge.sequential({ label: 'typical gradient-norm factor (ReLU, He)', statistic: 'geometricMean', n: d.n, draw: (i) => d.draw(i) / one, where: { L: n, n } });
    }
  },
});

const tugCases = [['relu', 8], ['relu', 16], ['tanh', 8], ['tanh', 16]] as const;
const tugVsBaselineId = 'infinite-width-ntk/depth-width-tug-of-war-vs-baseline';

export const tugOfWarVsBaseline = defineClaim({
  id: tugVsBaselineId,
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'at quick (10 pairs) all four cases straddle: ReLU log factors spread between nets (about sqrt(5L/4n)), so the nearest decision, ReLU L = 16 (0.554, CI [-1.283, 2.391], 0.454 above the band edge 0.1), asks n(h/d)^2 = 10 (1.84 / 0.454)^2, about 160 pairs, and tanh L = 8 (0.104, half-width 0.29, at the band edge) far more; the full budget has 50.' },
  primary: { why: 'the sentence reads the formula exp(-L/2n) just before it: the tug of war is the finite-width correction\'s dependence on L/n, so the infinite-width factor, which depends on depth alone, is divided out' },
  source: { file, quote: '稳定性是深度和宽度之间的一场拉锯战' },
  statement: 'The formula shows that stability is a tug of war between depth and width: the factor depends on L/n.',
  reading: `Scope forall: a definite statement that the finite-width factor depends on L/n alone, so every doubled pair must leave it unchanged. Per pair of independent nets at (L, n) and (2L, 2n), the log ratio of their typical factors (mean of ln G over 16 inputs), each divided by its infinite-width factor sqrt(prod chi_l) at its own depth: ln(G(2L, 2n) / B(2L)) - ln(G(L, n) / B(L)), a replicate; the mean over pairs must lie within 0.1 of 0 (the ratio within about +-10% of 1). Conditions (L, n) = (8, 16) and (16, 16), both activations at their critical initialisation; G as in ${factorVsBaselineId}. Issue 18 (Confounds): the first design (infinite-width-ntk/depth-width-tug-of-war, kept as its own reading) judged the raw ratio, in which tanh's depth-driven infinite-width decay B(2L) / B(L) < 1 stands in for the finite-width dependence the sentence states, and judged it with judge.sequential, which cannot refute a statistical claim; this design, chosen after those results were seen, divides out the baseline and judges with a gated method.`,
  kind: 'statistical',
  scale: { quick: { nets: 10 }, standard: { nets: 20 }, full: { nets: 50 } },
  tolerance: absolute(0.1, 'a finite-width factor that depends on L/n only gives log ratio 0 up to the O(L/n^2) corrections (a few percent here); +-0.1 (the log form of the first design\'s +-10%) leaves room for them and catches a depth-driven decay'),
  judgements: tugCases.length,
  correction: () => '有限宽度带来的梯度因子（相对于无限宽极限的因子）并不只取决于 L/n',
  check: (ctx) => {
    tugCases.forEach(([phi, L], i) => {
      const a = factorDraws(ctx, phi, L, 16, 'geometric', 300 + i);
      const b = factorDraws(ctx, phi, 2 * L, 32, 'geometric', 400 + i);
      const shift = logBaseline(ctx, phi, 2 * L) - logBaseline(ctx, phi, L);
      const samples = Array.from({ length: a.n }, (_, j) => Math.log(b.draw(j)) - Math.log(a.draw(j)) - shift).filter(Number.isFinite);
      ctx.judge.replicated({ label: 'ln[G(2L, 2n) / B(2L)] - ln[G(L, n) / B(L)], per pair', samples, asserted: 0, resolution: 1e-3, training: untrained, where: { phi, L, n: 16 } });
    });
  },
});

export const tugOfWar = defineClaim({
  id: 'infinite-width-ntk/depth-width-tug-of-war',
  scope: 'forall',
  decidingBudget: { budget: 'full', why: 'a refutation: at quick (10 pairs) all four cases straddle; tanh carries its depth-driven infinite-width decay ln(B(2L) / B(L)), about -0.34, and tanh L = 8 (-0.256, CI [-0.513, 0.001], 0.156 below the band edge -0.1) is decided outside by about 25 pairs, which the full budget\'s 50 give (the standard budget\'s 20 may not). The ReLU cases, about +0.03 and +0.06 by the final referee\'s simulation with a per-pair spread near 1, would take thousands of pairs to settle inside, so the qualifier phi = relu stays undecided at every budget.' },
  alternativeOf: tugVsBaselineId,
  source: { file, quote: '稳定性是深度和宽度之间的一场拉锯战' },
  statement: 'The formula shows that stability is a tug of war between depth and width: the factor depends on L/n.',
  reading: `Scope forall: a definite statement that the factor depends on L/n alone, so every doubled pair must leave it unchanged, judged with its interval. A function of L/n only: doubling depth and width together leaves the typical factor unchanged. Per pair of independent nets, the log ratio ln G(2L, 2n) - ln G(L, n) of their typical factors (each the geometric mean over 16 inputs) is a replicate; their mean must lie within 0.1 of 0. (At first the replicate was the ratio itself, judged by its mean against 1 within 10%: the ratio of two independent near-log-normal factors has mean exp((s1^2 + s2^2) / 2) > 1 even when the factor depends on L/n alone, about 1.27 for ReLU at L = 8 and 2 at L = 16 (final referee, session 7, #21), so at enough pairs it would have refuted ReLU through Jensen's inequality, not through the text. The mean log ratio is the typical ratio the reading names, and it is unbiased where the L/n law holds; the first design is not kept because it measured a bias, not a reading of the sentence.) Conditions (L, n) = (8, 16) and (16, 16), both activations at their critical initialisation. The first design (kept as its own reading, per ground rule 1; the primary is ${tugVsBaselineId}): the raw ratio, without the infinite-width baseline, so tanh's depth-driven infinite-width decay counts against it. Its judgement moved from judge.sequential (not gated: it could not refute at any budget) to judge.replicated over the same per-pair ratios, so that it can fail.`,
  kind: 'statistical',
  scale: { quick: { nets: 10 }, standard: { nets: 20 }, full: { nets: 50 } },
  tolerance: absolute(0.1, 'a factor that depends on L/n only gives log ratio 0 up to the O(L/n^2) corrections (a few percent here); +-0.1 (the log form of +-10%) leaves room for them and catches a depth-driven decay such as tanh\'s infinite-width 1/sqrt(L)'),
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  judgements: 4,
  correction: (e) => e.qualifiedBy ? '对 ReLU（He 初始化），稳定性是深度和宽度之间的一场拉锯战（因子只取决于 L/n）；对 tanh（σ_w²=1）深度本身就会使梯度衰减，加倍宽度不能抵消加倍深度' : '梯度因子并不只取决于 L/n',
  check: (ctx) => {
    tugCases.forEach(([phi, L], i) => {
      const a = factorDraws(ctx, phi, L, 16, 'geometric', 300 + i);
      const b = factorDraws(ctx, phi, 2 * L, 32, 'geometric', 400 + i);
      const samples = Array.from({ length: a.n }, (_, j) => { const x = a.draw(j); return Math.log(b.draw(j)) - Math.log(x); }).filter(Number.isFinite);
      ctx.judge.replicated({ label: 'ln G(2L, 2n) - ln G(L, n), per pair', samples, asserted: 0, resolution: 1e-3, training: untrained, where: { phi, L, n: 16 } });
    });
  },
});

const tooDeepQuote = '对于其宽度而言过深的网络（$L \\gg n$）将遭受[梯度消失](@article_id:642027)的困扰';
const tooDeepStatement = 'A network too deep for its width (L >> n) suffers from vanishing gradients.';
const depthRatios = [1, 2, 4];

export const tooDeepVanishes = defineClaim({
  id: 'infinite-width-ntk/too-deep-for-width-vanishes',
  primary: { why: 'the sentence draws the consequence of exp(-L/2n) just before it: as L grows past n the factor keeps shrinking, a statement about the rate, judged as the sibling factor claims measure it' },
  source: { file, quote: tooDeepQuote },
  statement: tooDeepStatement,
  scope: 'asymptotic',
  decidingBudget: { budget: 'full', why: 'ReLU at n = 8 straddles: slope -0.99 (CI [-2.96, 0.98], 12 points: 4 nets by 3 depths) is 0.99 from the band edge 0 with half-width 1.97: n(h/d)^2 = 48 points, 16 nets per depth; the full budget\'s 20 nets give 60 (the standard budget\'s 8 give 24).' },
  reading: 'L >> n is the direction the depth-to-width ratio grows in: at widths n = 8 and 16, depths L = n, 2n and 4n. Vanishing = the typical gradient-norm factor falls as L/n grows: per net, the log of its typical factor (the mean of log G over its 16 inputs, inputs whose gradient vanishes exactly, a ReLU layer with every unit off, dropped and counted as in infinite-width-ntk/finite-width-gradient-factor-reading-a); the least-squares slope of that log on L/n over independent nets (count as in the claim\'s scale) is negative. Both activations at the chapter\'s critical initialisations; G as in infinite-width-ntk/finite-width-gradient-factor-reading-a. At quick, 4 nets per depth leave the ReLU n = 8 slope undecided (nets whose every input lost its gradient are dropped); the standard budget\'s 8 and the full budget\'s 20 are meant to decide it.',
  kind: 'statistical',
  scale: { quick: { nets: 4 }, standard: { nets: 8 }, full: { nets: 20 } },
  tolerance: below(0, '"suffers vanishing gradients" as depth outgrows width: a negative slope of the log typical factor on L/n, of whatever size'),
  judgements: 4,
  correction: () => 'L ≫ n 时梯度并不一定消失',
  check: (ctx) => {
    for (const phi of ['relu', 'tanh'] as const) {
      for (const n of [8, 16]) {
        const x: number[] = [];
        const y: number[] = [];
        for (const ratio of depthRatios) {
          const { draw } = factorDraws(ctx, phi, ratio * n, n, 'geometric', 700 + 10 * n + ratio);
          for (let i = 0; i < ctx.scaled.nets; i++) {
            // A net whose every input lost its gradient exactly has no typical factor: dropped, counted by factorDraws.
            const v = Math.log(draw(i));
            if (Number.isFinite(v)) { x.push(ratio); y.push(v); }
          }
        }
        ctx.judge.trend({ label: 'slope of ln(typical factor) on L/n', x, y, resolution: 1e-3, training: { untrained: 'gradients of random nets at initialisation; nothing is trained' }, where: { phi, n } });
      }
    }
  },
});

export const tooDeepVanishesFraction = defineClaim({
  id: 'infinite-width-ntk/too-deep-for-width-vanishes-fraction',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/too-deep-for-width-vanishes',
  source: { file, quote: tooDeepQuote },
  statement: tooDeepStatement,
  reading: 'Scope forall: the first design, judged at fixed L = 4n cases (the primary reads the sentence asymptotically, as a rate in L/n). L >> n read as L = 4n (n = 8, L = 32 and n = 16, L = 64); vanishing = for most inputs the gradient norm shrinks at least tenfold through the net: per net, the fraction of its 16 inputs with G <= 0.1 (an input whose gradient vanishes exactly, a ReLU layer with every unit off, counts as vanished); nets are i.i.d. samples and the mean fraction must be at least 1/2. Both activations at the chapter\'s critical initialisations; G as in infinite-width-ntk/finite-width-gradient-factor-reading-a. (A first version judged the geometric mean of G with exactly vanished gradients floored at 1e-30; the floor dominated the log-scale variance and the ReLU n = 8 interval spanned 1e-14..550: inconclusive for an artefact of the floor, so the statistic was replaced by this fraction, with its two thresholds, 0.1 and 1/2, chosen after that run. Kept as an alternative since the re-judging of issue 18: the primary reading judges the rate the sibling claims measure, dropping exactly vanished gradients as they do.)',
  kind: 'statistical',
  scale: { quick: { nets: 10 }, standard: { nets: 20 }, full: { nets: 50 } },
  tolerance: noLessThan(0.5, 'the band is a fraction >= 1/2: "suffers vanishing gradients" means the typical input, i.e. most of them, loses an order of magnitude of gradient norm'),
  judgements: 4,
  correction: (e) => { const o = e.observations.find((x) => x.outcome === 'outside')!; return `L ≫ n 时梯度并不一定消失（${o.where.phi}，L=${o.where.L}，n=${o.where.n} 时只有 ${(100 * o.measured!).toFixed(0)}% 的输入梯度缩小十倍以上）`; },
  check: (ctx) => {
    const { nets } = ctx.scaled;
    ctx.record('nets per condition (16 inputs each)', nets);
    [['relu', 8], ['relu', 16], ['tanh', 8], ['tanh', 16]].forEach(([phi, n], i) => {
      const p = phi as 'relu' | 'tanh';
      const L = 4 * (n as number);
      const draw = (j: number) => { const g = inputGradientFactors(ctx.tf, { depth: L, width: n as number, activation: p as Activation, weightVariance: (k) => critical[p] / k, seed: ctx.seeds.child('net', i, j).value, batchSize: 16 }); return g.filter((v) => v <= 0.1).length / g.length; };
      ctx.judge.sequential({ label: 'fraction of inputs with G <= 0.1', statistic: 'mean', n: nets, draw, where: { phi: p, L, n: n as number } });
    });
  },
});

const wideningVsBaselineId = 'infinite-width-ntk/widening-compensates-vs-baseline';

// The restored factor at depth 32 and width n, relative to its infinite-width baseline, for both activations.
function wideningCheck(ctx: CheckContext<{ nets: number }>, n: number): void {
  (['relu', 'tanh'] as const).forEach((phi, i) => {
    const base = logBaseline(ctx, phi, 32);
    const samples = factorSamples(ctx, phi, 32, n, 'geometric', 600 + i).map((g) => Math.log(g) - base);
    ctx.judge.replicated({ label: `ln(typical factor / infinite-width factor) at L = 32, n = ${n}, per net`, samples, asserted: 0, resolution: 1e-3, training: untrained, where: { phi } });
  });
}
const wideningSource = { file, quote: '但这可以通过加宽网络来抵消' };
const wideningStatement = 'Vanishing gradients from excessive depth can be compensated by widening the network.';
const wideningTolerance = absolute(0.2, 'compensated = restored to within +-0.2 of the infinite-width log factor (a factor within x0.82..x1.22, the log form of the first design\'s +-20%, the same band as the factor claims)');
const wideningBaselineWhy = 'Issue 18 (Confounds): the first design (infinite-width-ntk/widening-compensates, kept as its own reading) asked the raw factor to return to 1, which tanh (sigma_w^2 = 1, zero bias) cannot reach at any width since its infinite-width factor is itself below 1, and judged it with judge.sequential, which cannot refute a statistical claim; the baseline design, chosen after those results were seen, divides out the baseline and judges with a gated method.';

export const wideningCompensatesVsBaseline = defineClaim({
  id: wideningVsBaselineId,
  scope: 'forall',
  primary: { why: 'the sentence continues the tug of war of exp(-L/2n): what widening can compensate is the finite-width loss, the gap to the infinite-width factor at that depth, which no width can move' },
  source: wideningSource,
  statement: wideningStatement,
  reading: `Scope forall: "可以…抵消" states a general remedy (widening offsets the depth), so it must hold for both activations of the paragraph at the depth tried. At depth L = 32, widening from n = 8 (L = 4n) to n = 1024 (L/n = 1/32) must bring the typical factor back to its infinite-width value: per net, ln of its typical factor (mean of ln G over 16 inputs) minus ln sqrt(prod chi_l) over the 32 layers; the mean over nets (replicates) must lie within 0.2 of 0. Both activations at the chapter's critical initialisations; G as in ${factorVsBaselineId}. The width is the final referee's (session 7, #23): at the earlier n = 256 (infinite-width-ntk/widening-compensates-vs-baseline-n256, kept as its own reading) ReLU's expected value -5L/4n = -0.156 sits 0.04 inside the band edge, so no budget decided it; at n = 1024 it is -0.04, and tanh's excess about -0.06. ${wideningBaselineWhy}`,
  kind: 'statistical',
  scale: { quick: { nets: 6 }, standard: { nets: 10 }, full: { nets: 20 } },
  tolerance: wideningTolerance, judgements: 2,
  timeLimit: { quick: 300, standard: 900, full: 2400 }, // width-1024 nets: 80-100 s at quick on a loaded 2-core machine
  correction: () => '加宽网络并不能抵消有限宽度带来的梯度消失',
  check: (ctx) => wideningCheck(ctx, 1024),
});

export const wideningCompensatesVsBaselineN256 = defineClaim({
  id: 'infinite-width-ntk/widening-compensates-vs-baseline-n256',
  scope: 'forall',
  alternativeOf: wideningVsBaselineId,
  decidingBudget: { budget: 'beyond', why: 'at quick (6 nets) both straddle (ReLU -0.082, CI [-0.412, 0.248]); ReLU\'s expected typical log factor -5L/4n = -0.156 lies 0.044 inside the band edge -0.2, so at that value n(h/d)^2 = 6 (0.33 / 0.044)^2, about 340 nets, decide it; the full budget has 20.' },
  source: wideningSource,
  statement: wideningStatement,
  reading: `The first baseline design, kept as its own reading (ground rule 1; the primary is ${wideningVsBaselineId}, at n = 1024): as the primary, but widening only to n = 256 (L/n = 1/8), where ReLU's expected log factor -5L/4n = -0.156 lies 0.04 inside the band edge, so the width, not the text, keeps it undecided. ${wideningBaselineWhy}`,
  kind: 'statistical',
  scale: { quick: { nets: 6 }, standard: { nets: 10 }, full: { nets: 20 } },
  tolerance: wideningTolerance,
  judgements: 2,
  correction: () => '加宽网络并不能抵消有限宽度带来的梯度消失',
  check: (ctx) => wideningCheck(ctx, 256),
});

export const wideningCompensates = defineClaim({
  id: 'infinite-width-ntk/widening-compensates',
  scope: 'forall',
  alternativeOf: wideningVsBaselineId,
  source: { file, quote: '但这可以通过加宽网络来抵消' },
  statement: 'Vanishing gradients from excessive depth can be compensated by widening the network.',
  reading: `Scope forall: "可以…抵消" states a general remedy (widening offsets the depth), not a chance that it sometimes works, so it must hold for both activations of the paragraph at the depth tried. At depth L = 32, widening from n = 8 (L = 4n, vanishing) to n = 256 (L/n = 1/8) must bring the typical factor exp(E[log G]) back to within 20% of 1: the mean over nets of their typical factors. Both activations at the chapter's critical initialisations; measured as in ${factorVsBaselineId} (the narrow end is infinite-width-ntk/too-deep-for-width-vanishes). The first design (kept as its own reading, per ground rule 1; the primary is ${wideningVsBaselineId}): the raw factor against 1, which tanh's infinite-width factor is itself below. Its judgement moved from judge.sequential (not gated: it could not refute at any budget) to judge.replicated over the same per-net factors, so that it can fail.`,
  kind: 'statistical',
  scale: { quick: { nets: 3 }, standard: { nets: 8 }, full: { nets: 20 } },
  tolerance: relative(0.2, 'compensated = restored to within 20% of the stable value 1, the same band as the factor claims'),
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  judgements: 2,
  // The raw factor misses 1 through tanh's infinite-width decay (root: edge-of-chaos-preserves-signal), not through
  // widening, which the primary shows restores the infinite-width factor (final referee, session 7, #23).
  correction: (e) => e.qualifiedBy ? '对 ReLU，这可以通过加宽网络来抵消；对 tanh（σ_w²=1）加宽并不能恢复梯度，因为它在无限宽时也随深度衰减' : '加宽网络能抵消有限宽度带来的梯度衰减；但对 tanh（σ_w²=1，无偏置），梯度在无限宽时也随深度衰减，这一部分加宽无法消除',
  check: (ctx) => {
    (['relu', 'tanh'] as const).forEach((phi, i) => ctx.judge.replicated({ label: 'typical gradient-norm factor at L = 32, n = 256, per net', samples: factorSamples(ctx, phi, 32, 256, 'geometric', 600 + i), asserted: 1, resolution: 1e-3, training: untrained, where: { phi } }));
  },
});
