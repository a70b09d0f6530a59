// § 用于训练深度网络的架构机制
// The text: to use depth despite its optimisation problems, architectural innovations were
// developed whose core idea is to improve signal propagation. How we test it: the back-propagated
// gradient's per-layer log gain in deep plain ReLU nets at Var(W) = 1/fan_in (where it vanishes)
// against the same weights with identity skips (branch variance scaled by 1/depth, the usual
// practice for residual nets) and with batch normalisation. What would refute it: a mechanism whose
// per-layer gain is no closer to 1 than the plain net's.
import { defineClaim, noMoreThan } from '../../src/claim/index.js';
import { chainSignal } from '../../src/nets/regions/relu-residual-chain.js';
import { bnGradientNorms } from '../../src/nets/probe/gradients/bn-gradient-norms.js';

const file = 'depth-vs-width.md';

export const innovationsDeveloped = defineClaim({
  id: 'depth-vs-width/architectural-innovations-were-developed',
  source: { file, quote: '研究者们开发了一系列关键的架构创新' },
  statement: 'To overcome depth\'s optimisation problems, researchers developed a series of key architectural innovations.',
  kind: 'not-checkable',
  reason: 'A statement about the history of research; the mechanisms\' effect on signal propagation is checked by depth-vs-width/mechanisms-improve-signal-propagation.',
});

export const improvePropagation = defineClaim({
  id: 'depth-vs-width/mechanisms-improve-signal-propagation',
  source: { file, quote: '这些机制的核心思想是改善网络中的[信号传播](@entry_id:165148)' },
  statement: 'The core idea of these mechanisms (residual connections, normalisation) is to improve signal propagation through the network.',
  reading: 'Signal propagation is measured by the per-layer log gain of the back-propagated gradient, |log(|dL/dx| / |dL/dh_top|)| / depth (0 is perfect). Residual: 30 square blocks of width 64, h + relu(h W) with Var(W) = 1/(30 fan_in) against the plain stack relu(h W) with Var(W) = 1/fan_in (same draws, rescaled). Batch norm: 20 square ReLU layers of width 64, Var(W) = 1/fan_in, batch 64, with and without normalising each pre-activation over the batch (same weights). Samples per net: |log gain| with the mechanism minus without; supported if both intervals lie below 0. Scope forall: a definite statement about the mechanism, so every setting run must show it; the statistic over nets or seeds is what the sentence asserts of a randomly initialised net.',
  kind: 'statistical',
  scope: 'forall',
  scale: { quick: { nets: 4 }, standard: { nets: 10 }, full: { nets: 30 } },
  tolerance: noMoreThan(0, 'an improvement: the mechanism\'s per-layer |log gain| below the plain net\'s'),
  correction: (e) => `（实测其中一种机制并未改善梯度传播：${e.observations.find((o) => o.outcome !== 'inside')?.label}。）`,
  judgements: 2,
  check: ({ tf, judge, scaled, seeds, record }) => {
    const nets = scaled.nets;
    record('nets per mechanism', nets);
    const res = (i: number) => {
      const s = seeds.child('residual pair', i).value;
      const plain = Math.abs(chainSignal({ depth: 30, width: 64, branchVariance: 1, skip: false, seed: s }, 4).backwardLog[30]!) / 30;
      const skip = Math.abs(chainSignal({ depth: 30, width: 64, branchVariance: 1 / 30, skip: true, seed: s }, 4).backwardLog[30]!) / 30;
      return skip - plain;
    };
    judge.sequential({ label: 'per-layer |log gain|: residual minus plain', statistic: 'mean', n: nets, draw: res, asserted: 0, where: { mechanism: 'residual' } });
    const bn = (i: number) => {
      const spec = { depth: 20, width: 64, weightVariance: 1, batchSize: 64, seed: seeds.child('batch-norm pair', i).value };
      const gain = (n: number[]) => Math.abs(Math.log(n[0]! / n[20]!)) / 20;
      return gain(bnGradientNorms(tf, { ...spec, batchNorm: true }).norms) - gain(bnGradientNorms(tf, { ...spec, batchNorm: false }).norms);
    };
    judge.sequential({ label: 'per-layer |log gain|: batch norm minus plain', statistic: 'mean', n: nets, draw: bn, asserted: 0, where: { mechanism: 'batch norm' } });
  },
});
