// § 知识的代价
// The text: inference can discard each layer's activations, so it needs memory O(P + Bd); training must
// keep every layer's activations for back-propagation, so it needs O(P + BLd). How we test it: tfjs itself
// counts the bytes it holds after every kernel (tf.profile) while MLPs of several depths, widths and batch
// sizes run a forward pass that frees activations as it goes, a forward pass that keeps them, a tape
// gradient, and a checkpointed gradient that keeps only every k-th activation and recomputes the rest;
// matrix-multiply FLOPs are counted from the kernels' shapes. What would refute it: inference memory that
// grows with depth; training memory that does not; identical gradients from fewer stored activations.
import * as fc from 'fast-check';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { absolute, defineClaim, exactly, noLessThan, noMoreThan, relative, type CheckContext } from '../../src/claim/index.js';
import { subSeed } from '../../src/random/seeds.js';
import { buildMlp, forward, type Mlp } from '../../src/nets/base/mlp.js';
import { forwardDiscarding, profilePass, weightGradients } from '../../src/nets/probe/activation-memory.js';
import { checkpointedGradients } from '../../src/nets/probe/gradients/checkpointed-grads.js';
import { forwardTrace } from '../../src/nets/probe/layer-jacobians.js';
import { denseParamCount } from '../../src/nets/count/param-count.js';

import { firstOutside } from '../../src/claim/first-outside.js';

const file = 'deep-feedforward-networks.md';
type Tf = CheckContext['tf'];
const FLOAT = 4;

// A square ReLU MLP of depth L and width d (d inputs, d outputs), an input batch and a readout direction.
function setup(tf: Tf, c: { B: number; L: number; d: number; seed: number }): { mlp: Mlp; x: Tensor2D; r: Tensor2D } {
  return {
    mlp: buildMlp(tf, { sizes: Array<number>(c.L + 1).fill(c.d), activation: 'relu', weightVariance: (n) => 2 / n, seed: c.seed }),
    x: tf.randomNormal([c.B, c.d], 0, 1, 'float32', subSeed(c.seed, 1)) as Tensor2D,
    r: tf.randomNormal([c.B, c.d], 0, 1, 'float32', subSeed(c.seed, 2)) as Tensor2D,
  };
}
const teardown = (tf: Tf, s: { mlp: Mlp; x: Tensor2D; r: Tensor2D }) => { tf.dispose([s.x, s.r]); s.mlp.dispose(); };

export const backpropCosts = defineClaim({
  id: 'deep-feedforward-networks/backprop-and-stored-activations-cost',
  source: { file, quote: '这些原理——[反向传播](@article_id:302452)、存储激活值——都伴随着计算成本' },
  statement: 'Back-propagation and storing activations come with a computational cost.',
  reading: 'Measured on square ReLU MLPs (depth 8, width 64, batch 32): a gradient computation (tfjs tape) against a forward pass alone. Cost = matrix-multiply FLOPs counted from the kernels tfjs runs, and peak bytes held (tf.profile). Both ratios must exceed 1; their values are recorded.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('yes/no comparisons of counted quantities'),
  correction: () => '反向传播与存储激活值并未带来额外的计算或内存开销',
  check: async ({ tf, judge, record, seed }) => {
    const s = setup(tf, { B: 32, L: 8, d: 64, seed });
    try {
      const fwd = await profilePass(tf, () => forwardDiscarding(tf, s.mlp, s.x));
      const grad = await profilePass(tf, () => weightGradients(tf, s.mlp, s.x, s.r));
      record('matmul FLOPs: forward / gradient', `${fwd.matmulFlops} / ${grad.matmulFlops}`);
      record('peak bytes: forward / gradient', `${fwd.peakBytes} / ${grad.peakBytes}`);
      judge.holds({ label: 'a gradient computation costs more FLOPs than a forward pass', holds: grad.matmulFlops > fwd.matmulFlops, values: { ratio: grad.matmulFlops / fwd.matmulFlops } });
      judge.holds({ label: 'a gradient computation holds more memory than a forward pass', holds: grad.peakBytes > fwd.peakBytes, values: { ratio: grad.peakBytes / fwd.peakBytes } });
    } finally {
      teardown(tf, s);
    }
  },
});

export const inferenceEfficient = defineClaim({
  id: 'deep-feedforward-networks/inference-is-efficient',
  source: { file, quote: '当我们只想从一个训练好的网络中获得预测时，这个过程是高效的' },
  statement: 'Inference, getting predictions from a trained network, is efficient.',
  reading: '"Efficient" read as: one multiply-add per weight per example and nothing more, the least a forward pass can do. Measured: the matrix-multiply FLOPs tfjs performs in a forward pass (counted from its kernels) divided by 2 B P_w (P_w = number of weights, B = batch), for MLPs of depth 1..10, widths 1..64, batch 1..32; it must be exactly 1. Scope forall: a definite statement about every generated network.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('FLOP counts are integers: the ratio must be exactly 1'),
  correction: (e) => `前向传播的乘加次数是每个权重每个样本一次的 ${firstOutside(e).measured} 倍`,
  cases: () => fc.record({ widths: fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 2, maxLength: 11 }).map((w) => w.join('-')), B: fc.integer({ min: 1, max: 32 }), seed: fc.nat() }),
  runs: { quick: 5, standard: 20, full: 60 },
  check: async ({ widths, B, seed }, { tf, judge }) => {
    const sizes = widths.split('-').map(Number);
    const mlp = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => 2 / n, seed });
    const x = tf.randomNormal([B, sizes[0]!], 0, 1, 'float32', seed) as Tensor2D;
    try {
      const p = await profilePass(tf, () => forwardDiscarding(tf, mlp, x));
      judge.value({ label: 'forward matmul FLOPs / (2 B P_weights)', measured: p.matmulFlops / (2 * B * denseParamCount(sizes, { bias: false })), asserted: 1 });
    } finally {
      x.dispose();
      mlp.dispose();
    }
  },
});

export const canDiscard = defineClaim({
  id: 'deep-feedforward-networks/inference-can-discard-activations',
  source: { file, quote: '在每一层，我们都可以丢弃前一层的激活值' },
  statement: 'In a forward pass each layer\'s input activations can be discarded once the layer has run.',
  reading: 'A forward pass that frees every activation as soon as the next layer\'s output exists (src/nets/probe/activation-memory.ts) must give bit-for-bit the same output as the usual pass, and the number of tensors alive at once must not grow with depth. MLPs of depth 2..24, width 8..64, batch 1..32, with biases. Measured: max |difference| of outputs, and the peak count of live tensors above the start. Scope forall: "在每一层" quantifies over every layer.',
  kind: 'exact',
  scope: 'forall',
  tolerance: exactly('the outputs must be identical'),
  correction: (e) => `丢弃前一层激活值改变了输出（差 ${firstOutside(e).measured}）`,
  cases: () => fc.record({ L: fc.integer({ min: 2, max: 24 }), d: fc.integer({ min: 8, max: 64 }), B: fc.integer({ min: 1, max: 32 }), seed: fc.nat() }),
  runs: { quick: 5, standard: 20, full: 60 },
  check: async ({ L, d, B, seed }, { tf, judge }) => {
    const mlp = buildMlp(tf, { sizes: Array<number>(L + 1).fill(d), activation: 'relu', weightVariance: (n) => 2 / n, biasVariance: 0.01, seed });
    const x = tf.randomNormal([B, d], 0, 1, 'float32', seed) as Tensor2D;
    try {
      const a = forwardDiscarding(tf, mlp, x);
      const diff = tf.tidy(() => tf.max(tf.abs(tf.sub(a, forward(tf, mlp, x)))).dataSync()[0]!);
      a.dispose();
      const p = await profilePass(tf, () => forwardDiscarding(tf, mlp, x));
      judge.value({ label: 'max |discarding pass - usual pass|', measured: diff, asserted: 0 });
      judge.holds({ label: 'at most 4 tensors alive at once above the start, whatever the depth', holds: p.peakTensors <= 4, values: { peakTensors: p.peakTensors } });
    } finally {
      x.dispose();
      mlp.dispose();
    }
  },
});

export const inferenceMemory = defineClaim({
  id: 'deep-feedforward-networks/inference-memory-p-plus-bd',
  source: { file, quote: '其规模为 $O(P + Bd)$' },
  statement: 'Inference needs memory for the parameters and a few activation buffers only: O(P + Bd).',
  reading: 'Square ReLU MLPs (no biases) over a grid: batch B in {8, 32}, width d in {32, 64}, depth L in {4, 16}. The parameters are 4P bytes held before the pass starts (checked exactly); the pass itself (the discarding forward pass, bytes measured by tfjs after every kernel) must peak at a few B x d buffers, read as at most 4, independently of L. Measured: peak bytes above the start / (4 B d) per configuration, and whether the peak is the same at L = 4 and L = 16.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noMoreThan(4, '"a few buffers" read as at most 4 buffers of B x d floats'),
  correction: (e) => `推理时激活值缓冲区的峰值为 ${firstOutside(e).measured} 个 B×d（${JSON.stringify(firstOutside(e).where)}）`,
  check: async ({ tf, judge, record, seed }) => {
    for (const B of [8, 32]) for (const d of [32, 64]) {
      const peaks: number[] = [];
      for (const L of [4, 16]) {
        const before = tf.memory().numBytes;
        const s = setup(tf, { B, L, d, seed });
        const params = tf.memory().numBytes - before - 2 * B * d * FLOAT;
        try {
          judge.holds({ label: 'parameter bytes = 4P', holds: params === FLOAT * L * d * d, where: { B, d, L } });
          const p = await profilePass(tf, () => forwardDiscarding(tf, s.mlp, s.x));
          peaks.push(p.peakBytes);
          judge.value({ label: 'peak activation buffers (bytes / 4Bd)', measured: p.peakBytes / (FLOAT * B * d), where: { B, d, L } });
        } finally {
          teardown(tf, s);
        }
      }
      judge.holds({ label: 'peak activation memory does not grow with depth (L = 4 vs 16)', holds: peaks[0] === peaks[1], where: { B, d }, values: { L4: peaks[0]!, L16: peaks[1]! } });
      record(`B=${B}, d=${d}: peak activation bytes at L = 4 / 16`, `${peaks[0]} / ${peaks[1]}`);
    }
  },
});

export const needsActivations = defineClaim({
  id: 'deep-feedforward-networks/backprop-needs-forward-activations',
  source: { file, quote: '为了计算梯度，[反向传播](@article_id:302452)需要“看到”[前向传播](@article_id:372045)过程中的激活值' },
  statement: 'To compute gradients, back-propagation needs the activations of the forward pass.',
  reading: 'The weight gradient of every layer is built from a forward activation: tfjs\'s dL/dW_l must equal h_{l-1}^T delta_l, with h_{l-1} the layer\'s input recorded in the forward pass and delta_l = dL/dz_l (autodiff through a zero probe on z_l), and dL/dz_l itself uses relu\'(z_l), another forward quantity. ReLU MLPs, depth 1..8, widths 1..32, batch 8. Measured: max |dL/dW_l - h^T delta| / max |h^T delta| over layers. Scope forall: a definite statement about every generated network.',
  kind: 'exact',
  scope: 'forall',
  tolerance: absolute(1e-5, 'one float32 matrix product computed in two orders: rounding near 1e-7 relative'),
  correction: (e) => `权重梯度不等于前向激活值与反向误差的外积（相对差 ${firstOutside(e).measured?.toPrecision(3)}）`,
  cases: () => fc.record({ widths: fc.array(fc.integer({ min: 1, max: 32 }), { minLength: 2, maxLength: 9 }).map((w) => w.join('-')), seed: fc.nat() }),
  runs: { quick: 6, standard: 25, full: 80 },
  check: ({ widths, seed }, { tf, judge }) => {
    const sizes = widths.split('-').map(Number);
    const mlp = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => 2 / n, biasVariance: 0.01, seed });
    try {
      const err = tf.tidy(() => {
        const x = tf.randomNormal([8, sizes[0]!], 0, 1, 'float32', subSeed(seed, 1)) as Tensor2D;
        const r = tf.randomNormal([8, sizes[sizes.length - 1]!], 0, 1, 'float32', subSeed(seed, 2));
        const L = mlp.weights.length;
        const { zs, hs } = forwardTrace(tf, mlp, x);
        // Probes on z_l: rebuild the forward pass from the recorded inputs h_{l-1}.
        const pz = zs.map((z) => tf.zerosLike(z));
        const f = (...ps: Tensor[]) => {
          let h: Tensor = x;
          for (let l = 0; l < L; l++) {
            const z = tf.add(tf.add(tf.matMul(h as Tensor2D, ps[L + l] as Tensor2D), mlp.biases[l]!), ps[l]!);
            h = l === L - 1 ? z : tf.relu(z);
          }
          return tf.sum(tf.mul(h, r));
        };
        const g = tf.grads(f)([...pz, ...mlp.weights]);
        const errs = mlp.weights.map((_, l) => {
          const outer = tf.matMul(hs[l]!, g[l] as Tensor2D, true, false);
          return tf.div(tf.max(tf.abs(tf.sub(g[L + l]!, outer))), tf.add(tf.max(tf.abs(outer)), 1e-30));
        });
        return tf.max(tf.stack(errs)).dataSync()[0]!;
      });
      judge.value({ label: 'max |dL/dW_l - h_{l-1}^T delta_l| / scale', measured: err, asserted: 0 });
    } finally {
      mlp.dispose();
    }
  },
});

const discardQuote = '这意味着我们不能丢弃它们';
const discardStatement = 'Training therefore cannot discard the activations.';

// Per-example bytes the tape gradient holds, (peak(B = 32) - peak(B = 8)) / 24, for a square ReLU MLP of depth L, width d.
async function perExampleBytes(tf: Tf, L: number, d: number, seed: number, record?: (k: string, v: string) => void): Promise<number> {
  const peak = async (B: number) => {
    const s = setup(tf, { B, L, d, seed });
    try {
      return (await profilePass(tf, () => weightGradients(tf, s.mlp, s.x, s.r))).peakBytes;
    } finally {
      teardown(tf, s);
    }
  };
  const [p8, p32] = [await peak(8), await peak(32)];
  record?.(`L=${L}, d=${d}: peak bytes of the tape gradient at B = 8 / 32`, `${p8} / ${p32}`);
  return (p32 - p8) / 24;
}

export const cannotDiscardNoRecompute = defineClaim({
  id: 'deep-feedforward-networks/training-cannot-discard-activations-reading-a',
  primary: { why: 'the paragraph describes back-propagation as usually run, storing every layer\'s activations until the backward pass (我们必须存储每一层的激活值)' },
  source: { file, quote: discardQuote },
  statement: discardStatement,
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/training-cannot-discard-activations-reading-b): back-propagation as usually run, without recomputing anything (tfjs\'s tape): it keeps every layer\'s activations rather than discarding them. Measured on square ReLU MLPs of width 64: the activation buffers of B x d floats the tape holds per layer and example, from the per-example memory at depths 8 and 16: (m(16) - m(8)) / (8 * 4d). Keeping each layer\'s activations means at least 1 buffer per layer.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noLessThan(1, 'keeping every layer\'s activations means at least one B x d buffer per layer'),
  correction: (e) => `标准反向传播每层只保存了 ${firstOutside(e).measured?.toPrecision(3)} 个激活缓冲区`,
  check: async ({ tf, judge, record, seed }) => {
    const [m8, m16] = [await perExampleBytes(tf, 8, 64, seed, record), await perExampleBytes(tf, 16, 64, seed, record)];
    judge.value({ label: 'activation buffers (B x d floats) kept per layer by the tape', measured: (m16 - m8) / (8 * FLOAT * 64) });
  },
});

export const cannotDiscardRecompute = defineClaim({
  id: 'deep-feedforward-networks/training-cannot-discard-activations-reading-b',
  alternativeOf: 'deep-feedforward-networks/training-cannot-discard-activations-reading-a',
  source: { file, quote: discardQuote },
  statement: discardStatement,
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/training-cannot-discard-activations-reading-a): "cannot" as impossible at all. Gradient checkpointing discards every activation except the input of each segment of k layers and recomputes a segment\'s activations when the backward pass reaches it (src/nets/probe/checkpointed-grads.ts). ReLU MLPs of depth 4..24, width 16..64, batch 8, k in 2..6: the checkpointed weight gradients must differ from the tape\'s (tfjs autodiff, which keeps everything) if discarding were impossible. Measured: max |checkpointed - tape| / max |tape| over all weight matrices; the claim needs this to be large. Scope forall: a definite statement ("不能丢弃"), so no generated network may do without them.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noLessThan(1e-4, '"cannot discard" holds only if gradients computed after discarding differ from the true ones: the relative difference must be at least 1e-4 (float32 rounding of a recomputation stays far below it)'),
  correction: (e) => `采用梯度检查点（只保留每段的输入激活，反向时重算）可以丢弃大部分激活值而得到完全相同的梯度（相对差 ${firstOutside(e).measured?.toExponential(2)}），代价是额外的前向计算；“不能丢弃”只对不重算的反向传播成立`,
  cases: () => fc.record({ L: fc.integer({ min: 4, max: 24 }), d: fc.integer({ min: 16, max: 64 }), k: fc.integer({ min: 2, max: 6 }), seed: fc.nat() }),
  runs: { quick: 4, standard: 15, full: 50 },
  check: ({ L, d, k, seed }, { tf, judge }) => {
    const s = setup(tf, { B: 8, L, d, seed });
    try {
      const tape = weightGradients(tf, s.mlp, s.x, s.r);
      const ck = checkpointedGradients(tf, s.mlp, s.x, s.r, k);
      const rel = tf.tidy(() => Math.max(...tape.map((g, l) => tf.div(tf.max(tf.abs(tf.sub(g, ck[l]!))), tf.add(tf.max(tf.abs(g)), 1e-30)).dataSync()[0]!)));
      tf.dispose([...tape, ...ck]);
      judge.value({ label: 'max |checkpointed gradient - tape gradient| / max |tape gradient|', measured: rel });
    } finally {
      teardown(tf, s);
    }
  },
});

const mustStoreQuote = '我们必须存储每一层的激活值，直到[反向传播](@article_id:302452)完成';
const mustStoreStatement = 'Every layer\'s activations must be stored until back-propagation is complete.';

export const mustStorePlainBackprop = defineClaim({
  id: 'deep-feedforward-networks/must-store-every-layer-plain-backprop',
  primary: { why: 'the paragraph describes back-propagation as usually run (反向传播需要“看到”前向传播过程中的激活值), as the sibling sentence 不能丢弃它们 is read in training-cannot-discard-activations-reading-a' },
  source: { file, quote: mustStoreQuote },
  statement: mustStoreStatement,
  reading: 'The natural reading of the paragraph (plain back-propagation, no recomputation), written after the first design (must-store-every-layer-until-backprop-ends, "impossible at all" against gradient checkpointing) ran and was judged over-literal by the referee (docs/reviews/findings-engine.md #5); that design is kept as an alternative reading. Measured as in training-cannot-discard-activations-reading-a: the activation buffers of B x d floats the tape (tfjs autodiff) holds at its peak per layer and example, on square ReLU MLPs of width 64, from the per-example memory at depths 8 and 16: (m(16) - m(8)) / (8 * 4d). Storing every layer\'s activations until the backward pass means at least 1 buffer per layer.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noLessThan(1, 'storing every layer\'s activations means at least one B x d buffer per layer'),
  correction: (e) => `标准反向传播每层只保存了 ${firstOutside(e).measured?.toPrecision(3)} 个激活缓冲区`,
  check: async ({ tf, judge, record, seed }) => {
    const [m8, m16] = [await perExampleBytes(tf, 8, 64, seed, record), await perExampleBytes(tf, 16, 64, seed, record)];
    judge.value({ label: 'activation buffers (B x d floats) held per layer by the tape at its peak', measured: (m16 - m8) / (8 * FLOAT * 64) });
  },
});

export const mustStoreAll = defineClaim({
  id: 'deep-feedforward-networks/must-store-every-layer-until-backprop-ends',
  alternativeOf: 'deep-feedforward-networks/must-store-every-layer-plain-backprop',
  // The same point as the sibling sentence's "impossible at all" reading (gradient checkpointing), one note
  // for the author (final referee, session 7, #27/#28).
  follows: 'deep-feedforward-networks/training-cannot-discard-activations-reading-b',
  source: { file, quote: mustStoreQuote },
  statement: mustStoreStatement,
  reading: 'The first design, kept as an alternative reading ("must" as impossible at all). "Must" tested against gradient checkpointing, which computes the same gradients (training-cannot-discard-activations-reading-b): if every layer\'s activations had to be held, its peak memory could not be below the tape\'s. Square ReLU MLPs of depth L in {16, 32}, width 64, batch 32; segments of k = sqrt(L) layers. Measured: peak bytes above the start (tf.profile) of the checkpointed gradient divided by the tape gradient\'s; the claim needs at least 1.',
  kind: 'exact',
  scope: 'forall',
  tolerance: noLessThan(1, 'the claim holds only if no method computing the same gradients stores less: the ratio must be at least 1'),
  // The smallest ratio, the judgement farthest outside the band: the one the verdict's summary cites.
  correction: (e) => {
    const o = e.observations.filter((x) => x.outcome === 'outside').reduce((a, b) => ((b.measured ?? Infinity) < (a.measured ?? Infinity) ? b : a), firstOutside(e));
    return `梯度检查点只保存约 √L 层的激活值，在 L = ${o.where.L} 时峰值内存为保存全部激活值时的 ${o.measured?.toFixed(2)} 倍而梯度相同：并非必须存储每一层的激活值（代价是约多一次前向计算）`;
  },
  check: async ({ tf, judge, record, seed }) => {
    for (const L of [16, 32]) {
      const s = setup(tf, { B: 32, L, d: 64, seed });
      try {
        const tape = await profilePass(tf, () => weightGradients(tf, s.mlp, s.x, s.r));
        const ck = await profilePass(tf, () => checkpointedGradients(tf, s.mlp, s.x, s.r, Math.round(Math.sqrt(L))));
        record(`L=${L}: peak bytes tape / checkpointed`, `${tape.peakBytes} / ${ck.peakBytes}`);
        record(`L=${L}: matmul FLOPs tape / checkpointed`, `${tape.matmulFlops} / ${ck.matmulFlops}`);
        judge.value({ label: 'peak bytes of checkpointed gradient / tape gradient', measured: ck.peakBytes / tape.peakBytes, where: { L } });
      } finally {
        teardown(tf, s);
      }
    }
  },
});

export const trainingMemory = defineClaim({
  id: 'deep-feedforward-networks/training-memory-p-plus-bld-reading-b',
  primary: { why: 'the sentence gives the requirement in O-notation, O(P + BLd), so 与深度 L 成正比 reads as growth linear in L' },
  source: { file, quote: '现在内存需求与深度 $L$ 成正比，变为 $O(P + BLd)$' },
  statement: 'Training memory grows in proportion to depth: O(P + BLd).',
  reading: 'Reading B (one of two; reading A is deep-feedforward-networks/training-memory-p-plus-bld-reading-a, exact proportionality). The tape gradient of square ReLU MLPs (no biases), peak bytes above the start (tf.profile). The per-example memory m(L, d) = (peak(B = 32) - peak(B = 8)) / 24 separates the B-dependent term from P. O(BLd) read as growth linear in L with a per-layer cost proportional to d (O-notation allows depth-independent lower-order terms such as the input and output buffers): the per-layer increments must match, (m(16) - m(8)) / (m(8) - m(4)) = 2 at d = 64, and the per-layer increment must double with the width, [m(8, 64) - m(4, 64)] / [m(8, 32) - m(4, 32)] = 2. Written after reading A was run; the band is reading A\'s, unchanged.',
  kind: 'exact',
  scope: 'forall',
  tolerance: relative(0.1, 'linear growth gives exactly 2 for both ratios of increments; 10% allows for allocation details of individual kernels and still tells linear growth from none (ratio 1) or quadratic (4)'),
  correction: (e) => `训练时每样本激活内存的比值为 ${firstOutside(e).measured?.toPrecision(3)}（${firstOutside(e).label}）`,
  check: async ({ tf, judge, record, seed }) => {
    const m = async (L: number, d: number) => perExampleBytes(tf, L, d, seed, record);
    const [m4, m8, m16, s4, s8] = [await m(4, 64), await m(8, 64), await m(16, 64), await m(4, 32), await m(8, 32)];
    record('bytes per example per layer at d = 64 / 32', `${(m16 - m8) / 8} / ${(s8 - s4) / 4}`);
    judge.value({ label: 'per-example memory increment, depth 8 -> 16 over 4 -> 8 (d = 64)', measured: (m16 - m8) / (m8 - m4), asserted: 2 });
    judge.value({ label: 'per-layer increment, width 64 over width 32', measured: (m8 - m4) / (s8 - s4), asserted: 2 });
  },
});

export const trainingMemoryProportional = defineClaim({
  id: 'deep-feedforward-networks/training-memory-p-plus-bld-reading-a',
  alternativeOf: 'deep-feedforward-networks/training-memory-p-plus-bld-reading-b',
  source: { file, quote: '现在内存需求与深度 $L$ 成正比，变为 $O(P + BLd)$' },
  statement: 'The per-example training memory is proportional to depth L.',
  reading: 'Reading A (one of two; reading B is deep-feedforward-networks/training-memory-p-plus-bld-reading-b, linear growth): "与深度 L 成正比" read literally. The tape gradient of square ReLU MLPs (no biases), peak bytes above the start (tf.profile); the per-example memory m(L, d) = (peak(B = 32) - peak(B = 8)) / 24 separates the B-dependent term from P; proportionality means m(16) / m(4) = 4 at d = 64.',
  kind: 'exact',
  scope: 'forall',
  tolerance: relative(0.1, 'proportionality gives exactly 4; 10% allows for allocation details of individual kernels and still tells proportional growth from growth with a depth-independent part of a third or more'),
  correction: (e) => `训练时每样本激活内存随深度线性增长但不成正比：深度 16 与深度 4 的比值为 ${e.observations[0]?.measured?.toPrecision(3)}（含与深度无关的缓冲区），应写作“随深度 $L$ 线性增长，为 $O(P + BLd)$”`,
  check: async ({ tf, judge, record, seed }) => {
    const m4 = await perExampleBytes(tf, 4, 64, seed, record);
    const m16 = await perExampleBytes(tf, 16, 64, seed, record);
    judge.value({ label: 'per-example memory, depth 16 over depth 4 (d = 64)', measured: m16 / m4, asserted: 4, where: { d: 64 } });
  },
});
