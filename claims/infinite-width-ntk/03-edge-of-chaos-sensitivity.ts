// § 生存的艺术：[混沌边缘](@article_id:337019)的信号传播, third paragraph
// The text: chi = sigma_w^2 E[phi'(z)^2] is the per-layer factor of a small perturbation's squared
// norm; chi < 1 vanishes, chi > 1 explodes.
// How we test it: wide random nets with infinitesimal perturbations propagated as tangents; Gaussian
// moments of phi' by tfjs autodiff on standardised normal samples.
// What would refute it: a measured factor away from chi; a perturbation that does not decay below 1 or
// grow above it.
import * as fc from 'fast-check';
import { atLeast, below, defineClaim, noLessThan, noMoreThan, relative, writeQuote, type CheckContext, type EvidenceView } from '../../src/claim/index.js';
import type { Activation as Phi } from '../../src/nets/base/activations.js';
import { caseText, outsideOf } from '../../src/findings/evidence-text.js';
import { Seeds } from '../../src/random/seeds.js';
import { chi, fixedPointVariance, probeWideNet, standardNormals } from '../../src/nets/theory/mean-field.js';
import { meanLayerFactor, perturbationFactors } from '../../src/nets/theory/perturbation-growth.js';
import { conventionSetup, judgeVarianceConvention, PER_FAN_IN } from '../../src/nets/probe/gradients/weight-variance-convention.js';

const file = 'infinite-width-ntk.md';

// A choice slot: the correction (sigma_w^2 -> sigma_w^2/n) keeps the claim anchored, and it then judges the
// variance the text names (session-10 referee, section 6: the slip of depth-vs-width l.104).
const varianceQuote = `权重从方差为 {variance:${PER_FAN_IN}|$\\sigma_w^2$} 的分布中抽取`;

export const sigmaIsWeightVariance = defineClaim({
  id: 'infinite-width-ntk/sigma-w-squared-is-weight-variance',
  source: { file, quote: varianceQuote },
  statement: 'In chi = sigma_w^2 E[phi\'(z)^2], the variance of the weights is {variance}.',
  reading: `The sentence defines sigma_w^2 through the weights' distribution, and its formula chi = sigma_w^2 E[phi'(z)^2] holds when Var(W) = sigma_w^2 / n, n the layer's fan-in (the width n of l.64); the paragraph's own consequences need it too: sigma_w^2 = 1 is called Glorot/Xavier (l.20), i.e. Var(W) = 1/n, and sigma_w^2 = 2 He (l.22), 2/n. Read as the text writes it, the weights' variance is what the slot names: sigma_w^2 itself, or sigma_w^2 / n once corrected; judged for ReLU, where E[phi'(z)^2] = 1/2 at any pre-activation variance, so chi = sigma_w^2 / 2. ${conventionSetup} (the check depth-vs-width/sigma-w-squared-is-weight-variance shares, src/nets/probe/gradients/weight-variance-convention.ts). Scope forall: a definition with a formula, so every setting run must show it.`,
  kind: 'statistical',
  scope: 'forall',
  scale: { quick: { nets: 6 }, standard: { nets: 8 }, full: { nets: 8 } },
  tolerance: relative(0.1, 'finite-width effects of order 1/width; a literal variance is off by the factor n, not by percents'),
  correction: (e) => ({ replace: { span: writeQuote(varianceQuote, e.slots.values), text: `${writeQuote(varianceQuote, e.slots.values, { variance: PER_FAN_IN })}（$n$ 为该层的输入维度）` } }),
  judgements: 2,
  check: (ctx) => judgeVarianceConvention(ctx, ctx.scaled.nets, ctx.slots.choice('variance') === PER_FAN_IN),
});

export const chiFormula = defineClaim({
  id: 'infinite-width-ntk/chi-formula',
  scope: 'forall',
  source: { file, quote: '其灵敏度结果为 $\\chi = \\sigma_w^2 \\mathbb{E}[(\\phi\'(z))^2]$' },
  statement: 'The factor by which a small perturbation\'s squared norm is multiplied by one layer is chi = sigma_w^2 E[phi\'(z)^2], the expectation over the typical pre-activation z.',
  reading: 'Scope forall: a formula stated for any activation and weight variance, so every generated case must match it. Wide square nets (width and nets per case from the budget scale; Var(W) = sigma_w^2 / n exactly, bias variance 0 or 0.1) with activation tanh, ReLU or sigmoid and sigma_w^2 in [0.5, 4]; 32 N(0, I) inputs, each with an infinitesimal N(0, I) perturbation propagated alongside it as a tangent (dz_{l+1} = (phi\'(z_l) dz_l) W, phi\' by tfjs autodiff; a finite difference in float32 drowns in rounding once the perturbation has shrunk a few layers). For each layer l the measured factor |dz_{l+1}|^2 / |dz_l|^2 (mean over the inputs) is divided by sigma_w^2 E[phi\'(z)^2] with z ~ N(0, q_l), q_l the layer\'s measured pre-activation variance and phi\' from tfjs autodiff; the ratios over 12 layers (of every net of the case) are samples (geometric mean with its t-interval); a second run at standard showed a ReLU case straddling with one net per case: ReLU nets collapse all inputs onto one direction with depth, so a layer\'s active-unit fraction, shared by every input, scatters by ~2% at n = 512 and only more nets average it out.',
  kind: 'statistical',
  scale: { quick: { normals: 1 << 13, width: 256, nets: 2 }, standard: { normals: 1 << 14, width: 512, nets: 3 }, full: { normals: 1 << 15, width: 512, nets: 4 } },
  tolerance: relative(0.05, 'the formula is the infinite-width value; at n = 256 a single layer\'s factor, averaged over 32 pair directions, scatters by ~2% and the O(1/n) bias is ~0.4%; +-5% on the mean over layers and pairs admits that and still separates chi from 1 whenever they differ by more than 5%'),
  correction: (e) => { const o = outsideOf(e)[0]!; return `一层对微小扰动平方范数的放大因子与 $\\sigma_w^2 \\mathbb{E}[(\\phi'(z))^2]$ 相差 ${(100 * (o.measured! - 1)).toFixed(1)}%（${caseText(o.where)}）`; },
  cases: () => fc.record({ phi: fc.constantFrom<Phi>('tanh', 'relu', 'sigmoid'), weightVariance: fc.double({ min: 0.5, max: 4, noNaN: true }), bias: fc.constantFrom(0, 0.1), seed: fc.nat() }),
  runs: { quick: 5, standard: 12, full: 24 },
  check: ({ phi, weightVariance, bias, seed }, ctx) => {
    const depth = 13;
    const { width, nets } = ctx.scaled;
    ctx.record('width x nets per case', `${width} x ${nets}`);
    const caseSeeds = new Seeds(seed);
    const u = standardNormals(ctx.tf, ctx.scaled.normals, caseSeeds.child('gaussian-samples').value);
    const ratios = Array.from({ length: nets }, (_, i) => {
      const s = perturbationFactors(ctx.tf, phi, weightVariance, bias, depth, caseSeeds.child('net', i).value, width);
      return s.distance2.slice(1).map((d, l) => d / s.distance2[l]! / chi(ctx.tf, phi, weightVariance, s.q[l]!, u));
    }).flat();
    ctx.judge.geometricMean({ label: 'measured factor / chi', samples: ratios, asserted: 1 });
  },
});

const chiBelowQuote = '如果 $\\chi {sign:rel} {bound:number}$，信号消失';
const chiBelowStatement = 'If chi < {bound} (the source\'s sign reads: {sign}; a lost sign is read as "<", as the next sentence covers ">"), the signal vanishes.';
// Targets at 0.3, 0.6 and 0.9 of the text's bound on chi.
const chiBelowGrid = (bound: number) => (['relu', 'tanh'] as const).flatMap((phi) => [0.3, 0.6, 0.9].flatMap((share) => [0, 0.05].map((biasVariance) => ({ phi, chiTarget: share * bound, biasVariance }))));
// For ReLU chi = sigma_w^2 / 2 at any q; for tanh with bias we solve chi(q*) = target for sigma_w^2 by bisection.
function varianceForChi(ctx: CheckContext, phi: Phi, target: number, biasVariance: number, seed: number): number {
  if (phi === 'relu') return 2 * target;
  const u = standardNormals(ctx.tf, 1 << 11, seed);
  let [lo, hi] = [0.05, 4];
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    if (chi(ctx.tf, phi, mid, fixedPointVariance(phi, mid, biasVariance, u), u) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export const chiBelowOneRate = defineClaim({
  id: 'infinite-width-ntk/chi-below-one-vanishes-rate',
  primary: { why: 'the previous sentence defines χ as the per-layer factor of a small perturbation\'s squared norm, so "消失" below χ = 1 is a statement about its rate of decay with depth, not its size at one depth' },
  source: { file, quote: chiBelowQuote },
  statement: chiBelowStatement,
  scope: 'asymptotic',
  reading: '"The signal" is the small perturbation chi describes, and "vanishes" is asymptotic: its squared norm decays exponentially with depth, i.e. the least-squares slope of ln(|dz_l|^2 / |dz_1|^2) over layers 1..21 is negative. Same nets as reading A (target chi in {0.3, 0.6, 0.9}, ReLU and tanh, bias variance 0 or 0.05, width 128, 8 N(0, I) inputs, tangents). Primary since the referee review (docs/reviews/findings-engine.md #21): the paragraph\'s "消失" is asymptotic, so judging it by the size left after 20 layers (reading A, the first design, kept as the alternative) decides nothing about decay.',
  kind: 'exact',
  judgements: 12,
  tolerance: below(0, '"vanishes" as depth grows: the log squared perturbation must fall with depth, a negative per-layer rate'),
  correction: (e) => { const o = outsideOf(e)[0]!; return `如果 $\\chi < ${e.slots.number('bound')}$，微小扰动并不随深度衰减（${caseText(o.where)}）`; },
  check: (ctx) => {
    for (const { phi, chiTarget, biasVariance } of chiBelowGrid(ctx.slots.number('bound'))) {
      const weightVariance = +varianceForChi(ctx, phi, chiTarget, biasVariance, ctx.seeds.child('gaussian-samples').value).toFixed(4);
      const s = perturbationFactors(ctx.tf, phi, weightVariance, biasVariance, 21, ctx.seeds.child('net').value, 128, 8);
      const layers = s.distance2.slice(0, 21).map((_, l) => l + 1);
      const logRatio = s.distance2.slice(0, 21).map((d) => Math.log(d / s.distance2[0]!));
      ctx.judge.trend({ label: 'slope of ln(|dz_l|^2 / |dz_1|^2) per layer', x: layers, y: logRatio, resolution: 1e-3, training: { untrained: 'a forward pass through random nets; nothing is trained' }, where: { phi, chi: chiTarget, biasVariance, weightVariance } });
    }
  },
});

export const chiBelowOnePerturbation = defineClaim({
  id: 'infinite-width-ntk/chi-below-one-vanishes-reading-a',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/chi-below-one-vanishes-rate',
  source: { file, quote: chiBelowQuote },
  statement: chiBelowStatement,
  reading: 'Reading A (one of two; reading B is infinite-width-ntk/chi-below-one-vanishes-reading-b): "the signal" is the small perturbation chi describes. The source reads "如果 χ  1" with a lost "<" (the next sentence covers ">"). Nets at a target chi in {0.3, 0.6, 0.9} at the pre-activation fixed point (ReLU: sigma_w^2 = 2 chi; tanh: sigma_w^2 solved for chi, bias variance 0 or 0.05), width 128, 8 N(0, I) inputs with infinitesimal N(0, I) perturbations propagated as tangents; measured: the squared norm of the perturbation after 20 layers relative to layer 1; "vanishes" = below 1%.',
  kind: 'exact',
  tolerance: noMoreThan(0.01, 'the band is [0, 1%] of the first layer\'s squared perturbation after 20 layers: "vanishes" must mean more than a mild decrease'),
  correction: (e) => { const o = outsideOf(e)[0]!; return `如果 $\\chi < ${e.slots.number('bound')}$，微小扰动逐层衰减，但 20 层后仍剩 ${(100 * o.measured!).toFixed(1)}%（${caseText(o.where)}）`; },
  check: (ctx) => {
    for (const { phi, chiTarget, biasVariance } of chiBelowGrid(ctx.slots.number('bound'))) {
      const weightVariance = +varianceForChi(ctx, phi, chiTarget, biasVariance, ctx.seeds.child('gaussian-samples').value).toFixed(4);
      const s = perturbationFactors(ctx.tf, phi, weightVariance, biasVariance, 21, ctx.seeds.child('net').value, 128, 8);
      ctx.judge.value({ label: '|dz_21|^2 / |dz_1|^2', measured: s.distance2[20]! / s.distance2[0]!, where: { phi, chi: chiTarget, biasVariance, weightVariance } });
    }
  },
});

export const chiBelowOneSignal = defineClaim({
  id: 'infinite-width-ntk/chi-below-one-vanishes-reading-b',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/chi-below-one-vanishes-rate',
  source: { file, quote: chiBelowQuote },
  statement: chiBelowStatement,
  reading: 'Reading B (one of two; reading A is infinite-width-ntk/chi-below-one-vanishes-reading-a): "the signal" is the forward signal itself (its magnitude q), as in the paragraph before. Same nets as reading A (target chi in {0.3, 0.6, 0.9}, bias variance 0 or 0.05, width 128, N(0, I) inputs); measured: q_21 / q_1; "vanishes" = below 1%.',
  kind: 'exact',
  tolerance: noMoreThan(0.01, 'the band is [0, 1%] of the first layer\'s squared signal after 20 layers, the same threshold as reading A'),
  qualifiers: [{ condition: 'biasVariance = 0', holds: (c) => c.biasVariance === 0 }],
  correction: (e) => e.qualifiedBy ? `如果 $\\chi < ${e.slots.number('bound')}$，微小扰动消失；信号本身只有在无偏置时才消失，有偏置时它收敛到一个非零的不动点` : `如果 $\\chi < ${e.slots.number('bound')}$，信号本身并不一定消失`,
  check: (ctx) => {
    for (const { phi, chiTarget, biasVariance } of chiBelowGrid(ctx.slots.number('bound'))) {
      const weightVariance = +varianceForChi(ctx, phi, chiTarget, biasVariance, ctx.seeds.child('gaussian-samples').value).toFixed(4);
      const s = perturbationFactors(ctx.tf, phi, weightVariance, biasVariance, 21, ctx.seeds.child('net').value, 128, 8);
      ctx.judge.value({ label: 'q_21 / q_1', measured: s.q[20]! / s.q[0]!, where: { phi, chi: chiTarget, biasVariance, weightVariance } });
    }
  },
});

const chiAboveQuote = '如果 $\\chi {sign:rel} {bound:number}$，它会爆炸';
const chiAboveStatement = 'If chi {sign} {bound}, the signal explodes.';
const chiAboveGrid = [['relu', 2.5], ['relu', 4], ['tanh', 2], ['tanh', 4]] as const;

/** Each grid net's geometric-mean per-layer growth of a tangent perturbation's squared norm over the layers after `from`, against the text's bound. */
function judgeGrowth(ctx: CheckContext, depth: number, from: number, layers: string): void {
  for (const [phi, weightVariance] of chiAboveGrid) {
    const s = perturbationFactors(ctx.tf, phi, weightVariance, 0, depth, ctx.seeds.child('net').value, 128, 8);
    ctx.judge.value({ label: `per-layer factor of |dz|^2 (${layers})`, measured: meanLayerFactor(s.distance2, from), asserted: ctx.slots.number('bound'), where: { phi, weightVariance } });
  }
}
const noGrowthCorrection = (e: EvidenceView) => { const o = outsideOf(e)[0]!; return `如果 $\\chi > ${e.slots.number('bound')}$，微小扰动并不增长（${caseText(o.where)} 时每层因子 ${o.measured!.toFixed(3)}）`; };

export const chiAboveOneGrows = defineClaim({
  id: 'infinite-width-ntk/chi-above-one-explodes-reading-a',
  scope: 'forall',
  primary: { why: 'as for χ < 1, χ measures a small perturbation layer by layer; 爆炸 is its growth from layer to layer' },
  source: { file, quote: chiAboveQuote },
  statement: chiAboveStatement,
  reading: 'Reading A (one of two; reading B is infinite-width-ntk/chi-above-one-explodes-reading-b): a small perturbation grows layer after layer: the geometric-mean per-layer factor of its squared norm over layers 11..30, once the signal\'s length has settled at the fixed point where chi is defined, exceeds 1. Nets with chi > 1 at the fixed point: ReLU sigma_w^2 in {2.5, 4}, tanh sigma_w^2 in {2, 4}; zero bias, width 128, 8 N(0, I) inputs with infinitesimal perturbations propagated as tangents. Designed after the first design (-first-layers, layers 1..10) was refuted at two of five seeds by tanh at sigma_w^2 = 2 (0.985, 0.997): there the first layers carry the input\'s length toward the fixed point and contract, a transient the sentence is not about; the first design stays as its own reading.',
  kind: 'exact',
  tolerance: atLeast(0, 'the band is a per-layer factor >= 1: growth, of whatever size'),
  correction: noGrowthCorrection,
  check: (ctx) => judgeGrowth(ctx, 31, 10, 'layers 11..30'),
});

export const chiAboveOneGrowsFirstLayers = defineClaim({
  id: 'infinite-width-ntk/chi-above-one-explodes-first-layers',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/chi-above-one-explodes-reading-a',
  source: { file, quote: chiAboveQuote },
  statement: chiAboveStatement,
  reading: 'The first design of reading A (the primary is infinite-width-ntk/chi-above-one-explodes-reading-a, judged after the transient): a small perturbation grows layer after layer: the geometric-mean per-layer factor of its squared norm over layers 1..10 exceeds 1. Nets with chi > 1 at the fixed point: ReLU sigma_w^2 in {2.5, 4}, tanh sigma_w^2 in {2, 4}; zero bias, width 128, 8 N(0, I) inputs with infinitesimal perturbations propagated as tangents.',
  kind: 'exact',
  tolerance: atLeast(0, 'the band is a per-layer factor >= 1: growth, of whatever size'),
  correction: noGrowthCorrection,
  check: (ctx) => judgeGrowth(ctx, 11, 0, 'layers 1..10'),
});

export const chiAboveOneExplodes = defineClaim({
  id: 'infinite-width-ntk/chi-above-one-explodes-reading-b',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/chi-above-one-explodes-reading-a',
  source: { file, quote: chiAboveQuote },
  statement: chiAboveStatement,
  reading: 'Reading B (one of two; reading A is infinite-width-ntk/chi-above-one-explodes-reading-a): "explodes" = keeps growing without bound: the squared distance between two inputs that start close (cosine 0.995) still grows at least tenfold between layer 20 and layer 40. Same nets as reading A (width 128, 8 pairs).',
  kind: 'exact',
  tolerance: noLessThan(10, 'the band is d^2_40 / d^2_20 >= 10: growth that has not stopped'),
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  correction: (e) => e.qualifiedBy ? `如果 $\\chi > ${e.slots.number('bound')}$，微小扰动会增长；对 ReLU 它会一直爆炸，对 tanh 它增长到输入彼此去相关为止，并不爆炸（混沌而非发散）` : `如果 $\\chi > ${e.slots.number('bound')}$，扰动会增长，但并不爆炸`,
  check: (ctx) => {
    for (const [phi, weightVariance] of chiAboveGrid) {
      const s = probeWideNet(ctx.tf, { phi, weightVariance, width: 128, depth: 40, pairs: 8, pair: { kind: 'perturbation', eps: 0.1 }, seed: ctx.seeds.child('net').value });
      ctx.judge.value({ label: 'd^2_40 / d^2_20', measured: s.distance2[39]! / s.distance2[19]!, where: { phi, weightVariance } });
    }
  },
});
