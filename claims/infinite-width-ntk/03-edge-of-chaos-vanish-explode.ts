// § 生存的艺术：[混沌边缘](@article_id:337019)的信号传播, first paragraph
// The text: a signal weakened by every layer vanishes within a few layers and the deep layers receive
// nothing; a signal amplified by every layer explodes, and the net becomes saturated and chaotic.
// How we test it: wide random nets (Var(W) = sigma_w^2 / n exactly) pushed with pairs of inputs (a point
// and a slightly moved copy, or two independent points). What would refute it: a regime that does not
// vanish / explode / saturate / decorrelate as said.
import { above, defineClaim, exactly, noLessThan, noMoreThan, type CheckContext } from '../../src/claim/index.js';
import type { SingleCheckClaim } from '../../src/claim/types.js';
import { caseText, outsideOf } from '../../src/findings/evidence-text.js';
import { probeWideNet } from '../../src/nets/theory/mean-field.js';

const file = 'infinite-width-ntk.md';
// The probe nets' width, one value at every budget: readings name it from here, not from prose.
const probeScale = { quick: { width: 128 }, standard: { width: 128 }, full: { width: 128 } };

export const signalVanishesInFewLayers = defineClaim({
  id: 'infinite-width-ntk/weakened-signal-vanishes-in-few-layers',
  scope: 'forall',
  source: { file, quote: '如果每一层都系统性地削弱信号，那么经过几层之后，它将消失得无影无踪' },
  statement: 'If every layer systematically weakens the signal, after a few layers it has vanished.',
  reading: 'Layers that weaken the signal: zero-bias nets whose per-layer factor on the squared signal is at most 1/2 (ReLU with sigma_w^2 in {0.5, 1}, tanh with sigma_w^2 in {0.25, 0.5}). "A few layers" = 10; "vanished" = the mean squared pre-activation q_10 below 1% of q_1. Width 256, 8 N(0, I) inputs; one value per generated net.',
  kind: 'exact',
  tolerance: noMoreThan(0.01, '"vanished without a trace" is read as below 1% of the first layer\'s squared signal; the band is [0, 1%]'),
  correction: (e) => { const o = outsideOf(e)[0]!; return `如果每一层都系统性地削弱信号，信号会逐层按几何级数衰减（${caseText(o.where)} 时 10 层后仍剩 ${(100 * o.measured!).toFixed(1)}%）`; },
  check: (ctx) => {
    for (const [phi, weightVariance] of [['relu', 0.5], ['relu', 1], ['tanh', 0.25], ['tanh', 0.5]] as const) {
      const s = probeWideNet(ctx.tf, { phi, weightVariance, width: 256, depth: 10, pairs: 4, pair: { kind: 'independent' }, seed: ctx.seeds.child('net').value });
      ctx.judge.value({ label: 'q_10 / q_1', measured: s.q[9]! / s.q[0]!, where: { phi, weightVariance } });
    }
  },
});

export const deepLayersSignalGone = defineClaim({
  id: 'infinite-width-ntk/weakened-signal-deep-layers-receive-nothing-vanished',
  scope: 'forall',
  primary: { why: 'the sentence continues "它将消失得无影无踪": the narrative "死的" means the input\'s signal no longer reaches the deep layers, either gone in magnitude or the same for every input' },
  source: { file, quote: '网络的深层将是“死的”，接收不到任何信息' },
  statement: 'When every layer weakens the signal, the deep layers receive no information about the input.',
  reading: 'Read in its paragraph (the sentence before says the weakened signal "消失得无影无踪"), a deep layer receives nothing when the input\'s signal has vanished there: its mean squared pre-activation at depth 30 is below 1% of the first layer\'s (the sibling sentence\'s threshold), or, where a bias keeps a floor under it, the representations of two independent inputs coincide (cosine >= 0.99). Same regimes and nets as the cosine-only reading (tanh sigma_w^2 in {0.5, 0.8}, ReLU in {1, 1.5}, bias variance 0 or 0.05, width as in the claim\'s scale, 8 input pairs). Primary since the referee review (docs/reviews/findings-engine.md #17): the cosine-only reading, the first design, is kept as the alternative, because direction surviving at zero bias is a technicality the paragraph does not cue.',
  scale: probeScale,
  kind: 'exact',
  tolerance: exactly('a fact per case: the signal has vanished (q_30 / q_1 <= 1%) or the inputs coincide (cosine >= 0.99)'),
  correction: () => '各层削弱信号并不必然使深层“死掉”：深层仍收到可辨别的信号',
  check: (ctx) => {
    for (const [phi, weightVariance] of [['relu', 1], ['relu', 1.5], ['tanh', 0.5], ['tanh', 0.8]] as const) {
      for (const biasVariance of [0, 0.05]) {
        const s = probeWideNet(ctx.tf, { phi, weightVariance, biasVariance, width: ctx.scaled.width, depth: 30, pairs: 8, pair: { kind: 'independent' }, seed: ctx.seeds.child('net').value });
        const ratio = s.q[29]! / s.q[0]!;
        const cosine = s.cosine[29]!;
        ctx.judge.holds({ label: 'signal vanished or inputs coincide at depth 30', holds: ratio <= 0.01 || cosine >= 0.99, values: { ratio, cosine }, where: { phi, weightVariance, biasVariance } });
      }
    }
  },
});

export const deepLayersDead = defineClaim({
  id: 'infinite-width-ntk/weakened-signal-deep-layers-receive-nothing',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/weakened-signal-deep-layers-receive-nothing-vanished',
  source: { file, quote: '网络的深层将是“死的”，接收不到任何信息' },
  statement: 'When every layer weakens the signal, the deep layers receive no information about the input.',
  reading: 'Information reaching a layer is read as its ability to tell inputs apart: two independent N(0, I) inputs whose pre-activations at depth 30 are parallel (cosine >= 0.99) leave that layer nothing to tell. Regimes that weaken the signal: tanh with sigma_w^2 in {0.5, 0.8}, ReLU with sigma_w^2 in {1, 1.5}, each with bias variance 0 or 0.05 (the sentence does not say which). Width as in the claim\'s scale; mean cosine over 8 input pairs of one net per case.',
  scale: probeScale,
  kind: 'exact',
  tolerance: noLessThan(0.99, 'the band is cosine >= 0.99: "no information" means the representations of different inputs coincide up to scale'),
  qualifiers: [{ condition: 'biasVariance > 0', holds: (c) => (c.biasVariance as number) > 0 }],
  correction: (e) => e.qualifiedBy ? '当各层削弱信号且带有偏置（有序相）时，网络的深层将是“死的”：不同输入在深层的表示几乎重合' : '各层削弱信号并不必然使深层“死掉”：无偏置时，不同输入在深层的表示仍可区分（只是幅度变小）',
  check: (ctx) => {
    for (const [phi, weightVariance] of [['relu', 1], ['relu', 1.5], ['tanh', 0.5], ['tanh', 0.8]] as const) {
      for (const biasVariance of [0, 0.05]) {
        const s = probeWideNet(ctx.tf, { phi, weightVariance, biasVariance, width: ctx.scaled.width, depth: 30, pairs: 8, pair: { kind: 'independent' }, seed: ctx.seeds.child('net').value });
        ctx.judge.value({ label: 'cosine of two inputs at depth 30', measured: s.cosine[29]!, where: { phi, weightVariance, biasVariance } });
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
  tolerance: noLessThan(100, 'the band is q_30 / q_1 >= 100: two orders of magnitude is the least that "explodes" can mean'),
  qualifiers: [{ condition: 'phi = relu', holds: (c) => c.phi === 'relu' }],
  correction: (e) => e.qualifiedBy ? '相反，如果每一层都放大信号，对于 ReLU 这类无界激活函数，它将爆炸成一堆无用的大数字；对于 tanh 这类有界激活函数，信号不会爆炸，而是趋于饱和' : '相反，如果每一层都放大信号，信号并不一定爆炸成大数字',
};

function judgeAmplification(ctx: CheckContext<{ width: number }>, premiseMeasured: boolean): void {
  for (const [phi, weightVariance] of [['relu', 3], ['relu', 4], ['tanh', 2], ['tanh', 4]] as const) {
    const s = probeWideNet(ctx.tf, { phi, weightVariance, width: ctx.scaled.width, depth: 30, pairs: 4, pair: { kind: 'independent' }, seed: ctx.seeds.child('net').value });
    const q = s.q.slice(0, 30);
    // The sentence's premise, measured: a case where some layer does not amplify q is outside it (dropped and counted, not judged).
    const inside = !premiseMeasured || q.every((v, l) => l === 0 || v > q[l - 1]!);
    ctx.judge.value({ label: 'q_30 / q_1', measured: inside ? q[29]! / q[0]! : null, where: { phi, weightVariance } });
  }
}

export const amplifiedSignalExplodes = defineClaim({
  ...amplifiedSignal,
  id: 'infinite-width-ntk/amplified-signal-explodes',
  scope: 'forall',
  primary: { why: 'the sentence is conditioned on "如果每一层都放大信号": only nets whose signal actually grows layer after layer are inside it' },
  reading: 'Layers that amplify a small signal: ReLU with sigma_w^2 in {3, 4} and tanh with sigma_w^2 in {2, 4} (zero bias; both have a per-layer factor above 1 for small signals). "Explodes into large numbers" = the mean squared pre-activation at depth 30 is at least 100 times that of the first layer. Width as in the claim\'s scale, 8 N(0, I) inputs. The premise "每一层都放大信号" is measured per case: only cases whose q grows at every layer 1..30 are judged, the others are dropped and counted, since the referee review (docs/reviews/findings-engine.md #18) found tanh at sigma_w^2 = 2 does not amplify (q_30 / q_1 = 0.31, q falls to its fixed point) and so lies outside the sentence.',
  scale: probeScale,
  check: (ctx) => judgeAmplification(ctx, true),
});

export const amplifiedSignalExplodesEveryCase = defineClaim({
  ...amplifiedSignal,
  id: 'infinite-width-ntk/amplified-signal-explodes-every-case',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/amplified-signal-explodes',
  reading: 'Layers that amplify a small signal: ReLU with sigma_w^2 in {3, 4} and tanh with sigma_w^2 in {2, 4} (zero bias; both have a per-layer factor above 1 for small signals). "Explodes into large numbers" = the mean squared pre-activation at depth 30 is at least 100 times that of the first layer. Width as in the claim\'s scale, 8 N(0, I) inputs. The first design, every case judged whether or not its layers amplify; kept as an alternative since the referee review (docs/reviews/findings-engine.md #18) put the non-amplifying tanh cases outside the sentence\'s premise.',
  scale: probeScale,
  check: (ctx) => judgeAmplification(ctx, false),
});

// atanh(0.9): |tanh(z)| within 10% of its bound.
const SATURATION_Z = Math.atanh(0.9);
const saturatedQuote = '网络将变得饱和';
const saturatedStatement = 'A network whose layers amplify the signal becomes saturated.';
const saturationScale = { quick: { width: 128, nets: 3 }, standard: { width: 128, nets: 6 }, full: { width: 128, nets: 12 } };
const tanhAmplifying = [1, 2, 4, 8];

export const amplifiedNetSaturatedTrend = defineClaim({
  id: 'infinite-width-ntk/amplified-net-saturated-grows',
  primary: { why: '"网络将变得饱和" names where amplification drives a bounded activation: towards its flat part, more the more each layer amplifies; the text gives no share of saturated units, so a threshold on that share (the majority reading) would be ours, not the text\'s. The blind referee of session 7 preferred the state reading (at least half the units saturated), with low confidence and noting that its one-half threshold is the tool\'s own: that is the reason it is not primary here. The sentence follows "它将爆炸成一堆无用的大数字" as its consequence for the net, a degree of saturation set by how strongly each layer amplifies, not a fixed share of units; the state reading stays as the alternative' },
  source: { file, quote: saturatedQuote },
  statement: saturatedStatement,
  scope: 'asymptotic',
  reading: 'Saturated = units in the flat part of the activation, |tanh(z)| within 10% of its bound (|z| > atanh(0.9) = 1.47), counted over the units of depth 30 and 16 N(0, I) inputs. "Becomes saturated" is read as the direction amplification drives the net: from the critical tanh net (sigma_w^2 = 1, where the signal shrinks and nothing saturates) through sigma_w^2 = 2, 4 and 8 (zero bias, amplifying small signals), the saturated fraction grows: the least-squares slope of the fraction on log2(sigma_w^2) over independent nets (count as in the claim\'s scale, width as in it) is positive. Bounded activations only: a ReLU unit has nothing to saturate against (as in infinite-width-ntk/amplified-net-chaotic-bounded).',
  kind: 'exact',
  scale: saturationScale,
  tolerance: above(0, 'saturation that grows with amplification: a positive slope of the saturated fraction on log2(sigma_w^2), of whatever size'),
  correction: () => '放大信号并不使网络趋于饱和',
  check: (ctx) => {
    const x: number[] = [];
    const y: number[] = [];
    for (const weightVariance of tanhAmplifying) {
      for (let i = 0; i < ctx.scaled.nets; i++) {
        const s = probeWideNet(ctx.tf, { phi: 'tanh', weightVariance, width: ctx.scaled.width, depth: 30, pairs: 8, pair: { kind: 'independent' }, seed: ctx.seeds.child('net', weightVariance, i).value, saturation: SATURATION_Z });
        x.push(Math.log2(weightVariance));
        y.push(s.saturated[29]!);
      }
      ctx.record(`saturated fraction at depth 30, sigma_w^2 = ${weightVariance} (mean over nets)`, +(y.slice(-ctx.scaled.nets).reduce((a, b) => a + b, 0) / ctx.scaled.nets).toFixed(4));
    }
    ctx.judge.trend({ label: 'slope of the saturated fraction on log2(sigma_w^2)', x, y, resolution: 1e-3, training: { untrained: 'a forward pass through random nets; nothing is trained' } });
  },
});

export const amplifiedNetSaturated = defineClaim({
  id: 'infinite-width-ntk/amplified-net-saturated',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/amplified-net-saturated-grows',
  source: { file, quote: saturatedQuote },
  statement: saturatedStatement,
  reading: 'Saturated = most units (at least half) sit in the flat part of the activation, |phi(z)| within 10% of its bound (|z| > atanh(0.9) = 1.47 for tanh). Nets that amplify small signals: tanh with sigma_w^2 in {2, 4, 8}, ReLU with sigma_w^2 in {3, 4} (ReLU has no upper bound, so its fraction is that of |z| > 1.47 only as a record; it cannot saturate). Measured at depth 30, width as in the claim\'s scale, over 16 N(0, I) inputs. The first design, kept as an alternative since the re-judging of issue 18: its threshold of one half is ours, not the text\'s.',
  kind: 'exact',
  scale: probeScale,
  tolerance: noLessThan(0.5, 'the band is a saturated fraction >= 0.5: "saturated" means most units, not a few'),
  qualifiers: [{ condition: 'phi = tanh and sigma_w^2 >= 8', holds: (c) => c.phi === 'tanh' && (c.weightVariance as number) >= 8 }],
  correction: (e) => { const o = outsideOf(e)[0]!; return `网络将变得混乱；只有在权重方差很大时才会明显饱和（${caseText(o.where)} 时仅 ${(100 * o.measured!).toFixed(0)}% 的单元饱和）`; },
  check: (ctx) => {
    for (const [phi, weightVariance] of [['relu', 3], ['relu', 4], ['tanh', 2], ['tanh', 4], ['tanh', 8]] as const) {
      const s = probeWideNet(ctx.tf, { phi, weightVariance, width: ctx.scaled.width, depth: 30, pairs: 8, pair: { kind: 'independent' }, seed: ctx.seeds.child('net').value, saturation: phi === 'tanh' ? SATURATION_Z : Infinity });
      ctx.judge.value({ label: 'fraction of saturated units at depth 30', measured: s.saturated[29]!, where: { phi, weightVariance } });
    }
  },
});

export const amplifiedNetChaoticBounded = defineClaim({
  id: 'infinite-width-ntk/amplified-net-chaotic-bounded',
  scope: 'forall',
  decidingBudget: { budget: 'beyond', why: 'full\'s 12 nets left the tanh sigma_w^2 = 2 case undecided in the full-budget run of session 8 (seed 1): its mean cosine sits close to the band edge 0.9, and the summary\'s projection there asks for hundreds of nets' },
  primary: { why: '"饱和而混乱" can only describe bounded, tanh-like activations (a ReLU unit has nothing to saturate against), the chaotic phase of the section\'s canonical tanh picture' },
  source: { file, quote: '饱和而混乱' },
  statement: 'A network whose layers amplify the signal becomes chaotic: nearby inputs are driven apart.',
  reading: 'The chaotic half of "网络将变得饱和而混乱" (the saturation half is infinite-width-ntk/amplified-net-saturated-grows). Chaotic = two inputs that start almost identical (cosine 0.995) become decorrelated: cosine of their pre-activations at depth 30 at most 0.9. Nets that amplify small signals, bounded activations only: tanh with sigma_w^2 in {2, 4}, zero bias; per case, independent nets (count and width as in the claim\'s scale), each the mean over 8 pairs; the mean over nets is judged with its interval (at sigma_w^2 = 2 the cosine sits near 0.9, so 3 nets at quick may not decide; the standard budget\'s 6 and the full budget\'s 12 are meant to). Since the referee review (docs/reviews/findings-engine.md #19) the ReLU counter-cases are outside the sentence, which "饱和" ties to tanh-like nets; the first design, with ReLU, is kept as the alternative infinite-width-ntk/amplified-net-chaotic.',
  kind: 'exact',
  scale: saturationScale,
  tolerance: noMoreThan(0.9, 'the band is cosine <= 0.9 at depth 30, from 0.995 at the input: nearby inputs must have been driven clearly apart'),
  judgements: 2,
  correction: () => '放大信号并不使相近输入去相关',
  check: (ctx) => {
    for (const [phi, weightVariance] of [['tanh', 2], ['tanh', 4]] as const) {
      const cosines = Array.from({ length: ctx.scaled.nets }, (_, i) => {
        const s = probeWideNet(ctx.tf, { phi, weightVariance, width: ctx.scaled.width, depth: 30, pairs: 8, pair: { kind: 'perturbation', eps: 0.1 }, seed: ctx.seeds.child('net', weightVariance, i).value });
        if (i === 0) ctx.record(`input cosine (layer 1), ${phi} ${weightVariance}`, +s.cosine[0]!.toFixed(4));
        return s.cosine[29]!;
      });
      ctx.judge.replicated({ label: 'cosine of two nearby inputs at depth 30 (mean over nets)', samples: cosines, resolution: 1e-3, training: { untrained: 'a forward pass through random nets; nothing is trained' }, where: { phi, weightVariance } });
    }
  },
});

export const amplifiedNetChaotic = defineClaim({
  id: 'infinite-width-ntk/amplified-net-chaotic',
  scope: 'forall',
  alternativeOf: 'infinite-width-ntk/amplified-net-chaotic-bounded',
  source: { file, quote: '饱和而混乱' },
  statement: 'A network whose layers amplify the signal becomes chaotic: nearby inputs are driven apart.',
  reading: 'The chaotic half of "网络将变得饱和而混乱" (the saturation half is infinite-width-ntk/amplified-net-saturated). Chaotic = two inputs that start almost identical (cosine 0.995) become decorrelated: cosine of their pre-activations at depth 30 at most 0.9. Nets that amplify small signals: tanh with sigma_w^2 in {2, 4}, ReLU with sigma_w^2 in {3, 4}, zero bias; width as in the claim\'s scale, mean over 8 pairs.',
  scale: probeScale,
  kind: 'exact',
  tolerance: noMoreThan(0.9, 'the band is cosine <= 0.9 at depth 30, from 0.995 at the input: nearby inputs must have been driven clearly apart'),
  qualifiers: [{ condition: 'phi = tanh', holds: (c) => c.phi === 'tanh' }],
  correction: (e) => e.qualifiedBy ? '对 tanh 网络，放大信号会使网络变得混乱（相近输入被拉开）；ReLU 网络即使放大信号，相近输入也不会去相关——它只会整体放大' : '放大信号并不使相近输入去相关',
  check: (ctx) => {
    for (const [phi, weightVariance] of [['relu', 3], ['relu', 4], ['tanh', 2], ['tanh', 4]] as const) {
      const s = probeWideNet(ctx.tf, { phi, weightVariance, width: ctx.scaled.width, depth: 30, pairs: 8, pair: { kind: 'perturbation', eps: 0.1 }, seed: ctx.seeds.child('net').value });
      ctx.record(`input cosine (layer 1), ${phi} ${weightVariance}`, +s.cosine[0]!.toFixed(4));
      ctx.judge.value({ label: 'cosine of two nearby inputs at depth 30', measured: s.cosine[29]!, where: { phi, weightVariance } });
    }
  },
});
