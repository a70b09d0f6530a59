// § 4. 计算成本和训练时间 (Computational Cost and Training Time)
// The text: deeper nets need more computation, in the forward and the backward pass; training takes
// longer and needs more memory and compute; in practice one trades performance against budget.
// How we test it: tfjs's own profiler (src/nets/probe/activation-memory.ts) on forward passes and on weight
// gradients of square MLPs of growing depth: matrix-multiply FLOPs and peak bytes; wall time per
// training step. What would refute it: a deeper net that needs no more of them.
import { defineClaim, exactly, noLessThan, type CheckContext } from '../../src/claim/index.js';
import type { Tensor2D } from '@tensorflow/tfjs';
import { profilePass, forwardKeeping, weightGradients, type PassProfile } from '../../src/nets/probe/activation-memory.js';
import { buildMlp } from '../../src/nets/base/mlp.js';

const file = 'why-not-deeper.md';
const WIDTH = 128;
const BATCH = 64;
const depths = [2, 4, 8, 16, 32];
const netReading = `Square ReLU MLPs of width ${WIDTH} (He init) with 2, 4, 8, 16 and 32 hidden layers, a batch of ${BATCH} N(0, I) inputs; tfjs's profiler (tf.profile) reports the matrix-multiply FLOPs of the kernels that ran and the peak bytes held.`;

async function profiles(ctx: CheckContext, pass: 'forward' | 'backward'): Promise<PassProfile[]> {
  const out: PassProfile[] = [];
  for (const L of depths) {
    const mlp = buildMlp(ctx.tf, { sizes: Array<number>(L + 2).fill(WIDTH), activation: 'relu', weightVariance: (n) => 2 / n, seed: ctx.seeds.child('net', L).value });
    const [x, r] = ctx.tf.tidy(() => [ctx.tf.randomNormal([BATCH, WIDTH], 0, 1, 'float32', ctx.seeds.child('inputs', L).value) as Tensor2D, ctx.tf.randomNormal([BATCH, WIDTH], 0, 1, 'float32', ctx.seeds.child('readout', L).value) as Tensor2D]);
    try {
      out.push(await profilePass(ctx.tf, () => (pass === 'forward' ? forwardKeeping(ctx.tf, mlp, x) : weightGradients(ctx.tf, mlp, x, r))));
    } finally {
      mlp.dispose();
      ctx.tf.dispose([x, r]);
    }
  }
  depths.forEach((L, i) => ctx.record(`${pass} depth ${L}: matmul GFLOP / peak MB`, `${(out[i]!.matmulFlops / 1e9).toFixed(4)} / ${(out[i]!.peakBytes / 1e6).toFixed(2)}`));
  return out;
}

const increasing = (xs: readonly number[]) => xs.every((v, i) => i === 0 || v > xs[i - 1]!);

export const moreComputation = defineClaim({
  id: 'why-not-deeper/deeper-more-computation',
  source: { file, quote: '更深的网络意味着更多的计算量' },
  statement: 'A deeper network means more computation.',
  reading: `Computation = matrix-multiply FLOPs of a forward pass; must grow strictly with depth. ${netReading}`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: exactly('an ordering of measured FLOP counts'),
  correction: () => '更深的网络并不意味着更多的计算量',
  check: async (ctx) => {
    const p = await profiles(ctx, 'forward');
    ctx.judge.holds({ label: 'forward FLOPs grow strictly with depth', holds: increasing(p.map((x) => x.matmulFlops)), values: Object.fromEntries(depths.map((L, i) => [`depth${L}`, p[i]!.matmulFlops])) });
  },
});

export const moreOpsBothPasses = defineClaim({
  id: 'why-not-deeper/forward-and-backward-need-more-operations',
  source: { file, quote: '前向传播和反向传播都需要更多的操作' },
  statement: 'Both the forward and the backward pass need more operations in a deeper network.',
  reading: `Operations = matrix-multiply FLOPs counted by the profiler, for a forward pass and for a weight-gradient computation (forward plus back-propagation by tfjs autodiff); both must grow strictly with depth. ${netReading}`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: exactly('orderings of measured FLOP counts'),
  correction: () => '前向或反向传播的操作数并不随深度增加',
  check: async (ctx) => {
    for (const pass of ['forward', 'backward'] as const) {
      const p = await profiles(ctx, pass);
      ctx.judge.holds({ label: `${pass} FLOPs grow strictly with depth`, holds: increasing(p.map((x) => x.matmulFlops)), values: Object.fromEntries(depths.map((L, i) => [`depth${L}`, p[i]!.matmulFlops])), where: { pass } });
    }
  },
});

export const longerTraining = defineClaim({
  id: 'why-not-deeper/deeper-training-takes-longer',
  source: { file, quote: '这导致训练时间显著增加' },
  statement: 'This makes training time increase significantly.',
  reading: `Wall time of one training step (weight gradients by tfjs autodiff plus an SGD update) at 32 against 4 hidden layers, median of 7 repetitions after a warm-up; significantly = at least twice as long (8x the layers). Timing on a shared machine is noisy; the median and the wide factor absorb that. ${netReading} Scope forall: "这导致" is definite, so the judged deeper net must train longer.`,
  kind: 'experiment',
  scope: 'forall',
  tolerance: noLessThan(2, 'a time ratio of at least 2: a doubling is "significant" by any reading'),
  correction: (e) => `训练时间随深度仅增加到 ${e.observations[0]!.measured!.toFixed(2)} 倍`,
  check: (ctx) => {
    const stepTime = (L: number) => {
      const mlp = buildMlp(ctx.tf, { sizes: Array<number>(L + 2).fill(WIDTH), activation: 'relu', weightVariance: (n) => 2 / n, seed: ctx.seeds.child('net', L).value });
      const [x, r] = ctx.tf.tidy(() => [ctx.tf.randomNormal([BATCH, WIDTH], 0, 1, 'float32', ctx.seeds.child('inputs', L).value) as Tensor2D, ctx.tf.randomNormal([BATCH, WIDTH], 0, 1, 'float32', ctx.seeds.child('readout', L).value) as Tensor2D]);
      try {
        const times: number[] = [];
        for (let i = 0; i < 8; i++) {
          const t = performance.now();
          const updated = ctx.tf.tidy(() => weightGradients(ctx.tf, mlp, x, r).map((g, l) => ctx.tf.sub(mlp.weights[l]!, ctx.tf.mul(g, 1e-3))));
          ctx.tf.tidy(() => ctx.tf.addN(updated.map((u) => ctx.tf.sum(u))).dataSync());
          ctx.tf.dispose(updated);
          if (i > 0) times.push(performance.now() - t);
        }
        return times.sort((a, b) => a - b)[3]!;
      } finally {
        mlp.dispose();
        ctx.tf.dispose([x, r]);
      }
    };
    const [t4, t32] = [stepTime(4), stepTime(32)];
    ctx.record('median step time, 4 / 32 hidden layers (ms)', `${t4.toFixed(2)} / ${t32.toFixed(2)}`);
    ctx.judge.value({ label: 'step time (32 layers) / step time (4 layers)', measured: t32 / t4 });
  },
});

export const moreMemory = defineClaim({
  id: 'why-not-deeper/deeper-needs-more-memory',
  source: { file, quote: 'GPU/TPU 内存' },
  statement: 'Deeper networks demand more memory.',
  reading: `Memory = peak bytes tfjs holds while computing a training step's weight gradients (the autodiff tape keeps every layer's activations); must grow strictly with depth. How much more is why-not-deeper/deeper-needs-more-memory-twice (a claim has one threshold; before session 9 this claim held both). ${netReading}`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: exactly('an ordering of measured bytes'),
  correction: () => '更深的网络并不需要更多内存',
  check: async (ctx) => {
    const bytes = (await profiles(ctx, 'backward')).map((x) => x.peakBytes);
    ctx.judge.holds({ label: 'peak bytes grow strictly with depth', holds: increasing(bytes), values: Object.fromEntries(depths.map((L, i) => [`depth${L}`, bytes[i]!])) });
  },
});

// "要求也更高" for a demand that scales with the layers: eight times the hidden layers must at least double it.
const doubledDemand = (what: string) => noLessThan(2, `"要求也更高" read as a ${what} demand that grows with depth: 32 hidden layers against 4 (eight times as many) at least double it`);

export const moreMemoryTwice = defineClaim({
  id: 'why-not-deeper/deeper-needs-more-memory-twice',
  source: { file, quote: 'GPU/TPU 内存' },
  statement: 'Deeper networks demand substantially more memory: eight times the layers at least double it.',
  reading: `Memory as in why-not-deeper/deeper-needs-more-memory (peak bytes of a training step's gradient computation); the ratio at 32 over 4 hidden layers at least 2. ${netReading}`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: doubledDemand('memory'),
  correction: () => '更深的网络对内存的需求增加不多',
  check: async (ctx) => {
    const bytes = (await profiles(ctx, 'backward')).map((x) => x.peakBytes);
    ctx.judge.value({ label: 'peak bytes, 32 over 4 hidden layers', measured: bytes[4]! / bytes[1]! });
  },
});

export const moreCompute = defineClaim({
  id: 'why-not-deeper/deeper-needs-more-compute',
  source: { file, quote: '和算力）的要求也更高' },
  statement: 'Deeper networks demand more compute.',
  reading: `Compute = matrix-multiply FLOPs of a training step (forward and back-propagation); the ratio at 32 over 4 hidden layers at least 2 (the threshold moved from a fact inside the check to the tolerance in session 9). ${netReading}`,
  kind: 'architecture',
  scope: 'forall',
  tolerance: doubledDemand('compute'),
  correction: () => '更深的网络并不需要更多算力',
  check: async (ctx) => {
    const p = await profiles(ctx, 'backward');
    ctx.judge.value({ label: 'training-step FLOPs, 32 over 4 hidden layers', measured: p[4]!.matmulFlops / p[1]!.matmulFlops });
  },
});

export const tradeOff = defineClaim({
  id: 'why-not-deeper/trade-off-performance-and-budget',
  source: { file, quote: '需要在模型性能和计算预算之间进行权衡' },
  statement: 'In practice one has to trade model performance against the computational budget.',
  kind: 'not-checkable',
  reason: 'Advice about engineering practice (what one should weigh when choosing a model); whether a trade-off must be made depends on each project\'s goals and budget, which no computation here can supply.',
});
