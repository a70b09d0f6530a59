// § 1. 梯度消失/爆炸, the remedies
// The text: better activation functions (ReLU), careful initialisation, batch normalisation and residual
// connections significantly mitigate vanishing/exploding gradients.
// How we test it: the first-over-last back-propagated gradient ratio at initialisation of a baseline net
// and its remedied twin, on the 4-class teacher task of 01-vanishing-exploding.ts. What would refute it:
// a remedy that does not shrink |log(first/last)|.
import { defineClaim, noMoreThan, type CheckContext } from '../../src/claim/index.js';
import type { TrainNetSpec } from '../../src/nets/train/train-mlp.js';
import { firstOverLast } from '../../src/nets/probe/gradients/first-over-last.js';

const file = 'why-not-deeper.md';

const remedyReading = 'Remedy against baseline in nets of 30 hidden layers of width 32 at initialisation (a batch of 128 points of the 4-class teacher task, softmax cross-entropy, tfjs autodiff): the distance |log(|dL/dh_1| / |dL/dh_30|)| of the first-over-last back-propagated gradient ratio from 1 must at least halve (activation gradients, for the reason given in why-not-deeper/layer-multiplies-gradient-below-one). Seeds are independent replicates (task and nets); the mean over them is judged (gated). (Earlier design: one exact judgement per seed, 2 / 5 / 10 seeds, so a single seed could decide the verdict.)';
const remedyScale = { quick: { seeds: 6 }, standard: { seeds: 12 }, full: { seeds: 24 } };
const remedyTolerance = noMoreThan(0, '"significantly mitigate" is read as at least halving the log-distance from a healthy ratio of 1: |log r_remedy| - 0.5 |log r_baseline| <= 0 on average');
function remedy(ctx: CheckContext<{ seeds: number }>, baseline: Omit<TrainNetSpec, 'seed' | 'sizes'>, fixed: Omit<TrainNetSpec, 'seed' | 'sizes'>): void {
  const { seeds } = ctx.scaled;
  const b = firstOverLast(ctx.tf, ctx.seeds, baseline, 30, seeds);
  const f = firstOverLast(ctx.tf, ctx.seeds, fixed, 30, seeds);
  b.forEach((rb, i) => ctx.record(`seed ${i}: first/last gradient ratio, baseline / remedy`, `${rb.toExponential(3)} / ${f[i]!.toExponential(3)}`));
  ctx.judge.replicated({ label: '|log r_remedy| - 0.5 |log r_baseline|', samples: b.map((rb, i) => Math.abs(Math.log(f[i]!)) - 0.5 * Math.abs(Math.log(rb))), resolution: 1e-3, training: { untrained: 'gradients at initialisation; nothing is trained' } });
}
const remedyCorrection = (name: string) => () => `在 30 层的网络中，${name}并未显著缓解梯度消失/爆炸`;

export const reluRemedy = defineClaim({
  id: 'why-not-deeper/relu-mitigates-vanishing',
  source: { file, quote: '更好的激活函数 (如 ReLU 及其变体)' },
  statement: 'Better activation functions (such as ReLU and its variants) significantly mitigate vanishing/exploding gradients.',
  reading: `Baseline: sigmoid at Var(W) = 1/fan_in; remedy: ReLU at its matching He initialisation (2/fan_in). ${remedyReading}`,
  kind: 'exact',
  scope: 'exists',
  scale: remedyScale,
  tolerance: remedyTolerance,
  correction: remedyCorrection('ReLU'),
  check: (ctx) => remedy(ctx, { phi: 'sigmoid', weightVariance: 1 }, { phi: 'relu', weightVariance: 2 }),
});

export const initRemedy = defineClaim({
  id: 'why-not-deeper/careful-init-mitigates-vanishing',
  source: { file, quote: '仔细的权重初始化策略 (如 He/Xavier 初始化)' },
  statement: 'Careful weight initialisation (such as He/Xavier) significantly mitigates vanishing/exploding gradients.',
  reading: `Baseline: ReLU with a careless initialisation Var(W) = 0.5/fan_in; remedy: He (2/fan_in). ${remedyReading}`,
  kind: 'exact',
  scope: 'exists',
  scale: remedyScale,
  tolerance: remedyTolerance,
  correction: remedyCorrection('仔细的初始化'),
  check: (ctx) => remedy(ctx, { phi: 'relu', weightVariance: 0.5 }, { phi: 'relu', weightVariance: 2 }),
});

export const batchNormRemedy = defineClaim({
  id: 'why-not-deeper/batchnorm-mitigates-vanishing',
  source: { file, quote: '批量归一化 (Batch Normalization)' },
  statement: 'Batch normalisation significantly mitigates vanishing/exploding gradients.',
  reading: `Baseline: ReLU with a careless initialisation Var(W) = 0.5/fan_in; remedy: the same net with batch normalisation (over the batch, no affine parameters) before every activation. ${remedyReading}`,
  kind: 'exact',
  scope: 'exists',
  scale: remedyScale,
  tolerance: remedyTolerance,
  correction: remedyCorrection('批量归一化'),
  check: (ctx) => remedy(ctx, { phi: 'relu', weightVariance: 0.5 }, { phi: 'relu', weightVariance: 0.5, batchNorm: true }),
});

export const residualRemedy = defineClaim({
  id: 'why-not-deeper/residual-connections-mitigate-vanishing',
  source: { file, quote: '残差连接 (Residual Connections in ResNets)' },
  statement: 'Residual connections significantly mitigate vanishing/exploding gradients.',
  reading: `Baseline: sigmoid at Var(W) = 1/fan_in; remedy: the same net with residual connections (h <- h + sigmoid(h W + b) / sqrt(blocks) for every hidden layer after the first). ${remedyReading}`,
  kind: 'exact',
  scope: 'exists',
  scale: remedyScale,
  tolerance: remedyTolerance,
  correction: remedyCorrection('残差连接'),
  check: (ctx) => remedy(ctx, { phi: 'sigmoid', weightVariance: 1 }, { phi: 'sigmoid', weightVariance: 1, residual: true }),
});


