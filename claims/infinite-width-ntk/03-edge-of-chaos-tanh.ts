// § 生存的艺术：[混沌边缘](@article_id:337019)的信号传播, the tanh item
// The text: tanh has derivative 1 at the origin, so chi = 1 gives sigma_w^2 = 1, the famous Glorot or
// Xavier initialisation, found empirically.
// How we test it: tfjs autodiff; the critical sigma_w^2 solved from the variance recursion and checked
// with wide nets; Glorot's variance by arithmetic. What would refute it: another derivative or root; a
// Glorot variance other than 1/fan_in.
import * as fc from 'fast-check';
import { absolute, type CheckContext, defineClaim, exactly, relative, writeQuote } from '../../src/claim/index.js';
import { GLOROT_2010, GLOROT_2010_ORIGIN } from '../../src/nets/published/init.js';
import { chi, fixedPointVariance, gaussianRule, standardNormals, type GaussianRule } from '../../src/nets/theory/mean-field.js';
import { meanLayerFactor, perturbationFactors } from '../../src/nets/theory/perturbation-growth.js';

const file = 'infinite-width-ntk.md';

const tanhDerivativeQuote = '其在原点的[导数](@article_id:318324)为{d:number}';

export const tanhDerivativeAtOrigin = defineClaim({
  id: 'infinite-width-ntk/tanh-derivative-at-origin',
  scope: 'forall',
  source: { file, quote: tanhDerivativeQuote },
  statement: 'The derivative of tanh at the origin is {d}.',
  reading: 'tanh\'(0) by tfjs autodiff, and its symmetric difference quotient at h = 1e-3 in float64.',
  kind: 'exact',
  tolerance: absolute(1e-6, 'float32 autodiff of tanh at 0 is exact to rounding; the difference quotient errs by h^2/3 ~ 3e-7'),
  correction: (e) => ({ replace: { span: writeQuote(tanhDerivativeQuote, e.slots.values), text: writeQuote(tanhDerivativeQuote, e.slots.values, { d: String(e.observations.find((o) => o.outcome === 'outside')!.measured) }) } }),
  check: (ctx) => {
    const d = ctx.tf.tidy(() => ctx.tf.grad((z) => ctx.tf.sum(ctx.tf.tanh(z)))(ctx.tf.scalar(0)).dataSync()[0]!);
    ctx.judge.value({ label: 'tanh\'(0), autodiff', measured: d, asserted: ctx.slots.number('d') });
    ctx.judge.value({ label: 'tanh\'(0), difference quotient', measured: (Math.tanh(1e-3) - Math.tanh(-1e-3)) / 2e-3, asserted: ctx.slots.number('d') });
  },
});

const tanhCriticalQuote = '$\\chi={chi:number}$ 的条件立即得出 $\\sigma_w^2 = {variance:number}$';

// The wide nets bracket the root at 0.8x and 1.25x. Zero-bias tanh leaves the root only quadratically, so the
// chaotic side's infinite-width chi is 1.0136 there, and a net must be wide enough that its spread stays well
// inside that margin: about 0.011 at n = 256 (one net in six refuted, so session 10 widened the bracket to
// 0.5x/2x, which caught only a root off by a factor 2), 0.003 at n = 1024 (session-10 referee, D16).
const [ORDERED_SIDE, CHAOTIC_SIDE, NET_WIDTH] = [0.8, 1.25, 1024];
const wideNetsReading = `Checked with wide nets (n = ${NET_WIDTH}, depth 40 to reach the fixed point, tangent propagation): the measured perturbation factor over layers 30-40 is below 1 at ${ORDERED_SIDE} x and above 1 at ${CHAOTIC_SIDE} x the root, where the infinite-width chi is 0.8 and 1.0136 (quadrature at the fixed point). The width is what makes this bracket decidable: in a pilot on six nets outside the claim's seed streams (seeds 1001-1006, root 1.0011) the chaotic-side factor was 1.0113 +- 0.0108 (sd; low 0.9988) at n = 256, 1.0186 +- 0.0047 at n = 512 and 1.0144 +- 0.0030 (low 1.0093) at n = 1024, about 5 sd above 1, at 1.2 s of CPU per net. Until session 10 the nets had n = 256 at this bracket and refuted the sentence on about one net in six; session 10 widened the bracket to 0.5 x / 2 x instead, which could catch only a root off by a factor 2; the referee asked for wider nets (D16).`;
function judgeWideNets(ctx: CheckContext, r: number): void {
  const deepFactor = (v: number) => { const s = perturbationFactors(ctx.tf, 'tanh', v, 0, 41, ctx.seeds.child('net').value, NET_WIDTH); return meanLayerFactor(s.distance2, 30); };
  const [below, above] = [deepFactor(ORDERED_SIDE * r), deepFactor(CHAOTIC_SIDE * r)];
  ctx.judge.holds({ label: `net perturbation factor (layers 30-40, n = ${NET_WIDTH}) below 1 at ${ORDERED_SIDE}x the root and above 1 at ${CHAOTIC_SIDE}x`, holds: below < 1 && above > 1, values: { below, above } });
}

export const tanhCriticalOnset = defineClaim({
  id: 'infinite-width-ntk/tanh-critical-weight-variance-at-origin',
  scope: 'forall',
  primary: { why: 'the item\'s own argument: tanh\'s derivative at the origin is 1 (the sentence before), so at the ordered fixed point q* = 0 chi = sigma_w^2 tanh\'(0)^2 and chi = 1 "immediately" gives sigma_w^2; the root is taken where the text takes it, at the origin' },
  source: { file, quote: tanhCriticalQuote },
  statement: 'For tanh, the condition chi = {chi} gives sigma_w^2 = {variance}.',
  reading: `Zero bias, chi evaluated where the text evaluates it: at the ordered fixed point q* = 0 of the variance map, i.e. chi(sigma_w^2) = sigma_w^2 E[tanh\'(z)^2] with z ~ N(0, q), q -> 0+ (q = 1e-9; tfjs autodiff on 2^12 standardised antithetic samples). Solved for chi = {chi} by bisection on [0.5, 3]; chi rises linearly in sigma_w^2 there, so the root is well conditioned. ${wideNetsReading}`,
  kind: 'exact',
  tolerance: relative(0.02, 'the root is computed, not sampled from nets: at q -> 0+ the Monte Carlo error of E[tanh\'^2] is far below 1%; 2% leaves room for that'),
  correction: (e) => ({ replace: { span: writeQuote(tanhCriticalQuote, e.slots.values), text: writeQuote(tanhCriticalQuote, e.slots.values, { variance: e.observations[0]!.measured!.toFixed(3) }) } }),
  check: (ctx) => {
    const u = standardNormals(ctx.tf, 1 << 12, ctx.seeds.child('gaussian-samples').value);
    const target = ctx.slots.number('chi');
    let [lo, hi] = [0.5, 3];
    for (let i = 0; i < 22; i++) {
      const mid = (lo + hi) / 2;
      if (chi(ctx.tf, 'tanh', mid, 1e-9, u) < target) lo = mid;
      else hi = mid;
    }
    const r = (lo + hi) / 2;
    ctx.judge.value({ label: `sigma_w^2 solving chi = ${target} at q -> 0+ (zero bias)`, measured: r, asserted: ctx.slots.number('variance') });
    judgeWideNets(ctx, r);
  },
});

export const tanhCritical = defineClaim({
  id: 'infinite-width-ntk/tanh-critical-weight-variance',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/tanh-critical-weight-variance-at-origin',
  source: { file, quote: tanhCriticalQuote },
  statement: 'For tanh, the condition chi = {chi} gives sigma_w^2 = {variance}.',
  reading: `Assumptions stated: zero bias, chi evaluated at the stable fixed point q* of the variance map q -> sigma_w^2 E[tanh(sqrt(q) u)^2] (q* = 0 for sigma_w^2 <= 1, where E[tanh'^2] = 1; q* > 0 above). We solve chi(sigma_w^2) = sigma_w^2 E[tanh'(z)^2], z ~ N(0, q*(sigma_w^2)), equal to 1 by bisection, the Gaussian expectations by a deterministic rule (trapezoid on [-12, 12], step 1/64, exact to rounding for tanh; tanh' by tfjs autodiff). ${wideNetsReading} The root with bias variance 0.05 is recorded for comparison. The root is ill-conditioned from above: to second order, with m4 = E[u^4], q* = 3 (1 - 1/sigma_w^2) / (2 m4) and chi - 1 = eps (1 - 3/m4) + (7/4) eps^2 (eps = 1 - 1/sigma_w^2), so with the true m4 = 3 chi - 1 grows only quadratically past the root. Until session 10 the expectations were sample means over 2^13 standardised antithetic normals, whose m4 errs by about 0.1: m4 < 3 adds a negative linear term and moves the root to about 1 + (4/7)(3/m4 - 1) (m4 = 2.92 gives 1.076), so quick seeds 1/2/3 read 1.041/1.000/1.125 (refuted/supported/refuted), a sampling artefact, not a reading; that Monte Carlo root is recorded beside the rule's. The first design is kept as an alternative since the re-judging of issue 18; the primary reading takes the root at the origin, as the text does.`,
  kind: 'exact',
  tolerance: relative(0.02, 'the root is computed, not sampled from nets: with the expectations exact to rounding, a float32 error delta in chi moves the root by about sqrt(delta / 1.75), 1e-3 for delta = 2e-6; 2% leaves room for that'),
  // A wording note on a root its own reading calls ill-conditioned: it reports what was observed and edits no number of the text.
  correction: (e) => `若在 tanh 的非零不动点 $q^*$ 处求 $\\chi$，数值求根得到 $\\sigma_w^2 \\approx ${e.observations[0]!.measured!.toFixed(3)}$；此根在 $\\chi = 1$ 附近是病态的（越过根后 $\\chi - 1$ 只按二阶增长），与 1 的偏差是 $\\chi$ 的数值误差（浮点舍入与蒙特卡罗抽样）被病态放大的结果，不是文本的错误`,
  check: (ctx) => {
    const target = ctx.slots.number('chi');
    const root = (bv: number, u: Float64Array | GaussianRule) => {
      let [lo, hi] = [0.5, 3];
      for (let i = 0; i < 22; i++) {
        const mid = (lo + hi) / 2;
        if (chi(ctx.tf, 'tanh', mid, fixedPointVariance('tanh', mid, bv, u), u) < target) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    };
    const rule = gaussianRule();
    const r = root(0, rule);
    ctx.record('critical sigma_w^2 with bias variance 0.05', +root(0.05, rule).toFixed(4));
    const u = standardNormals(ctx.tf, 1 << 12, ctx.seeds.child('gaussian-samples').value);
    ctx.record('root by sample means over 2^13 normals (the design until session 10), and their E[u^4]', `${root(0, u).toFixed(4)}, ${(u.reduce((a, x) => a + x ** 4, 0) / u.length).toFixed(3)}`);
    ctx.judge.value({ label: `sigma_w^2 solving chi = ${target} (zero bias)`, measured: r, asserted: ctx.slots.number('variance') });
    judgeWideNets(ctx, r);
  },
});

const xavierQuote = '$\\sigma_w^2 = {variance:number}$。这就是著名的 Glorot 或 Xavier 初始化';

export const xavierIsUnitVarianceEqualWidth = defineClaim({
  id: 'infinite-width-ntk/xavier-is-sigma-w-1-equal-width',
  scope: 'forall',
  primary: { why: 'the section\'s mean-field argument, from which "χ=1 立即得出 σ_w² = 1", propagates signals through layers of one width n, where Glorot\'s 2/(fan_in+fan_out) is 1/n' },
  source: { file, quote: xavierQuote },
  statement: 'sigma_w^2 = {variance} (Var(W) = {variance}/fan_in) is the Glorot (Xavier) initialisation.',
  reading: 'Scope forall: an identification of two formulas, so it must hold for every generated layer of the premise. Glorot and Bengio\'s variance is 2 / (fan_in + fan_out), from the published record (section 4.2.1, GLOROT_2010.normalized in src/nets/published/init.ts); sigma_w^2 = fan_in * Var(W). Generated layers with fan_in in [16, 1024] and fan_out = fan_in * ratio, ratio in {1/4, 1/2, 1, 2, 4}; sigma_w^2 of Glorot is compared with {variance}. The sentence\'s premise is the equal-width setting of the section (fan_out = fan_in): other cases are dropped and counted, since the referee review (docs/reviews/findings-engine.md #22) found the non-square counter-cases lie outside it; the first design, judging every ratio, is kept as the alternative infinite-width-ntk/xavier-is-sigma-w-1.',
  kind: 'arithmetic',
  published: [GLOROT_2010.normalized],
  tolerance: relative(1e-9, 'exact arithmetic'),
  premise: (c) => c.ratio === 1,
  correction: (e) => ({ replace: { span: writeQuote(xavierQuote, e.slots.values), text: writeQuote(xavierQuote, e.slots.values, { variance: String(e.observations.find((o) => o.outcome === 'outside')!.measured) }) } }),
  cases: () => fc.record({ fanIn: fc.integer({ min: 16, max: 1024 }), ratio: fc.constantFrom(0.25, 0.5, 1, 2, 4) }),
  runs: { quick: 20, standard: 50, full: 100 },
  check: ({ fanIn, ratio }, ctx) => {
    const fanOut = Math.round(fanIn * ratio);
    ctx.judge.value({ label: 'fan_in * 2 / (fan_in + fan_out)', measured: (fanIn * GLOROT_2010.normalized.value) / (fanIn + fanOut), asserted: ctx.slots.number('variance') });
  },
});

export const xavierIsUnitVariance = defineClaim({
  id: 'infinite-width-ntk/xavier-is-sigma-w-1',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/xavier-is-sigma-w-1-equal-width',
  source: { file, quote: xavierQuote },
  statement: 'sigma_w^2 = {variance} (Var(W) = {variance}/fan_in) is the Glorot (Xavier) initialisation.',
  reading: 'Scope forall: an identification of two formulas, so it must hold for every generated layer shape. Glorot and Bengio\'s variance is 2 / (fan_in + fan_out), from the published record (section 4.2.1, GLOROT_2010.normalized in src/nets/published/init.ts); sigma_w^2 = fan_in * Var(W). Generated layers with fan_in in [16, 1024] and fan_out = fan_in * ratio, ratio in {1/4, 1/2, 1, 2, 4}; sigma_w^2 of Glorot is compared with {variance}.',
  kind: 'arithmetic',
  published: [GLOROT_2010.normalized],
  tolerance: relative(1e-9, 'exact arithmetic'),
  qualifiers: [{ condition: 'fan_in = fan_out', holds: (c) => c.ratio === 1 }],
  correction: (e) => e.qualifiedBy ? '对方阵层（fan_in = fan_out），这就是著名的 Glorot 或 Xavier 初始化（Var = 2/(fan_in+fan_out) = 1/n）；非方阵层时二者不同' : `σ_w²=${e.slots.number('variance')} 并非 Glorot 初始化`,
  cases: () => fc.record({ fanIn: fc.integer({ min: 16, max: 1024 }), ratio: fc.constantFrom(0.25, 0.5, 1, 2, 4) }),
  runs: { quick: 20, standard: 50, full: 100 },
  check: ({ fanIn, ratio }, ctx) => {
    const fanOut = Math.round(fanIn * ratio);
    ctx.judge.value({ label: 'fan_in * 2 / (fan_in + fan_out)', measured: (fanIn * GLOROT_2010.normalized.value) / (fanIn + fanOut), asserted: ctx.slots.number('variance') });
  },
});

// The clause is a slot: the referee's correction (docs/reviews/session-6-findings.md #11) replaces it
// whole, since correcting 凭经验发现的 alone would leave a derivation contrasted with a derivation.
const EMPIRICAL = '它是凭经验发现的，但在这里我们从稳定性的基本原则推导出来';
const DERIVED = '它最初由 Glorot 和 Bengio（2010）从前向与反向方差保持的条件导出，这里我们从 $\\chi=1$ 的稳定性原则重新得到它';
const glorotQuote = `这就是著名的 Glorot 或 Xavier 初始化，{origin:${EMPIRICAL}|${DERIVED}}`;

export const glorotEmpirical = defineClaim({
  id: 'infinite-width-ntk/glorot-found-empirically',
  source: { file, quote: glorotQuote },
  statement: 'The Glorot/Xavier initialisation\'s origin is as the text tells it: {origin}.',
  reading: `A statement about the published record, which settles it. The text's account of the rule's origin (a slot: 凭经验发现, found empirically; or 由 Glorot 和 Bengio（2010）…导出, derived by them) against the record: ${GLOROT_2010_ORIGIN.where} (GLOROT_2010_ORIGIN in src/nets/published/init.ts). Holds when the account the text gives is the record's.`,
  kind: 'arithmetic',
  scope: 'forall',
  published: [GLOROT_2010.forward, GLOROT_2010.backward, GLOROT_2010.normalized],
  tolerance: exactly('an account of how a rule was found agrees with the published record or does not'),
  correction: (e) => ({ replace: { span: writeQuote(glorotQuote, e.slots.values), text: writeQuote(glorotQuote, e.slots.values, { origin: DERIVED }) } }),
  check: ({ judge, slots }) => {
    const saysDerived = slots.choice('origin') !== EMPIRICAL;
    judge.holds({ label: 'the text\'s account of the origin agrees with Glorot & Bengio (2010), section 4.2.1', holds: saysDerived === GLOROT_2010_ORIGIN.derived, values: { textSaysDerived: Number(saysDerived), recordSaysDerived: Number(GLOROT_2010_ORIGIN.derived) } });
  },
});
