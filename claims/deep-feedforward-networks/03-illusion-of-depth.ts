// § 深度的幻象与激活的火花
// The text: a deep linear network (each layer x -> xW + b), however many layers, is equivalent to
// a single layer. How we test it: random linear nets of depth 1..8 and widths 1..16 with biases;
// fold the layers into one W, b in tfjs and compare both maps on random inputs. What would refute
// it: a net whose outputs differ from its folded map by more than float32 rounding can explain;
// fast-check then shrinks the widths to the smallest such net.
import * as fc from 'fast-check';
import type { Tensor2D } from '@tensorflow/tfjs';
import { absolute, defineClaim } from '../../src/claim/index.js';
import { buildMlp, forward } from '../../src/nets/mlp.js';
import { absoluteForward, composeAffine } from '../../src/nets/compose-affine.js';
import { subSeed } from '../../src/nets/init.js';

export const deepLinearIsAffine = defineClaim({
  id: 'deep-feedforward-networks/deep-linear-is-affine',
  source: { file: 'deep-feedforward-networks.md', quote: '一个深度线性网络，无论它有多少层，在数学上都等价于一个只有单层的浅层网络' },
  statement: 'A network of affine layers with identity activations, of any depth and widths, computes exactly the same function as one affine layer x -> xW + b.',
  reading: 'Layers x -> xW_l + b_l with biases (the text says each layer multiplies by W and adds b), W_l ~ N(0, 1/fan_in), b_l ~ N(0, 1). The single layer is W = W_1...W_L, b = (...(b_1 W_2 + b_2)...)W_L + b_L, computed in tfjs. Measured: over 16 N(0, I) inputs, the largest entry of |deep(x) - (xW + b)| divided by the same entry of the absolute-value network |x||W_1| + |b_1|, ... (the scale float32 rounding errors are bounded by). Widths include the bottleneck case (a width-1 layer): the claim is about equal functions, not equal rank.',
  kind: 'exact',
  tolerance: absolute(1e-4, 'the maps are equal in exact arithmetic; in float32 (u = 2^-24) each of at most 9 products of inner dimension at most 17 errs by at most k*u times the absolute-value network, about 2*9*17*u = 1.8e-5 in the worst case for both paths together; 1e-4 leaves room for summation order, while a map that is not affine errs by order 1'),
  correction: (e) => {
    const o = e.observations.find((x) => x.outcome === 'outside');
    return `A deep linear network is not always equivalent to a single layer: widths ${e.counterexample?.widths ?? o?.where.widths} differ from the folded map by ${o?.measured?.toPrecision(3)} of the output scale.`;
  },
  cases: () => fc.record({
    widths: fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 2, maxLength: 9 }).map((ws) => ws.join('-')),
    seed: fc.nat(),
  }),
  runs: { quick: 30, standard: 150, full: 600 },
  check: ({ widths, seed }, { tf, judge }) => {
    const sizes = widths.split('-').map(Number);
    const mlp = buildMlp(tf, { sizes, activation: 'linear', weightVariance: (n) => 1 / n, biasVariance: 1, seed });
    const { W, b } = composeAffine(tf, mlp);
    try {
      const err = tf.tidy(() => {
        const x = tf.randomNormal([16, sizes[0]!], 0, 1, 'float32', subSeed(seed, 77)) as Tensor2D;
        const diff = tf.abs(tf.sub(forward(tf, mlp, x), tf.add(tf.matMul(x, W), b)));
        return tf.max(tf.div(diff, absoluteForward(tf, mlp, x))).dataSync()[0]!;
      });
      judge.value({ label: 'max |deep(x) - (xW + b)| / absolute-value scale', measured: err, asserted: 0, where: { depth: sizes.length - 1 } });
    } finally {
      tf.dispose([W, b]);
      mlp.dispose();
    }
  },
});
