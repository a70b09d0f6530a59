// § 20.4.4 权重的范数
// The text: the weight norm is indirectly related to the model's Lipschitz constant, which bears on
// generalisation. How we test the relation: for bias-free ReLU nets, the Lipschitz constant is at most
// the product of the layers' spectral norms, and scaling every weight by t scales the function, and
// so its Lipschitz constant, by exactly t^L; tfjs computes the input gradients (local Lipschitz
// constants) at random inputs. What would refute it: a gradient above the product of norms, or a
// scaling other than t^L. The Goldilocks-zone and grokking findings are experiments (part 2).
import * as fc from 'fast-check';
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { defineClaim, relative, type EvidenceView } from '../../src/claim/index.js';
import { buildMlp, forward, mlpToArrays } from '../../src/nets/base/mlp.js';
import { subSeed } from '../../src/random/seeds.js';
import { spectralNorm } from '../../src/nets/base/spectra.js';

const file = 'why-deep-learning-works.md';
// The judgements that failed, with what was measured, for a correction.
const failed = (e: EvidenceView) => e.observations.filter((o) => o.outcome === 'outside').map((o) => `${o.label}${Object.keys(o.where).length ? ` (${Object.entries(o.where).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}: ${o.measured ?? JSON.stringify(o.values)}`).join('; ');

export const normAndLipschitz = defineClaim({
  id: 'why-deep-learning-works/weight-norm-bounds-lipschitz',
  source: { file, quote: '权重范数与模型的 Lipschitz 常数间接相关' },
  statement: 'The weight norm is (indirectly) related to the model\'s Lipschitz constant.',
  reading: 'Bias-free ReLU MLPs with scalar output (inputs of dimension 2 to 8, 1 to 3 hidden layers of 4 to 16 units, He-scaled weights). Two exact relations, measured with tfjs input gradients at 64 Gaussian inputs (each gradient norm is the local Lipschitz constant there): every gradient norm is at most the product of the layers\' spectral norms (holds), and multiplying every weight by t in {0.5, 2, 3} multiplies the largest gradient norm by exactly t^L, L the number of weight layers (judged: the ratio over t^L, 1 asserted). Read as "indirectly": the norm bounds and scales the Lipschitz constant without fixing it.',
  kind: 'exact',
  tolerance: relative(1e-4, 'float32 gradients of the same piecewise-linear function at the same inputs: the ratio is exact up to rounding of ~1e-6'),
  correction: (e) => `（梯度范数超出了各层谱范数之积，或未按 t^L 缩放：${failed(e)}）`,
  cases: () => fc.record({ dIn: fc.integer({ min: 2, max: 8 }), depth: fc.integer({ min: 1, max: 3 }), width: fc.integer({ min: 4, max: 16 }), t: fc.constantFrom(0.5, 2, 3), seed: fc.nat() }),
  runs: { quick: 15, standard: 60, full: 200 },
  check: ({ dIn, depth, width, t, seed }, { tf, judge }) => {
    const sizes = [dIn, ...Array<number>(depth).fill(width), 1];
    const mlp = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => 2 / n, seed });
    const x = tf.randomNormal([64, dIn], 0, 1, 'float32', subSeed(seed, 9)) as Tensor2D;
    try {
      const maxGrad = (net: typeof mlp) => tf.tidy(() => tf.max(tf.norm(tf.grad((u: Tensor) => tf.sum(forward(tf, net, u as Tensor2D)))(x), 'euclidean', 1)).dataSync()[0]!);
      // The same draws scaled by t: tfjs's seeded normal is mean + std * z with the same z.
      const scaled = buildMlp(tf, { sizes, activation: 'relu', weightVariance: (n) => (2 * t * t) / n, seed });
      const scaledGrad = maxGrad(scaled);
      scaled.dispose();
      const bound = mlpToArrays(mlp).weights.reduce((p, w) => p * spectralNorm(w), 1);
      const base = maxGrad(mlp);
      judge.holds({ label: 'every input-gradient norm <= product of spectral norms', holds: base <= bound * (1 + 1e-5), values: { maxGradient: base, bound } });
      judge.value({ label: 'Lipschitz estimate after scaling weights by t, over t^L', measured: scaledGrad / base / t ** sizes.slice(1).length, asserted: 1 });
    } finally {
      mlp.dispose();
      x.dispose();
    }
  },
});
