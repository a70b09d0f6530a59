// § 弥合差距：有限网络的真实世界, the gradients paragraph
// The text: in the infinite limit gradients are perfectly stable; at finite width n and depth L the
// gradient-norm factor is closer to exp(-L/2n), a tug of war between depth and width: L >> n vanishes,
// widening compensates.
// How we test it: the per-input ratio G = |dL/dx| / |dL/dh_L| of fresh square nets (tfjs autodiff),
// compared with exp(-L/2n) in two readings (the typical net: geometric mean; the arithmetic mean), and
// the infinite-width recursion. What would refute it: a factor outside +-20% of exp(-L/2n); a deep narrow
// net whose gradient does not vanish; widening that does not restore it.
import { below, defineClaim, noLessThan, noMoreThan, relative, writeQuote, type CheckContext, type EvidenceView } from '../../src/claim/index.js';
import { inputGradientFactors } from '../../src/nets/probe/gradients/input-gradient.js';
import { meanFieldTrajectory, standardNormals } from '../../src/nets/theory/mean-field.js';
import type { Activation } from '../../src/nets/base/activations.js';

const file = 'infinite-width-ntk.md';

// The qualified verdict's edit, as a word edit the choice slot reads: the stability is stated for ReLU
// (sigma_w^2 = 2) and the tanh decay is added after the quote.
const FOR_RELU = '宽极限下，对 ReLU（$\\sigma_w^2 = 2$）';
const stableQuote = `在无限{lim:极限下|${FOR_RELU}}，梯度是完全稳定的`;
const tanhDecays = '；对 tanh（$\\sigma_w^2 = 1$，无偏置），即使在无限宽极限下梯度也随深度衰减';
const stableTolerance = relative(0.05, 'a deterministic recursion up to Monte Carlo error of well under 1% per layer; "perfectly" leaves little room: +-5% over 32 layers');

export const infiniteWidthGradientsStable = defineClaim({
  id: 'infinite-width-ntk/infinite-width-gradients-stable',
  scope: 'forall',
  follows: 'infinite-width-ntk/edge-of-chaos-preserves-signal',
  source: { file, quote: stableQuote },
  statement: 'In the infinite-width limit, gradients are perfectly stable, as the text scopes it: 在无限{lim} (for every activation, or for ReLU at sigma_w^2 = 2 with tanh\'s decaying).',
  reading: 'At the critical initialisations of the chapter (tanh sigma_w^2 = 1, ReLU sigma_w^2 = 2, zero bias, N(0, I) inputs), the infinite-width factor of the back-propagated squared gradient norm per layer is chi_l = sigma_w^2 E[phi\'(z_l)^2] along the variance recursion (phi\' by tfjs autodiff on 2^14 standardised normal samples); perfectly stable = its product over 32 layers within +-5% of 1. The paragraph\'s exp(-L/2n) correction is Hanin\'s ReLU result, where the sentence holds; its tanh failure (sigma_w^2 = 1, no bias) is the decay along the variance recursion that infinite-width-ntk/edge-of-chaos-preserves-signal already reports, so a refutation here folds under that root (docs/reviews/findings-engine.md #24). Where the text states the stability for ReLU and adds that tanh gradients decay even in the limit, ReLU\'s product is judged as before and tanh\'s must lie below the band.',
  kind: 'exact',
  tolerance: stableTolerance,
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  correction: (e) => (e.qualifiedBy
    ? { replace: { span: writeQuote(stableQuote, e.slots.values), text: writeQuote(stableQuote, e.slots.values, { lim: FOR_RELU }) + tanhDecays } }
    : '在无限宽极限下梯度并不稳定'),
  check: (ctx) => {
    const u = standardNormals(ctx.tf, 1 << 13, ctx.seeds.child('gaussian-samples').value);
    for (const phi of ['relu', 'tanh'] as const) {
      const v = phi === 'relu' ? 2 : 1;
      const { chi } = meanFieldTrajectory(ctx.tf, phi, v, 0, v, 32, u);
      if (phi === 'tanh' && ctx.slots.choice('lim') === FOR_RELU) {
        const product = chi.reduce((a, b) => a * b, 1);
        ctx.judge.holds({ label: 'product of chi_l over 32 layers (squared gradient norm) decays below the band', holds: product < stableTolerance.band(1)[0], values: { product }, where: { phi } });
        continue;
      }
      ctx.judge.value({ label: 'product of chi_l over 32 layers (squared gradient norm)', measured: chi.reduce((a, b) => a * b, 1), asserted: 1, where: { phi } });
    }
  },
});

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

const factorCases = (['relu', 'tanh'] as const).flatMap((phi) => [16, 32].flatMap((n) => [0.5, 1, 2].map((ratio) => ({ phi, n, L: n * ratio }))));
const factorQuote = '而是更接近 $\\exp(-L/{k:number}n)$';
const factorStatement = 'At finite width n and depth L the factor by which the gradient norm changes through the network is close to exp(-L/{k}n).';
const factorCommon = 'Square nets of L hidden layers of width n (plus input and readout of width n), zero biases, at the chapter\'s critical initialisations (tanh sigma_w^2 = 1, ReLU sigma_w^2 = 2, Var(W) = sigma_w^2 / n exactly); per input, G = |dL/dx| / |dL/dh_L| for L = sum(output * r), r ~ N(0, I), by tfjs autodiff; 16 N(0, I) inputs per net, nets are i.i.d. samples. Conditions: n in {16, 32}, L/n in {1/2, 1, 2}, both activations. A deep linear Gaussian net would give exactly E[log G] = -L/2n to leading order; the chapter\'s activations are tanh and ReLU.';
const factorTolerance = relative(0.2, '"closer to exp(-L/2n)" is an approximation: +-20% on the factor admits higher-order corrections (O(L/n^2), a few percent at n >= 16) and still separates exp(-L/2n) from, e.g., exp(-5L/4n), the leading-order typical factor of He-initialised ReLU nets, at L/n >= 1/2');
const factorCorrection = (stat: string) => (e: EvidenceView) => {
  const rows = e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.where.phi} L=${o.where.L} n=${o.where.n}: ${o.measured!.toFixed(3)}（exp(-L/${e.slots.number('k')}n)=${o.asserted!.toFixed(3)}）`);
  return `梯度范数在整个网络中变化的因子（${stat}）并不接近 $\\exp(-L/${e.slots.number('k')}n)$：${rows.join('；')}`;
};

export const factorGeometric = defineClaim({
  id: 'infinite-width-ntk/finite-width-gradient-factor-reading-a',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'no budget decides it as the design stands: judge.sequential is not a gated method, so in this statistical claim an interval wholly outside the band is held back at every budget (tanh at every (L, n) and ReLU at L = 32, n = 16: typical factors 0.03-0.22 against bands 0.29-0.93), and more nets cannot bring those cases inside. Deciding it needs a gated judgement (judge.replicated over per-net factors), and the tanh cases judged against their infinite-width baseline, the product of chi_l, which is below 1 at zero bias (infinite-width-ntk/infinite-width-gradients-stable), not more draws.' },
  primary: { why: 'the next sentence speaks of a network too deep for its width suffering vanishing gradients: the factor of a given, typical network' },
  source: { file, quote: factorQuote },
  statement: factorStatement,
  reading: `Scope forall: the approximation is stated without hedge for every case of the premise, judged on each typical factor with its interval. Reading A (one of two; reading B is infinite-width-ntk/finite-width-gradient-factor-reading-b): the factor of a typical network: the geometric mean exp(E[log G]) (for the near-log-normal G also its median), because a given network trains with its own factor and log G, a sum over layers, is what concentrates. ${factorCommon}`,
  kind: 'statistical',
  scale: { quick: { nets: 10 }, standard: { nets: 20 }, full: { nets: 50 } },
  tolerance: factorTolerance,
  judgements: factorCases.length,
  correction: factorCorrection('几何平均/中位数'),
  check: (ctx) => {
    factorCases.forEach(({ phi, n, L }, i) => ctx.judge.sequential({ label: 'typical gradient-norm factor exp(E log G)', statistic: 'geometricMean', ...factorDraws(ctx, phi, L, n, 'geometric', i), asserted: Math.exp(-L / (ctx.slots.number('k') * n)), where: { phi, L, n } }));
  },
});

export const factorArithmetic = defineClaim({
  id: 'infinite-width-ntk/finite-width-gradient-factor-reading-b',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'no budget decides it as the design stands: judge.sequential is not a gated method, so in this statistical claim an interval wholly outside the band is held back at every budget (tanh at every (L, n): E[G] 0.06-0.25 against bands 0.29-0.93), and more nets cannot bring those cases inside. Deciding it needs a gated judgement (judge.replicated over per-net factors), and the tanh cases judged against their infinite-width baseline, the product of chi_l, which is below 1 at zero bias (infinite-width-ntk/infinite-width-gradients-stable), not more draws.' },
  alternativeOf: 'infinite-width-ntk/finite-width-gradient-factor-reading-a',
  source: { file, quote: factorQuote },
  statement: factorStatement,
  reading: `Scope forall: the approximation is stated without hedge for every case of the premise, judged on each mean with its interval. Reading B (one of two; reading A is infinite-width-ntk/finite-width-gradient-factor-reading-a): the expected factor E[G], the plain average over networks and inputs (per net the mean over its 16 inputs; t-interval over nets). ${factorCommon}`,
  kind: 'statistical',
  scale: { quick: { nets: 10 }, standard: { nets: 20 }, full: { nets: 50 } },
  tolerance: factorTolerance,
  judgements: factorCases.length,
  correction: factorCorrection('算术平均'),
  check: (ctx) => {
    factorCases.forEach(({ phi, n, L }, i) => ctx.judge.sequential({ label: 'mean gradient-norm factor E[G]', statistic: 'mean', ...factorDraws(ctx, phi, L, n, 'arithmetic', 100 + i), asserted: Math.exp(-L / (ctx.slots.number('k') * n)), where: { phi, L, n } }));
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

export const tugOfWar = defineClaim({
  id: 'infinite-width-ntk/depth-width-tug-of-war',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'every case straddles: supporting it needs each geometric-mean ratio inside [0.9, 1.1], and at ReLU L = 8 the quick log-scale half-width 0.93 (10 nets) against a band of +-0.1 asks about 10 (0.93 / 0.1)^2 = 860 nets, beyond the full budget\'s 50; refuting the tanh cases (0.77, 0.76) needs a gated judgement, since judge.sequential in a statistical claim cannot refute at any budget.' },
  source: { file, quote: '稳定性是深度和宽度之间的一场拉锯战' },
  statement: 'The formula shows that stability is a tug of war between depth and width: the factor depends on L/n.',
  reading: 'Scope forall: a definite statement that the factor depends on L/n alone, so every doubled pair must leave it unchanged, judged with its interval. A function of L/n only: doubling depth and width together leaves the typical factor unchanged. Per pair of independent nets, the ratio G(2L, 2n) / G(L, n) of their typical factors (geometric mean over 16 inputs) is a sample; their geometric mean must be 1. Conditions (L, n) = (8, 16) and (16, 16), both activations at their critical initialisation.',
  kind: 'statistical',
  scale: { quick: { nets: 10 }, standard: { nets: 20 }, full: { nets: 50 } },
  tolerance: relative(0.1, 'a factor that depends on L/n only gives ratio 1 up to the O(L/n^2) corrections (a few percent here); +-10% leaves room for them and catches a depth-driven decay such as tanh\'s infinite-width 1/sqrt(L)'),
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  judgements: 4,
  correction: (e) => e.qualifiedBy ? '对 ReLU（He 初始化），稳定性是深度和宽度之间的一场拉锯战（因子只取决于 L/n）；对 tanh（σ_w²=1）深度本身就会使梯度衰减，加倍宽度不能抵消加倍深度' : '梯度因子并不只取决于 L/n',
  check: (ctx) => {
    [['relu', 8], ['relu', 16], ['tanh', 8], ['tanh', 16]].forEach(([phi, L], i) => {
      const p = phi as 'relu' | 'tanh';
      const a = factorDraws(ctx, p, L as number, 16, 'geometric', 300 + i);
      const b = factorDraws(ctx, p, 2 * (L as number), 32, 'geometric', 400 + i);
      ctx.judge.sequential({ label: 'G(2L, 2n) / G(L, n)', statistic: 'geometricMean', n: a.n, draw: (j) => { const x = a.draw(j); return b.draw(j) / x; }, asserted: 1, where: { phi: p, L: L as number, n: 16 } });
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

export const wideningCompensates = defineClaim({
  id: 'infinite-width-ntk/widening-compensates',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'no budget decides it as the design stands: judge.sequential is not a gated method, so in this statistical claim an interval wholly outside the band is held back at every budget (tanh at L = 32, n = 256: 0.136, CI [0.111, 0.167], against [0.8, 1.2]), and more nets cannot bring those cases inside. Deciding it needs a gated judgement (judge.replicated over per-net factors) with the tanh case judged against its infinite-width baseline (the product of chi_l over 32 layers, below 1 at zero bias); the ReLU case alone (1.01, log half-width 0.23 at 3 nets, 0.17 from the band edge) would need about 6 nets, the standard budget\'s 8, not more draws.' },
  source: { file, quote: '但这可以通过加宽网络来抵消' },
  statement: 'Vanishing gradients from excessive depth can be compensated by widening the network.',
  reading: 'Scope forall: "可以…抵消" states a general remedy (widening offsets the depth), not a chance that it sometimes works, so it must hold for both activations of the paragraph at the depth tried. At depth L = 32, widening from n = 8 (L = 4n, vanishing) to n = 256 (L/n = 1/8) must bring the typical factor exp(E[log G]) back to within 20% of 1. Both activations at the chapter\'s critical initialisations; measured as in infinite-width-ntk/finite-width-gradient-factor-reading-a (the narrow end is infinite-width-ntk/too-deep-for-width-vanishes).',
  kind: 'statistical',
  scale: { quick: { nets: 3 }, standard: { nets: 8 }, full: { nets: 20 } },
  tolerance: relative(0.2, 'compensated = restored to within 20% of the stable value 1, the same band as the factor claims'),
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  judgements: 2,
  correction: (e) => e.qualifiedBy ? '对 ReLU，这可以通过加宽网络来抵消；对 tanh（σ_w²=1）加宽并不能恢复梯度，因为它在无限宽时也随深度衰减' : '加宽网络并不能抵消梯度消失',
  check: (ctx) => {
    (['relu', 'tanh'] as const).forEach((phi, i) => ctx.judge.sequential({ label: 'typical gradient-norm factor at L = 32, n = 256', statistic: 'geometricMean', ...factorDraws(ctx, phi, 32, 256, 'geometric', 600 + i), asserted: 1, where: { phi } }));
  },
});
