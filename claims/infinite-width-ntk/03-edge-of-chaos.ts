// § 生存的艺术：[混沌边缘](@article_id:337019)的信号传播
// The text: a signal weakened by every layer vanishes, one amplified explodes; chi = sigma_w^2 E[phi'(z)^2]
// is the per-layer factor of a small perturbation's squared norm; chi < 1 vanishes, chi > 1 explodes,
// chi = 1 is ideal; tanh gives sigma_w^2 = 1 (Xavier), ReLU E[phi'^2] = 1/2 and sigma_w^2 = 2 (He).
// How we test it: wide random nets (Var(W) = sigma_w^2 / n exactly) pushed with pairs of inputs (a point
// and a slightly moved copy, or two independent points); Gaussian moments of phi and phi' by tfjs autodiff
// on standardised normal samples; small training runs for the "ideal" and "crucial" statements.
// What would refute it: a measured factor away from chi; a regime that does not vanish / explode /
// saturate / decorrelate as said; a sweep whose best initialisation is not the critical one.
import * as fc from 'fast-check';
import { absolute, atLeast, atMost, below, defineClaim, exactly, relative, type CheckContext, type EvidenceView } from '../../src/claim/index.js';
import type { SingleCheckClaim } from '../../src/claim/types.js';
import { subSeed } from '../../src/random/seeds.js';
import { chi, fixedPointVariance, meanFieldTrajectory, probeTangent, probeWideNet, standardNormals } from '../../src/nets/theory/mean-field.js';
import type { Activation as Phi } from '../../src/nets/base/activations.js';
import { trainMlp } from '../../src/nets/train/train-mlp.js';
import { teacherClassification } from '../../src/datasets/teacher.js';

const file = 'infinite-width-ntk.md';
const geo = (xs: readonly number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const outside = (e: EvidenceView) => e.observations.filter((o) => o.outcome === 'outside');
const whereText = (w: Record<string, unknown>) => Object.entries(w).map(([k, v]) => `${k}=${v}`).join(', ');
// A standardised normal sample for Gaussian expectations; 2^13 pairs keep E[.] within ~0.5%.
const normals = (ctx: CheckContext, seed: number) => standardNormals(ctx.tf, ctx.scale({ quick: 1 << 13, standard: 1 << 14, full: 1 << 15 }), seed);

// ---------------------------------------------------------------- the signal's magnitude

export const signalVanishesInFewLayers = defineClaim({
  id: 'infinite-width-ntk/weakened-signal-vanishes-in-few-layers',
  source: { file, quote: '如果每一层都系统性地削弱信号，那么经过几层之后，它将消失得无影无踪' },
  statement: 'If every layer systematically weakens the signal, after a few layers it has vanished.',
  reading: 'Layers that weaken the signal: zero-bias nets whose per-layer factor on the squared signal is at most 1/2 (ReLU with sigma_w^2 in {0.5, 1}, tanh with sigma_w^2 in {0.25, 0.5}). "A few layers" = 10; "vanished" = the mean squared pre-activation q_10 below 1% of q_1. Width 256, 8 N(0, I) inputs; one value per generated net.',
  kind: 'exact',
  tolerance: atMost(0, '"vanished without a trace" is read as below 1% of the first layer\'s squared signal; the band is [0, 1%]'),
  correction: (e) => { const o = outside(e)[0]!; return `如果每一层都系统性地削弱信号，信号会逐层按几何级数衰减（${whereText(o.where)} 时 10 层后仍剩 ${(100 * o.measured!).toFixed(1)}%）`; },
  check: (ctx) => {
    for (const [phi, weightVariance] of [['relu', 0.5], ['relu', 1], ['tanh', 0.25], ['tanh', 0.5]] as const) {
      const s = probeWideNet(ctx.tf, { phi, weightVariance, width: 256, depth: 10, pairs: 4, pair: { kind: 'independent' }, seed: ctx.seed });
      ctx.judge.value({ label: 'q_10 / q_1', measured: s.q[9]! / s.q[0]!, asserted: 0.01, where: { phi, weightVariance } });
    }
  },
});

export const deepLayersSignalGone = defineClaim({
  id: 'infinite-width-ntk/weakened-signal-deep-layers-receive-nothing-vanished',
  primary: { why: 'the sentence continues "它将消失得无影无踪": the narrative "死的" means the input\'s signal no longer reaches the deep layers, either gone in magnitude or the same for every input' },
  source: { file, quote: '网络的深层将是“死的”，接收不到任何信息' },
  statement: 'When every layer weakens the signal, the deep layers receive no information about the input.',
  reading: 'Read in its paragraph (the sentence before says the weakened signal "消失得无影无踪"), a deep layer receives nothing when the input\'s signal has vanished there: its mean squared pre-activation at depth 30 is below 1% of the first layer\'s (the sibling sentence\'s threshold), or, where a bias keeps a floor under it, the representations of two independent inputs coincide (cosine >= 0.99). Same regimes and nets as the cosine-only reading (tanh sigma_w^2 in {0.5, 0.8}, ReLU in {1, 1.5}, bias variance 0 or 0.05, width 128, 8 input pairs). Primary since the referee review (docs/reviews/findings-engine.md #17): the cosine-only reading, the first design, is kept as the alternative, because direction surviving at zero bias is a technicality the paragraph does not cue.',
  kind: 'exact',
  tolerance: exactly('a fact per case: the signal has vanished (q_30 / q_1 <= 1%) or the inputs coincide (cosine >= 0.99)'),
  correction: () => '各层削弱信号并不必然使深层“死掉”：深层仍收到可辨别的信号',
  check: (ctx) => {
    for (const [phi, weightVariance] of [['relu', 1], ['relu', 1.5], ['tanh', 0.5], ['tanh', 0.8]] as const) {
      for (const biasVariance of [0, 0.05]) {
        const s = probeWideNet(ctx.tf, { phi, weightVariance, biasVariance, width: 128, depth: 30, pairs: 8, pair: { kind: 'independent' }, seed: ctx.seed });
        const ratio = s.q[29]! / s.q[0]!;
        const cosine = s.cosine[29]!;
        ctx.judge.holds({ label: 'signal vanished or inputs coincide at depth 30', holds: ratio <= 0.01 || cosine >= 0.99, values: { ratio, cosine }, where: { phi, weightVariance, biasVariance } });
      }
    }
  },
});

export const deepLayersDead = defineClaim({
  id: 'infinite-width-ntk/weakened-signal-deep-layers-receive-nothing',
  alternativeOf: 'infinite-width-ntk/weakened-signal-deep-layers-receive-nothing-vanished',
  source: { file, quote: '网络的深层将是“死的”，接收不到任何信息' },
  statement: 'When every layer weakens the signal, the deep layers receive no information about the input.',
  reading: 'Information reaching a layer is read as its ability to tell inputs apart: two independent N(0, I) inputs whose pre-activations at depth 30 are parallel (cosine >= 0.99) leave that layer nothing to tell. Regimes that weaken the signal: tanh with sigma_w^2 in {0.5, 0.8}, ReLU with sigma_w^2 in {1, 1.5}, each with bias variance 0 or 0.05 (the sentence does not say which). Width 256; mean cosine over 8 input pairs of one net per case.',
  kind: 'exact',
  tolerance: atLeast(0, 'the band is cosine >= 0.99: "no information" means the representations of different inputs coincide up to scale'),
  qualifiers: [{ condition: 'biasVariance > 0', holds: (c) => (c.biasVariance as number) > 0 }],
  correction: (e) => e.qualifiedBy ? '当各层削弱信号且带有偏置（有序相）时，网络的深层将是“死的”：不同输入在深层的表示几乎重合' : '各层削弱信号并不必然使深层“死掉”：无偏置时，不同输入在深层的表示仍可区分（只是幅度变小）',
  check: (ctx) => {
    for (const [phi, weightVariance] of [['relu', 1], ['relu', 1.5], ['tanh', 0.5], ['tanh', 0.8]] as const) {
      for (const biasVariance of [0, 0.05]) {
        const s = probeWideNet(ctx.tf, { phi, weightVariance, biasVariance, width: 128, depth: 30, pairs: 8, pair: { kind: 'independent' }, seed: ctx.seed });
        ctx.judge.value({ label: 'cosine of two inputs at depth 30', measured: s.cosine[29]!, asserted: 0.99, where: { phi, weightVariance, biasVariance } });
      }
    }
  },
});


// The two readings of "如果每一层都放大信号" share the sentence, band and nets; they differ only in
// whether a case whose q does not grow at every layer is judged.
const amplifiedSignal: Pick<SingleCheckClaim, 'source' | 'statement' | 'kind' | 'tolerance' | 'qualifiers' | 'correction'> = {
  source: { file, quote: '相反，如果每一层都放大信号，它将爆炸成一堆无用的大数字' },
  statement: 'If every layer amplifies the signal, it explodes into a heap of useless large numbers.',
  kind: 'exact',
  tolerance: atLeast(0, 'the band is q_30 / q_1 >= 100: two orders of magnitude is the least that "explodes" can mean'),
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  correction: (e) => e.qualifiedBy ? '相反，如果每一层都放大信号，对于 ReLU 这类无界激活函数，它将爆炸成一堆无用的大数字；对于 tanh 这类有界激活函数，信号不会爆炸，而是趋于饱和' : '相反，如果每一层都放大信号，信号并不一定爆炸成大数字',
};

function judgeAmplification(ctx: CheckContext, premiseMeasured: boolean): void {
  for (const [phi, weightVariance] of [['relu', 3], ['relu', 4], ['tanh', 2], ['tanh', 4]] as const) {
    const s = probeWideNet(ctx.tf, { phi, weightVariance, width: 128, depth: 30, pairs: 4, pair: { kind: 'independent' }, seed: ctx.seed });
    const q = s.q.slice(0, 30);
    // The sentence's premise, measured: a case where some layer does not amplify q is outside it (dropped and counted, not judged).
    const inside = !premiseMeasured || q.every((v, l) => l === 0 || v > q[l - 1]!);
    ctx.judge.value({ label: 'q_30 / q_1', measured: inside ? q[29]! / q[0]! : null, asserted: 100, where: { phi, weightVariance } });
  }
}

export const amplifiedSignalExplodes = defineClaim({
  ...amplifiedSignal,
  id: 'infinite-width-ntk/amplified-signal-explodes',
  primary: { why: 'the sentence is conditioned on "如果每一层都放大信号": only nets whose signal actually grows layer after layer are inside it' },
  reading: 'Layers that amplify a small signal: ReLU with sigma_w^2 in {3, 4} and tanh with sigma_w^2 in {2, 4} (zero bias; both have a per-layer factor above 1 for small signals). "Explodes into large numbers" = the mean squared pre-activation at depth 30 is at least 100 times that of the first layer. Width 256, 8 N(0, I) inputs. The premise "每一层都放大信号" is measured per case: only cases whose q grows at every layer 1..30 are judged, the others are dropped and counted, since the referee review (docs/reviews/findings-engine.md #18) found tanh at sigma_w^2 = 2 does not amplify (q_30 / q_1 = 0.31, q falls to its fixed point) and so lies outside the sentence.',
  check: (ctx) => judgeAmplification(ctx, true),
});

export const amplifiedSignalExplodesEveryCase = defineClaim({
  ...amplifiedSignal,
  id: 'infinite-width-ntk/amplified-signal-explodes-every-case',
  alternativeOf: 'infinite-width-ntk/amplified-signal-explodes',
  reading: 'Layers that amplify a small signal: ReLU with sigma_w^2 in {3, 4} and tanh with sigma_w^2 in {2, 4} (zero bias; both have a per-layer factor above 1 for small signals). "Explodes into large numbers" = the mean squared pre-activation at depth 30 is at least 100 times that of the first layer. Width 256, 8 N(0, I) inputs. The first design, every case judged whether or not its layers amplify; kept as an alternative since the referee review (docs/reviews/findings-engine.md #18) put the non-amplifying tanh cases outside the sentence\'s premise.',
  check: (ctx) => judgeAmplification(ctx, false),
});

// atanh(0.9): |tanh(z)| within 10% of its bound.
const SATURATION_Z = Math.atanh(0.9);

export const amplifiedNetSaturated = defineClaim({
  id: 'infinite-width-ntk/amplified-net-saturated',
  source: { file, quote: '网络将变得饱和' },
  statement: 'A network whose layers amplify the signal becomes saturated.',
  reading: 'Saturated = most units (at least half) sit in the flat part of the activation, |phi(z)| within 10% of its bound (|z| > atanh(0.9) = 1.47 for tanh). Nets that amplify small signals: tanh with sigma_w^2 in {2, 4, 8}, ReLU with sigma_w^2 in {3, 4} (ReLU has no upper bound, so its fraction is that of |z| > 1.47 only as a record; it cannot saturate). Measured at depth 30, width 256, over 16 N(0, I) inputs.',
  kind: 'exact',
  tolerance: atLeast(0, 'the band is a saturated fraction >= 0.5: "saturated" means most units, not a few'),
  qualifiers: [{ condition: 'phi = tanh and sigma_w^2 >= 8', holds: (c) => c.phi === 'tanh' && (c.weightVariance as number) >= 8 }],
  correction: (e) => { const o = outside(e)[0]!; return `网络将变得混乱；只有在权重方差很大时才会明显饱和（${whereText(o.where)} 时仅 ${(100 * o.measured!).toFixed(0)}% 的单元饱和）`; },
  check: (ctx) => {
    for (const [phi, weightVariance] of [['relu', 3], ['relu', 4], ['tanh', 2], ['tanh', 4], ['tanh', 8]] as const) {
      const s = probeWideNet(ctx.tf, { phi, weightVariance, width: 128, depth: 30, pairs: 8, pair: { kind: 'independent' }, seed: ctx.seed, saturation: phi === 'tanh' ? SATURATION_Z : Infinity });
      ctx.judge.value({ label: 'fraction of saturated units at depth 30', measured: s.saturated[29]!, asserted: 0.5, where: { phi, weightVariance } });
    }
  },
});

export const amplifiedNetChaoticBounded = defineClaim({
  id: 'infinite-width-ntk/amplified-net-chaotic-bounded',
  primary: { why: '"饱和而混乱" can only describe bounded, tanh-like activations (a ReLU unit has nothing to saturate against), the chaotic phase of the section\'s canonical tanh picture' },
  source: { file, quote: '饱和而混乱' },
  statement: 'A network whose layers amplify the signal becomes chaotic: nearby inputs are driven apart.',
  reading: 'The chaotic half of "网络将变得饱和而混乱" (the saturation half is infinite-width-ntk/amplified-net-saturated). Chaotic = two inputs that start almost identical (cosine 0.995) become decorrelated: cosine of their pre-activations at depth 30 at most 0.9. Nets that amplify small signals, bounded activations only: tanh with sigma_w^2 in {2, 4}, zero bias; width 256, mean over 8 pairs. Since the referee review (docs/reviews/findings-engine.md #19) the ReLU counter-cases are outside the sentence, which "饱和" ties to tanh-like nets; the first design, with ReLU, is kept as the alternative infinite-width-ntk/amplified-net-chaotic.',
  kind: 'exact',
  tolerance: atMost(0, 'the band is cosine <= 0.9 at depth 30, from 0.995 at the input: nearby inputs must have been driven clearly apart'),
  correction: () => '放大信号并不使相近输入去相关',
  check: (ctx) => {
    for (const [phi, weightVariance] of [['tanh', 2], ['tanh', 4]] as const) {
      const s = probeWideNet(ctx.tf, { phi, weightVariance, width: 128, depth: 30, pairs: 8, pair: { kind: 'perturbation', eps: 0.1 }, seed: ctx.seed });
      ctx.record(`input cosine (layer 1), ${phi} ${weightVariance}`, +s.cosine[0]!.toFixed(4));
      ctx.judge.value({ label: 'cosine of two nearby inputs at depth 30', measured: s.cosine[29]!, asserted: 0.9, where: { phi, weightVariance } });
    }
  },
});

export const amplifiedNetChaotic = defineClaim({
  id: 'infinite-width-ntk/amplified-net-chaotic',
  alternativeOf: 'infinite-width-ntk/amplified-net-chaotic-bounded',
  source: { file, quote: '饱和而混乱' },
  statement: 'A network whose layers amplify the signal becomes chaotic: nearby inputs are driven apart.',
  reading: 'The chaotic half of "网络将变得饱和而混乱" (the saturation half is infinite-width-ntk/amplified-net-saturated). Chaotic = two inputs that start almost identical (cosine 0.995) become decorrelated: cosine of their pre-activations at depth 30 at most 0.9. Nets that amplify small signals: tanh with sigma_w^2 in {2, 4}, ReLU with sigma_w^2 in {3, 4}, zero bias; width 256, mean over 8 pairs.',
  kind: 'exact',
  tolerance: atMost(0, 'the band is cosine <= 0.9 at depth 30, from 0.995 at the input: nearby inputs must have been driven clearly apart'),
  qualifiers: [{ condition: 'phi = tanh', holds: (c) => c.phi === 'tanh' }],
  correction: (e) => e.qualifiedBy ? '对 tanh 网络，放大信号会使网络变得混乱（相近输入被拉开）；ReLU 网络即使放大信号，相近输入也不会去相关——它只会整体放大' : '放大信号并不使相近输入去相关',
  check: (ctx) => {
    for (const [phi, weightVariance] of [['relu', 3], ['relu', 4], ['tanh', 2], ['tanh', 4]] as const) {
      const s = probeWideNet(ctx.tf, { phi, weightVariance, width: 128, depth: 30, pairs: 8, pair: { kind: 'perturbation', eps: 0.1 }, seed: ctx.seed });
      ctx.record(`input cosine (layer 1), ${phi} ${weightVariance}`, +s.cosine[0]!.toFixed(4));
      ctx.judge.value({ label: 'cosine of two nearby inputs at depth 30', measured: s.cosine[29]!, asserted: 0.9, where: { phi, weightVariance } });
    }
  },
});

export const edgeOfChaosPreservesSignal = defineClaim({
  id: 'infinite-width-ntk/edge-of-chaos-preserves-signal',
  source: { file, quote: '这是一个[临界状态](@article_id:321104)，信号的幅度在向前传播时平均得以保持' },
  statement: 'At the edge of chaos (chi = 1) the signal\'s magnitude is preserved on average as it propagates forward.',
  reading: 'The critical initialisations the section derives: tanh with sigma_w^2 = 1 and ReLU with sigma_w^2 = 2, zero bias, N(0, I) inputs (q_0 = sigma_w^2). "On average" is read as the expectation the infinite-width theory uses: the variance recursion q_{l+1} = sigma_w^2 E[phi(z)^2], z ~ N(0, q_l), evaluated on 2^14 standardised antithetic normal samples, gives q_30 / q_1; "preserved" = within +-5% of 1. (Single finite nets scatter around this: at width 256 and depth 30 their log q drifts by about 0.8, so they cannot resolve it; the expectation is what "on average" names.)',
  kind: 'exact',
  tolerance: relative(0.05, 'the recursion is deterministic up to the Monte Carlo error of E[phi^2] (well under 1% per layer with standardised samples); +-5% over 30 layers admits that and tells preservation from any decay'),
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  correction: (e) => e.qualifiedBy ? '这是一个临界状态（χ=1），微小扰动的幅度在向前传播时得以保持；对 ReLU（σ_w²=2）信号本身的幅度也保持不变，但对 tanh（σ_w²=1，无偏置）信号幅度会随深度缓慢衰减（约按 1/l）' : '在 χ=1 时信号幅度并不保持',
  check: (ctx) => {
    const u = normals(ctx, ctx.seed);
    for (const phi of ['relu', 'tanh'] as const) {
      const v = phi === 'relu' ? 2 : 1;
      const { q } = meanFieldTrajectory(ctx.tf, phi, v, 0, v, 30, u);
      ctx.judge.value({ label: 'q_30 / q_1 (infinite-width recursion)', measured: q[30]! / q[1]!, asserted: 1, where: { phi } });
    }
  },
});

// ---------------------------------------------------------------- trainability across sigma_w^2

// Final training loss and test accuracy of deep tanh nets at each sigma_w^2 (mean over seeds).
function tanhSweep(ctx: CheckContext, variances: readonly number[]): { loss: number[]; acc: number[] } {
  const seeds = ctx.scale({ quick: 1, standard: 2, full: 4 });
  const steps = ctx.scale({ quick: 40, standard: 80, full: 120 });
  const [depth, width] = [12, 16];
  ctx.record('depth x width', `${depth} x ${width}`);
  ctx.record('SGD steps (lr 0.05, full batch of 128)', steps);
  ctx.record('seeds', seeds);
  const loss = variances.map(() => 0);
  const acc = variances.map(() => 0);
  for (let s = 0; s < seeds; s++) {
    const data = teacherClassification(ctx.tf, { nTrain: 128, nTest: 256, d: 8, classes: 4, seed: subSeed(ctx.seed, s) });
    try {
      variances.forEach((v, i) => {
        const r = trainMlp(ctx.tf, { sizes: [8, ...Array<number>(depth).fill(width), 4], phi: 'tanh', weightVariance: v, seed: subSeed(ctx.seed, 100 + s) }, { optimizer: 'sgd', lr: 0.05, steps, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain }, test: { x: data.xTest, y: data.yTest }, evalEvery: steps });
        loss[i]! += (r.nonFinite ? Infinity : r.trainLoss.at(-1)!) / seeds;
        acc[i]! += r.testAcc.at(-1)! / seeds;
      });
    } finally {
      data.dispose();
    }
  }
  variances.forEach((v, i) => { ctx.record(`sigma_w^2 = ${v}: train loss`, +loss[i]!.toFixed(4)); ctx.record(`sigma_w^2 = ${v}: test accuracy`, +acc[i]!.toFixed(4)); });
  return { loss, acc };
}

const sweepReading = 'Square tanh MLPs of 12 hidden layers of width 16 (zero biases, Var(W) = sigma_w^2 / fan_in exactly) trained by full-batch SGD (lr 0.05) with softmax cross-entropy on 128 points of a 4-class task labelled by a random teacher (8-dim N(0, I) inputs), test accuracy on 256 clean held-out points; averaged over seeds. For tanh with zero bias chi = 1 at sigma_w^2 = 1 (infinite-width-ntk/tanh-critical-weight-variance).';

export const edgeOfChaosNeededForTraining = defineClaim({
  id: 'infinite-width-ntk/healthy-net-lives-at-edge-of-chaos',
  source: { file, quote: '一个健康的网络必须生存在“[混沌边缘](@article_id:337019)”' },
  statement: 'A healthy (trainable) deep network must live at the edge of chaos: far from chi = 1 it trains worse.',
  reading: `Deep in the ordered phase (sigma_w^2 = 0.25, chi = 0.25) and deep in the chaotic phase (sigma_w^2 = 16) against the critical sigma_w^2 = 1: both must end with a higher training loss after the same number of steps. ${sweepReading}`,
  kind: 'experiment',
  tolerance: exactly('an ordering of the measured final losses'),
  correction: (e) => `远离 χ=1 的网络并不总是更难训练（实测末期训练损失：${Object.entries(e.records).filter(([k]) => k.endsWith('train loss')).map(([k, v]) => `${k.split(':')[0]} → ${v}`).join('，')}）`,
  check: (ctx) => {
    const { loss } = tanhSweep(ctx, [0.25, 1, 16]);
    ctx.judge.holds({ label: 'train loss: ordered phase (0.25) above critical (1)', holds: loss[0]! > loss[1]!, values: { ordered: loss[0]!, critical: loss[1]! } });
    ctx.judge.holds({ label: 'train loss: chaotic phase (16) above critical (1)', holds: loss[2]! > loss[1]!, values: { chaotic: loss[2]!, critical: loss[1]! } });
  },
});

const idealQuote = '最理想的情况是 $\\chi = 1$';
const idealStatement = 'The ideal initialisation is the one with chi = 1.';
const idealVariances = [0.5, 1, 2, 4];

export const chiOneIdealTraining = defineClaim({
  id: 'infinite-width-ntk/chi-one-is-ideal-reading-a',
  primary: { why: 'the paragraph is about signals that let a healthy network train (一个健康的网络必须生存在混沌边缘): ideal for training' },
  source: { file, quote: idealQuote },
  statement: idealStatement,
  reading: `Reading A (one of two; reading B is infinite-width-ntk/chi-one-is-ideal-reading-b): "ideal" for training: among sigma_w^2 in {0.5, 1, 2, 4} (chi = 0.5, 1, about 1.1, about 1.36 at the fixed point), the critical sigma_w^2 = 1 reaches the lowest training loss. ${sweepReading}`,
  kind: 'experiment',
  tolerance: exactly('an ordering of the measured final training losses'),
  correction: (e) => { const best = Object.entries(e.records).filter(([k]) => k.endsWith('train loss')).sort((a, b) => (a[1] as number) - (b[1] as number))[0]!; return `就训练速度而言，最理想的并非恰好 $\\chi = 1$：实测训练损失最低的是 ${best[0].split(':')[0]}（略偏向混沌一侧）`; },
  check: (ctx) => {
    const { loss } = tanhSweep(ctx, idealVariances);
    idealVariances.forEach((v, i) => { if (v !== 1) ctx.judge.holds({ label: `train loss at sigma_w^2 = 1 below sigma_w^2 = ${v}`, holds: loss[1]! < loss[i]!, values: { critical: loss[1]!, other: loss[i]! } }); });
  },
});

export const chiOneIdealTest = defineClaim({
  id: 'infinite-width-ntk/chi-one-is-ideal-reading-b',
  alternativeOf: 'infinite-width-ntk/chi-one-is-ideal-reading-a',
  source: { file, quote: idealQuote },
  statement: idealStatement,
  reading: `Reading B (one of two; reading A is infinite-width-ntk/chi-one-is-ideal-reading-a): "ideal" for the trained model: among sigma_w^2 in {0.5, 1, 2, 4}, the critical sigma_w^2 = 1 reaches the highest test accuracy. ${sweepReading}`,
  kind: 'experiment',
  tolerance: exactly('an ordering of the measured test accuracies'),
  correction: (e) => { const best = Object.entries(e.records).filter(([k]) => k.endsWith('test accuracy')).sort((a, b) => (b[1] as number) - (a[1] as number))[0]!; return `就测试准确率而言，实测最好的是 ${best[0].split(':')[0]}，而非恰好 $\\chi = 1$`; },
  check: (ctx) => {
    const { acc } = tanhSweep(ctx, idealVariances);
    idealVariances.forEach((v, i) => { if (v !== 1) ctx.judge.holds({ label: `test accuracy at sigma_w^2 = 1 above sigma_w^2 = ${v}`, holds: acc[1]! > acc[i]!, values: { critical: acc[1]!, other: acc[i]! } }); });
  },
});

// ---------------------------------------------------------------- chi: definition, thresholds

// A small perturbation's squared norm per layer (as a tangent, so it can shrink without rounding) in one wide net.
function perturbationFactors(ctx: CheckContext, phi: Phi, weightVariance: number, biasVariance: number, depth: number, seed: number, width = 256, rows = 32) {
  const t = probeTangent(ctx.tf, { phi, weightVariance, biasVariance, width, depth, rows, seed });
  return { q: t.q, distance2: t.tangent2 };
}

export const chiFormula = defineClaim({
  id: 'infinite-width-ntk/chi-formula',
  source: { file, quote: '其灵敏度结果为 $\\chi = \\sigma_w^2 \\mathbb{E}[(\\phi\'(z))^2]$' },
  statement: 'The factor by which a small perturbation\'s squared norm is multiplied by one layer is chi = sigma_w^2 E[phi\'(z)^2], the expectation over the typical pre-activation z.',
  reading: 'Wide square nets (n = 256 and two nets per case at quick, 512 and three nets at standard; Var(W) = sigma_w^2 / n exactly, bias variance 0 or 0.1) with activation tanh, ReLU or sigmoid and sigma_w^2 in [0.5, 4]; 32 N(0, I) inputs, each with an infinitesimal N(0, I) perturbation propagated alongside it as a tangent (dz_{l+1} = (phi\'(z_l) dz_l) W, phi\' by tfjs autodiff; a finite difference in float32 drowns in rounding once the perturbation has shrunk a few layers). For each layer l the measured factor |dz_{l+1}|^2 / |dz_l|^2 (mean over the inputs) is divided by sigma_w^2 E[phi\'(z)^2] with z ~ N(0, q_l), q_l the layer\'s measured pre-activation variance and phi\' from tfjs autodiff; the ratios over 12 layers (of every net of the case) are samples (geometric mean with its t-interval); a second run at standard showed a ReLU case straddling with one net per case: ReLU nets collapse all inputs onto one direction with depth, so a layer\'s active-unit fraction, shared by every input, scatters by ~2% at n = 512 and only more nets average it out.',
  kind: 'statistical',
  tolerance: relative(0.05, 'the formula is the infinite-width value; at n = 256 a single layer\'s factor, averaged over 32 pair directions, scatters by ~2% and the O(1/n) bias is ~0.4%; +-5% on the mean over layers and pairs admits that and still separates chi from 1 whenever they differ by more than 5%'),
  correction: (e) => { const o = outside(e)[0]!; return `一层对微小扰动平方范数的放大因子与 $\\sigma_w^2 \\mathbb{E}[(\\phi'(z))^2]$ 相差 ${(100 * (o.measured! - 1)).toFixed(1)}%（${whereText(o.where)}）`; },
  cases: () => fc.record({ phi: fc.constantFrom<Phi>('tanh', 'relu', 'sigmoid'), weightVariance: fc.double({ min: 0.5, max: 4, noNaN: true }), bias: fc.constantFrom(0, 0.1), seed: fc.nat() }),
  runs: { quick: 5, standard: 12, full: 24 },
  check: ({ phi, weightVariance, bias, seed }, ctx) => {
    const depth = 13;
    const [width, nets] = ctx.scale({ quick: [256, 2], standard: [512, 3], full: [512, 4] });
    ctx.record('width x nets per case', `${width} x ${nets}`);
    const u = normals(ctx, subSeed(seed, 9));
    const ratios = Array.from({ length: nets }, (_, i) => {
      const s = perturbationFactors(ctx, phi, weightVariance, bias, depth, subSeed(seed, 20 + i), width);
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
  correction: (e) => { const o = outside(e)[0]!; return `如果 $\\chi < ${e.slots.number('bound')}$，微小扰动并不随深度衰减（${whereText(o.where)}）`; },
  check: (ctx) => {
    for (const { phi, chiTarget, biasVariance } of chiBelowGrid(ctx.slots.number('bound'))) {
      const weightVariance = +varianceForChi(ctx, phi, chiTarget, biasVariance, subSeed(ctx.seed, 1)).toFixed(4);
      const s = perturbationFactors(ctx, phi, weightVariance, biasVariance, 21, ctx.seed, 128, 8);
      const layers = s.distance2.slice(0, 21).map((_, l) => l + 1);
      const logRatio = s.distance2.slice(0, 21).map((d) => Math.log(d / s.distance2[0]!));
      ctx.judge.trend({ label: 'slope of ln(|dz_l|^2 / |dz_1|^2) per layer', x: layers, y: logRatio, resolution: 1e-3, training: { untrained: 'a forward pass through random nets; nothing is trained' }, where: { phi, chi: chiTarget, biasVariance, weightVariance } });
    }
  },
});

export const chiBelowOnePerturbation = defineClaim({
  id: 'infinite-width-ntk/chi-below-one-vanishes-reading-a',
  alternativeOf: 'infinite-width-ntk/chi-below-one-vanishes-rate',
  source: { file, quote: chiBelowQuote },
  statement: chiBelowStatement,
  reading: 'Reading A (one of two; reading B is infinite-width-ntk/chi-below-one-vanishes-reading-b): "the signal" is the small perturbation chi describes. The source reads "如果 χ  1" with a lost "<" (the next sentence covers ">"). Nets at a target chi in {0.3, 0.6, 0.9} at the pre-activation fixed point (ReLU: sigma_w^2 = 2 chi; tanh: sigma_w^2 solved for chi, bias variance 0 or 0.05), width 128, 8 N(0, I) inputs with infinitesimal N(0, I) perturbations propagated as tangents; measured: the squared norm of the perturbation after 20 layers relative to layer 1; "vanishes" = below 1%.',
  kind: 'exact',
  tolerance: atMost(0, 'the band is [0, 1%] of the first layer\'s squared perturbation after 20 layers: "vanishes" must mean more than a mild decrease'),
  correction: (e) => { const o = outside(e)[0]!; return `如果 $\\chi < ${e.slots.number('bound')}$，微小扰动逐层衰减，但 20 层后仍剩 ${(100 * o.measured!).toFixed(1)}%（${whereText(o.where)}）`; },
  check: (ctx) => {
    for (const { phi, chiTarget, biasVariance } of chiBelowGrid(ctx.slots.number('bound'))) {
      const weightVariance = +varianceForChi(ctx, phi, chiTarget, biasVariance, subSeed(ctx.seed, 1)).toFixed(4);
      const s = perturbationFactors(ctx, phi, weightVariance, biasVariance, 21, ctx.seed, 128, 8);
      ctx.judge.value({ label: '|dz_21|^2 / |dz_1|^2', measured: s.distance2[20]! / s.distance2[0]!, asserted: 0.01, where: { phi, chi: chiTarget, biasVariance, weightVariance } });
    }
  },
});

export const chiBelowOneSignal = defineClaim({
  id: 'infinite-width-ntk/chi-below-one-vanishes-reading-b',
  alternativeOf: 'infinite-width-ntk/chi-below-one-vanishes-rate',
  source: { file, quote: chiBelowQuote },
  statement: chiBelowStatement,
  reading: 'Reading B (one of two; reading A is infinite-width-ntk/chi-below-one-vanishes-reading-a): "the signal" is the forward signal itself (its magnitude q), as in the paragraph before. Same nets as reading A (target chi in {0.3, 0.6, 0.9}, bias variance 0 or 0.05, width 128, N(0, I) inputs); measured: q_21 / q_1; "vanishes" = below 1%.',
  kind: 'exact',
  tolerance: atMost(0, 'the band is [0, 1%] of the first layer\'s squared signal after 20 layers, the same threshold as reading A'),
  qualifiers: [{ condition: 'biasVariance = 0', holds: (c) => c.biasVariance === 0 }],
  correction: (e) => e.qualifiedBy ? `如果 $\\chi < ${e.slots.number('bound')}$，微小扰动消失；信号本身只有在无偏置时才消失，有偏置时它收敛到一个非零的不动点` : `如果 $\\chi < ${e.slots.number('bound')}$，信号本身并不一定消失`,
  check: (ctx) => {
    for (const { phi, chiTarget, biasVariance } of chiBelowGrid(ctx.slots.number('bound'))) {
      const weightVariance = +varianceForChi(ctx, phi, chiTarget, biasVariance, subSeed(ctx.seed, 1)).toFixed(4);
      const s = perturbationFactors(ctx, phi, weightVariance, biasVariance, 21, ctx.seed, 128, 8);
      ctx.judge.value({ label: 'q_21 / q_1', measured: s.q[20]! / s.q[0]!, asserted: 0.01, where: { phi, chi: chiTarget, biasVariance, weightVariance } });
    }
  },
});

const chiAboveQuote = '如果 $\\chi {sign:rel} {bound:number}$，它会爆炸';
const chiAboveStatement = 'If chi {sign} {bound}, the signal explodes.';
const chiAboveGrid = [['relu', 2.5], ['relu', 4], ['tanh', 2], ['tanh', 4]] as const;

export const chiAboveOneGrows = defineClaim({
  id: 'infinite-width-ntk/chi-above-one-explodes-reading-a',
  primary: { why: 'as for χ < 1, χ measures a small perturbation layer by layer; 爆炸 is its growth from layer to layer' },
  source: { file, quote: chiAboveQuote },
  statement: chiAboveStatement,
  reading: 'Reading A (one of two; reading B is infinite-width-ntk/chi-above-one-explodes-reading-b): a small perturbation grows layer after layer: the geometric-mean per-layer factor of its squared norm over layers 1..10 exceeds 1. Nets with chi > 1 at the fixed point: ReLU sigma_w^2 in {2.5, 4}, tanh sigma_w^2 in {2, 4}; zero bias, width 128, 8 N(0, I) inputs with infinitesimal perturbations propagated as tangents.',
  kind: 'exact',
  tolerance: atLeast(0, 'the band is a per-layer factor >= 1: growth, of whatever size'),
  correction: (e) => { const o = outside(e)[0]!; return `如果 $\\chi > ${e.slots.number('bound')}$，微小扰动并不增长（${whereText(o.where)} 时每层因子 ${o.measured!.toFixed(3)}）`; },
  check: (ctx) => {
    for (const [phi, weightVariance] of chiAboveGrid) {
      const s = perturbationFactors(ctx, phi, weightVariance, 0, 11, ctx.seed, 128, 8);
      ctx.judge.value({ label: 'per-layer factor of |dz|^2 (layers 1..10)', measured: geo(s.distance2.slice(1).map((d, l) => d / s.distance2[l]!)), asserted: ctx.slots.number('bound'), where: { phi, weightVariance } });
    }
  },
});

export const chiAboveOneExplodes = defineClaim({
  id: 'infinite-width-ntk/chi-above-one-explodes-reading-b',
  alternativeOf: 'infinite-width-ntk/chi-above-one-explodes-reading-a',
  source: { file, quote: chiAboveQuote },
  statement: chiAboveStatement,
  reading: 'Reading B (one of two; reading A is infinite-width-ntk/chi-above-one-explodes-reading-a): "explodes" = keeps growing without bound: the squared distance between two inputs that start close (cosine 0.995) still grows at least tenfold between layer 20 and layer 40. Same nets as reading A (width 128, 8 pairs).',
  kind: 'exact',
  tolerance: atLeast(0, 'the band is d^2_40 / d^2_20 >= 10: growth that has not stopped'),
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  correction: (e) => e.qualifiedBy ? `如果 $\\chi > ${e.slots.number('bound')}$，微小扰动会增长；对 ReLU 它会一直爆炸，对 tanh 它增长到输入彼此去相关为止，并不爆炸（混沌而非发散）` : `如果 $\\chi > ${e.slots.number('bound')}$，扰动会增长，但并不爆炸`,
  check: (ctx) => {
    for (const [phi, weightVariance] of chiAboveGrid) {
      const s = probeWideNet(ctx.tf, { phi, weightVariance, width: 128, depth: 40, pairs: 8, pair: { kind: 'perturbation', eps: 0.1 }, seed: ctx.seed });
      ctx.judge.value({ label: 'd^2_40 / d^2_20', measured: s.distance2[39]! / s.distance2[19]!, asserted: 10, where: { phi, weightVariance } });
    }
  },
});

// ---------------------------------------------------------------- tanh: sigma_w^2 = 1

export const tanhDerivativeAtOrigin = defineClaim({
  id: 'infinite-width-ntk/tanh-derivative-at-origin',
  source: { file, quote: '其在原点的[导数](@article_id:318324)为{d:number}' },
  statement: 'The derivative of tanh at the origin is {d}.',
  reading: 'tanh\'(0) by tfjs autodiff, and its symmetric difference quotient at h = 1e-3 in float64.',
  kind: 'exact',
  tolerance: absolute(1e-6, 'float32 autodiff of tanh at 0 is exact to rounding; the difference quotient errs by h^2/3 ~ 3e-7'),
  correction: (e) => `tanh 在原点的导数为 ${e.observations[0]!.measured}`,
  check: (ctx) => {
    const d = ctx.tf.tidy(() => ctx.tf.grad((z) => ctx.tf.sum(ctx.tf.tanh(z)))(ctx.tf.scalar(0)).dataSync()[0]!);
    ctx.judge.value({ label: 'tanh\'(0), autodiff', measured: d, asserted: ctx.slots.number('d') });
    ctx.judge.value({ label: 'tanh\'(0), difference quotient', measured: (Math.tanh(1e-3) - Math.tanh(-1e-3)) / 2e-3, asserted: ctx.slots.number('d') });
  },
});

export const tanhCritical = defineClaim({
  id: 'infinite-width-ntk/tanh-critical-weight-variance',
  source: { file, quote: '$\\chi={chi:number}$ 的条件立即得出 $\\sigma_w^2 = {variance:number}$' },
  statement: 'For tanh, the condition chi = {chi} gives sigma_w^2 = {variance}.',
  reading: 'Assumptions stated: zero bias, chi evaluated at the stable fixed point q* of the variance map q -> sigma_w^2 E[tanh(sqrt(q) u)^2] (q* = 0 for sigma_w^2 <= 1, where E[tanh\'^2] = 1; q* > 0 above). We solve chi(sigma_w^2) = sigma_w^2 E[tanh\'(z)^2], z ~ N(0, q*(sigma_w^2)), equal to 1 by bisection (Gaussian expectations by Monte Carlo on 2^13 standardised antithetic samples with tfjs autodiff), and check with wide nets (n = 256, depth 40 to reach the fixed point, tangent propagation) that the measured perturbation factor is below 1 at 0.8 x and above 1 at 1.25 x the root. The root with bias variance 0.05 is recorded for comparison. The root is ill-conditioned from above: to first order in q*, q* = (1 - 1/sigma_w^2)/2 and chi = sigma_w^2 (1 - 2 q*) = 1, so chi - 1 grows only quadratically past the root and a float32 rounding change in chi near 1e-5 moves the root by up to ~1e-2 (1.0000 on wasm, 1.0084 on cpu in the parity run at quick, seed 1, docs/parity/; both inside the band).',
  kind: 'exact',
  tolerance: relative(0.02, 'the root is computed, not sampled from nets: Monte Carlo with 2^13 standardised antithetic samples moves it by well under 1%; 2% leaves room for that'),
  correction: (e) => `对 tanh（无偏置、不动点 q*=0），χ=${e.slots.number('chi')} 给出 σ_w² ≈ ${e.observations[0]!.measured!.toFixed(3)}`,
  check: (ctx) => {
    const u = standardNormals(ctx.tf, 1 << 12, ctx.seed);
    const target = ctx.slots.number('chi');
    const root = (bv: number) => {
      let [lo, hi] = [0.5, 3];
      for (let i = 0; i < 22; i++) {
        const mid = (lo + hi) / 2;
        if (chi(ctx.tf, 'tanh', mid, fixedPointVariance('tanh', mid, bv, u), u) < target) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    };
    const r = root(0);
    ctx.record('critical sigma_w^2 with bias variance 0.05', +root(0.05).toFixed(4));
    ctx.judge.value({ label: `sigma_w^2 solving chi = ${target} (zero bias)`, measured: r, asserted: ctx.slots.number('variance') });
    const deepFactor = (v: number) => { const s = perturbationFactors(ctx, 'tanh', v, 0, 41, ctx.seed); return geo(s.distance2.slice(31).map((d, l) => d / s.distance2[30 + l]!)); };
    const [below, above] = [deepFactor(0.8 * r), deepFactor(1.25 * r)];
    ctx.judge.holds({ label: 'net perturbation factor (layers 30-40) below 1 at 0.8x the root and above 1 at 1.25x', holds: below < 1 && above > 1, values: { below, above } });
  },
});

export const xavierIsUnitVarianceEqualWidth = defineClaim({
  id: 'infinite-width-ntk/xavier-is-sigma-w-1-equal-width',
  primary: { why: 'the section\'s mean-field argument, from which "χ=1 立即得出 σ_w² = 1", propagates signals through layers of one width n, where Glorot\'s 2/(fan_in+fan_out) is 1/n' },
  source: { file, quote: '这就是著名的 Glorot 或 Xavier 初始化' },
  statement: 'sigma_w^2 = 1 (Var(W) = 1/fan_in) is the Glorot (Xavier) initialisation.',
  reading: 'Glorot and Bengio\'s variance is 2 / (fan_in + fan_out); sigma_w^2 = fan_in * Var(W). Generated layers with fan_in in [16, 1024] and fan_out = fan_in * ratio, ratio in {1/4, 1/2, 1, 2, 4}; sigma_w^2 of Glorot is compared with 1. The sentence\'s premise is the equal-width setting of the section (fan_out = fan_in): other cases are dropped and counted, since the referee review (docs/reviews/findings-engine.md #22) found the non-square counter-cases lie outside it; the first design, judging every ratio, is kept as the alternative infinite-width-ntk/xavier-is-sigma-w-1.',
  kind: 'arithmetic',
  tolerance: relative(1e-9, 'exact arithmetic'),
  premise: (c) => c.ratio === 1,
  correction: () => 'σ_w²=1 并非 Glorot 初始化',
  cases: () => fc.record({ fanIn: fc.integer({ min: 16, max: 1024 }), ratio: fc.constantFrom(0.25, 0.5, 1, 2, 4) }),
  runs: { quick: 20, standard: 50, full: 100 },
  check: ({ fanIn, ratio }, ctx) => {
    const fanOut = Math.round(fanIn * ratio);
    ctx.judge.value({ label: 'fan_in * 2 / (fan_in + fan_out)', measured: (fanIn * 2) / (fanIn + fanOut), asserted: 1 });
  },
});

export const xavierIsUnitVariance = defineClaim({
  id: 'infinite-width-ntk/xavier-is-sigma-w-1',
  alternativeOf: 'infinite-width-ntk/xavier-is-sigma-w-1-equal-width',
  source: { file, quote: '这就是著名的 Glorot 或 Xavier 初始化' },
  statement: 'sigma_w^2 = 1 (Var(W) = 1/fan_in) is the Glorot (Xavier) initialisation.',
  reading: 'Glorot and Bengio\'s variance is 2 / (fan_in + fan_out); sigma_w^2 = fan_in * Var(W). Generated layers with fan_in in [16, 1024] and fan_out = fan_in * ratio, ratio in {1/4, 1/2, 1, 2, 4}; sigma_w^2 of Glorot is compared with 1.',
  kind: 'arithmetic',
  tolerance: relative(1e-9, 'exact arithmetic'),
  qualifiers: [{ condition: 'fan_in = fan_out', holds: (c) => c.ratio === 1 }],
  correction: (e) => e.qualifiedBy ? '对方阵层（fan_in = fan_out），这就是著名的 Glorot 或 Xavier 初始化（Var = 2/(fan_in+fan_out) = 1/n）；非方阵层时二者不同' : 'σ_w²=1 并非 Glorot 初始化',
  cases: () => fc.record({ fanIn: fc.integer({ min: 16, max: 1024 }), ratio: fc.constantFrom(0.25, 0.5, 1, 2, 4) }),
  runs: { quick: 20, standard: 50, full: 100 },
  check: ({ fanIn, ratio }, ctx) => {
    const fanOut = Math.round(fanIn * ratio);
    ctx.judge.value({ label: 'fan_in * 2 / (fan_in + fan_out)', measured: (fanIn * 2) / (fanIn + fanOut), asserted: 1 });
  },
});

export const glorotEmpirical = defineClaim({
  id: 'infinite-width-ntk/glorot-found-empirically',
  source: { file, quote: '它是凭经验发现的' },
  statement: 'The Glorot/Xavier initialisation was found empirically.',
  kind: 'not-checkable',
  reason: 'A claim about how a method was discovered (history of the literature), which no computation can reach. For the reader: Glorot and Bengio (2010) derived their variance from an analytical argument, keeping forward activations and back-propagated gradients at equal variance across layers, not from trial and error.',
});

// ---------------------------------------------------------------- ReLU: 1/2 and sigma_w^2 = 2

export const reluDerivative = defineClaim({
  id: 'infinite-width-ntk/relu-derivative',
  source: { file, quote: '对于正输入，其[导数](@article_id:318324)为{positive:number}，对于负输入，其[导数](@article_id:318324)为{negative:number}' },
  statement: 'The derivative of ReLU is {positive} for positive inputs and {negative} for negative inputs.',
  reading: 'tfjs autodiff of relu at generated inputs with 1e-6 <= |z| <= 100 (float32 flushes smaller magnitudes to 0, where the derivative is a convention).',
  kind: 'exact',
  tolerance: exactly('the derivative is 0 or 1 exactly'),
  correction: (e) => { const o = outside(e)[0]!; return `ReLU 在 ${o.where.z} 处的导数为 ${o.measured}`; },
  cases: () => fc.record({ z: fc.tuple(fc.constantFrom(-1, 1), fc.double({ min: 1e-6, max: 100, noNaN: true })).map(([s, m]) => s * m) }),
  runs: { quick: 30, standard: 100, full: 300 },
  check: ({ z }, ctx) => {
    const d = ctx.tf.tidy(() => ctx.tf.grad((t) => ctx.tf.sum(ctx.tf.relu(t)))(ctx.tf.scalar(z)).dataSync()[0]!);
    ctx.judge.value({ label: 'relu\'(z)', measured: d, asserted: z > 0 ? ctx.slots.number('positive') : ctx.slots.number('negative') });
  },
});

export const reluInputsSymmetric = defineClaim({
  id: 'infinite-width-ntk/relu-preactivations-symmetric',
  source: { file, quote: '由于初始化时的输入对称分布在零点周围' },
  statement: 'At initialisation the inputs to a ReLU (its pre-activations) are distributed symmetrically around zero.',
  reading: 'He-initialised ReLU nets (sigma_w^2 = 2, zero bias), width 128, 8 layers, 64 N(0, I) inputs; symmetry measured as the skewness E[z^3] / E[z^2]^(3/2) of all pre-activations of a layer (layers 2..8; the inputs of deeper ReLU layers are themselves non-negative, so this is the non-trivial case). Nets are i.i.d. samples of the mean skewness.',
  kind: 'statistical',
  tolerance: absolute(0.05, 'a symmetric distribution has skewness 0; |skewness| <= 0.05 is far below the ~1 of a visibly lopsided distribution and above the sampling noise of 64 x 128 values per layer'),
  correction: (e) => `初始化时 ReLU 的预激活并不对称（偏度 ${e.observations[0]!.measured!.toFixed(3)}）`,
  check: (ctx) => {
    const nets = ctx.scale({ quick: 32, standard: 64, full: 160 });
    const draw = (i: number) => ctx.tf.tidy(() => {
      const tf = ctx.tf;
      let h = tf.randomNormal([64, 128], 0, 1, 'float32', subSeed(ctx.seed, 2 * i));
      let total = 0;
      for (let l = 0; l < 8; l++) {
        const z = tf.matMul(h, tf.randomNormal([128, 128], 0, Math.sqrt(2 / 128), 'float32', subSeed(ctx.seed, 1000 * i + l + 1)));
        if (l > 0) total += tf.div(tf.mean(tf.pow(z, 3)), tf.pow(tf.mean(tf.square(z)), 1.5)).dataSync()[0]! / 7;
        h = tf.relu(z);
      }
      return total;
    });
    ctx.record('nets', nets);
    ctx.judge.sequential({ label: 'skewness of pre-activations (layers 2-8)', statistic: 'mean', n: nets, draw, asserted: 0 });
  },
});

export const reluDerivativeHalfTime = defineClaim({
  id: 'infinite-width-ntk/relu-derivative-one-half-the-time',
  source: { file, quote: '[导数](@article_id:318324)的平方有一半时间是1，另一半时间是0' },
  statement: 'At initialisation, the squared derivative of ReLU is 1 half of the time and 0 the other half.',
  reading: 'Fraction of pre-activations with relu\'(z)^2 = 1 (tfjs autodiff) in He-initialised ReLU nets (sigma_w^2 = 2, zero bias), width 256, layers 1..8, 16 N(0, I) inputs; nets are i.i.d. samples.',
  kind: 'statistical',
  tolerance: absolute(0.02, '"half" is read as 0.5 +- 0.02: within it lies any sampling noise of 16 x 256 units per layer, outside it a clear asymmetry'),
  correction: (e) => `导数的平方为 1 的比例约为 ${e.observations[0]!.measured!.toFixed(3)}`,
  check: (ctx) => {
    const nets = ctx.scale({ quick: 4, standard: 10, full: 30 });
    const draw = (i: number) => ctx.tf.tidy(() => {
      const tf = ctx.tf;
      let h = tf.randomNormal([16, 256], 0, 1, 'float32', subSeed(ctx.seed, 2 * i));
      let total = 0;
      for (let l = 0; l < 8; l++) {
        const z = tf.matMul(h, tf.randomNormal([256, 256], 0, Math.sqrt(2 / 256), 'float32', subSeed(ctx.seed, 1000 * i + l + 1)));
        total += tf.mean(tf.square(tf.grad((t) => tf.sum(tf.relu(t)))(z))).dataSync()[0]! / 8;
        h = tf.relu(z);
      }
      return total;
    });
    ctx.judge.sequential({ label: 'fraction with relu\'(z)^2 = 1', statistic: 'mean', n: nets, draw, asserted: 0.5 });
  },
});

export const reluMeanSquaredDerivative = defineClaim({
  id: 'infinite-width-ntk/relu-expected-squared-derivative',
  source: { file, quote: '就是 $\\frac{{num:int}}{{den:int}}$' },
  statement: 'For ReLU, E[phi\'(z)^2] = {num}/{den}.',
  reading: 'z ~ N(0, q) with q in {0.1, 1, 10}: batches of 65536 raw N(0, q) samples, relu\'(z) by tfjs autodiff; each batch mean of relu\'(z)^2 is one sample.',
  kind: 'statistical',
  tolerance: absolute(0.01, 'the value is a probability; +-0.01 separates 1/2 from any other simple fraction and holds the batch noise (sd 0.002 per batch of 65536)'),
  correction: (e) => `期望值 $\\mathbb{E}[(\\phi'(z))^2]$ 约为 ${e.observations[0]!.measured!.toFixed(3)}`,
  judgements: 3,
  check: (ctx) => {
    const batches = ctx.scale({ quick: 6, standard: 20, full: 60 });
    for (const q of [0.1, 1, 10]) {
      const draw = (i: number) => ctx.tf.tidy(() => {
        const z = ctx.tf.randomNormal([65536], 0, Math.sqrt(q), 'float32', subSeed(ctx.seed, 100 * q + i));
        return ctx.tf.mean(ctx.tf.square(ctx.tf.grad((t) => ctx.tf.sum(ctx.tf.relu(t)))(z))).dataSync()[0]!;
      });
      ctx.judge.sequential({ label: 'E[relu\'(z)^2]', statistic: 'mean', n: batches, draw, asserted: ctx.slots.int('num') / ctx.slots.int('den'), where: { q } });
    }
  },
});

export const reluCritical = defineClaim({
  id: 'infinite-width-ntk/relu-critical-weight-variance',
  source: { file, quote: '于是，$\\chi={chi:number}$ 的条件要求 $\\sigma_w^2 = {variance:number}$' },
  statement: 'For ReLU, the condition chi = {chi} requires sigma_w^2 = {variance}.',
  reading: 'Measured with wide ReLU nets (n = 256, zero bias, 32 N(0, I) inputs with infinitesimal perturbations propagated as tangents, layers 1..10): the per-layer factor of the perturbation\'s squared norm divided by sigma_w^2 is estimated at sigma_w^2 = 1.5 and 2.5 (the factor is linear in sigma_w^2 for ReLU); the sigma_w^2 with factor 1 is 1 / (mean slope). Nets are i.i.d. samples of that root.',
  kind: 'statistical',
  tolerance: relative(0.05, 'a root from measured factors: +-5% admits finite-width scatter of the factor at n = 512 over 10 layers and still tells 2 from the 1 of Xavier'),
  correction: (e) => `于是，$\\chi=${e.slots.number('chi')}$ 的条件要求 $\\sigma_w^2 \\approx ${e.observations[0]!.measured!.toFixed(2)}$`,
  check: (ctx) => {
    const nets = ctx.scale({ quick: 3, standard: 8, full: 20 });
    const draw = (i: number) => {
      const slopes = [1.5, 2.5].map((v, j) => {
        const s = perturbationFactors(ctx, 'relu', v, 0, 11, subSeed(ctx.seed, 2 * i + j));
        return geo(s.distance2.slice(1).map((d, l) => d / s.distance2[l]!)) / v;
      });
      // The factor is sigma_w^2 times the mean slope: chi = target at sigma_w^2 = target / slope.
      return (2 * ctx.slots.number('chi')) / (slopes[0]! + slopes[1]!);
    };
    ctx.judge.sequential({ label: `sigma_w^2 with perturbation factor ${ctx.slots.number('chi')}`, statistic: 'mean', n: nets, draw, asserted: ctx.slots.number('variance') });
  },
});

export const heIsTwoOverFanIn = defineClaim({
  id: 'infinite-width-ntk/he-is-sigma-w-2',
  source: { file, quote: '这就是同样著名的 He 初始化' },
  statement: 'sigma_w^2 = 2 (Var(W) = 2/fan_in) is the He initialisation.',
  reading: 'He et al. (2015) set Var(W) = 2 / fan_in ("fan_in" mode); sigma_w^2 = fan_in * Var(W) for generated fan_in in [1, 4096].',
  kind: 'arithmetic',
  tolerance: relative(1e-9, 'exact arithmetic'),
  correction: () => 'σ_w²=2 并非 He 初始化',
  cases: () => fc.record({ fanIn: fc.integer({ min: 1, max: 4096 }) }),
  runs: { quick: 10, standard: 30, full: 100 },
  check: ({ fanIn }, ctx) => {
    ctx.judge.value({ label: 'fan_in * 2 / fan_in', measured: fanIn * (2 / fanIn), asserted: 2 });
  },
});

export const heCrucial = defineClaim({
  id: 'infinite-width-ntk/he-crucial-for-deep-relu',
  source: { file, quote: '它对于使非常深的 ReLU 网络可训练至关重要' },
  statement: 'He initialisation is crucial for making very deep ReLU networks trainable.',
  reading: 'Very deep: 30 hidden ReLU layers of width 32 (zero biases), full-batch SGD (lr 0.02, softmax cross-entropy) on 128 points of a 4-class teacher task. Crucial = with sigma_w^2 = 1 (Xavier) and sigma_w^2 = 4 the training loss after the same steps is higher than with He (sigma_w^2 = 2); a run that overflows counts as infinitely high. Mean over seeds.',
  kind: 'experiment',
  tolerance: exactly('an ordering of measured final losses'),
  correction: (e) => `实测：He 初始化并非唯一可训练的选择（${Object.entries(e.records).filter(([k]) => k.includes('loss')).map(([k, v]) => `${k} ${v}`).join('，')}）`,
  check: (ctx) => {
    const seeds = ctx.scale({ quick: 1, standard: 2, full: 4 });
    const steps = ctx.scale({ quick: 40, standard: 80, full: 120 });
    ctx.record('SGD steps', steps);
    const loss = [1, 2, 4].map(() => 0);
    for (let s = 0; s < seeds; s++) {
      const data = teacherClassification(ctx.tf, { nTrain: 128, nTest: 16, d: 8, classes: 4, seed: subSeed(ctx.seed, s) });
      try {
        [1, 2, 4].forEach((v, i) => {
          const r = trainMlp(ctx.tf, { sizes: [8, ...Array<number>(30).fill(32), 4], phi: 'relu', weightVariance: v, seed: subSeed(ctx.seed, 50 + s) }, { optimizer: 'sgd', lr: 0.02, steps, loss: 'softmax', train: { x: data.xTrain, y: data.yTrain }, evalEvery: steps });
          loss[i]! += (r.nonFinite ? Infinity : r.trainLoss.at(-1)!) / seeds;
        });
      } finally {
        data.dispose();
      }
    }
    [1, 2, 4].forEach((v, i) => ctx.record(`sigma_w^2 = ${v}: final train loss`, Number.isFinite(loss[i]!) ? +loss[i]!.toFixed(4) : 'overflow'));
    ctx.judge.holds({ label: 'He (2) trains to a lower loss than Xavier (1)', holds: loss[1]! < loss[0]!, values: { he: loss[1]!, xavier: loss[0]! } });
    ctx.judge.holds({ label: 'He (2) trains to a lower loss than sigma_w^2 = 4', holds: loss[1]! < loss[2]!, values: { he: loss[1]! } });
  },
});

export const initSchemesPreserveInformation = defineClaim({
  id: 'infinite-width-ntk/init-schemes-let-information-survive',
  source: { file, quote: '实际上是信息必须在其穿越网络深度的旅程中存活下来的物理需求的直接结果' },
  statement: 'The successful initialisation schemes (Xavier for tanh, He for ReLU) are exactly what lets information survive its journey through the network\'s depth.',
  reading: 'Information = a small difference between two inputs; from the infinite-width view the sentence speaks from, its squared norm is multiplied by chi_l = sigma_w^2 E[phi\'(z_l)^2] at layer l, z_l ~ N(0, q_l) along the variance recursion from N(0, I) inputs (phi\' by tfjs autodiff, 2^14 standardised antithetic normal samples). Surviving = the product over 30 layers within [0.5, 1.5] (neither vanished nor exploded). Xavier-tanh (sigma_w^2 = 1) and He-ReLU (sigma_w^2 = 2), zero bias.',
  kind: 'exact',
  tolerance: relative(0.5, 'survival is read generously: the band is [0.5, 1.5] for the 30-layer factor, so only a clear loss or gain of the perturbation counts against it'),
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  correction: (e) => e.qualifiedBy ? 'He 初始化使信息在穿越 ReLU 网络的深度时得以存活；而 tanh 网络在 σ_w²=1（无偏置）时，微小扰动随深度按多项式衰减（30 层后只剩百分之几），并不完全存活' : '这些初始化方案并不能保证信息存活',
  check: (ctx) => {
    const u = normals(ctx, ctx.seed);
    for (const phi of ['relu', 'tanh'] as const) {
      const v = phi === 'relu' ? 2 : 1;
      const { chi: chis } = meanFieldTrajectory(ctx.tf, phi, v, 0, v, 30, u);
      ctx.judge.value({ label: 'product of chi_l over 30 layers', measured: chis.reduce((a, b) => a * b, 1), asserted: 1, where: { phi } });
    }
  },
});
