// The patched wasm kernels against tfjs's plain-JavaScript cpu backend, on the shapes the claims use:
// the forward and backward products of the nets in src/nets (batch x width x width, with a transposed
// operand in every gradient), batched operands, and Pow with exponent 2 (tf.norm squares through it).
import type { Tensor } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/backend/select.js';
import { swapIsCheaper } from '../../src/backend/wasm-matmul.js';

await selectBackend('wasm');

// float32's unit roundoff.
const U = 2 ** -24;

/** Runs `f` on `backend` and returns its output's values (inputs are made inside from plain arrays). */
async function on(backend: 'wasm' | 'cpu', f: () => Tensor): Promise<{ values: Float32Array; shape: number[] }> {
  if (backend === 'wasm') await selectBackend('wasm');
  else await tf.setBackend('cpu');
  return tf.tidy(() => {
    const t = f();
    return { values: t.dataSync() as Float32Array, shape: t.shape };
  });
}

/** Seeded N(0, 1) values, drawn in JavaScript: the same numbers on every backend. */
const normal = (n: number, seed: number): Float32Array => tf.tidy(() => tf.randomNormal([n], 0, 1, 'float32', seed).dataSync() as Float32Array);

interface Product { name: string; a: number[]; b: number[]; ta: boolean; tb: boolean }

// [op(A) rows m, inner k, op(B) columns n] from the nets the claims train and probe.
const PRODUCTS: Product[] = [
  // gradient norms of a width-256 depth-50 ReLU net over a batch of 64 (src/nets/gradient-norms.ts)
  { name: 'forward X·W, batch 64, width 256', a: [64, 256], b: [256, 256], ta: false, tb: false },
  { name: 'input gradient dY·W^T, batch 64, width 256', a: [64, 256], b: [256, 256], ta: false, tb: true },
  { name: 'weight gradient H^T·dZ, batch 64, width 256', a: [64, 256], b: [64, 256], ta: true, tb: false },
  // full-batch SGD of a 40-100-100-10 MLP on 4,000 MNIST-1D examples (src/nets/train-mlp.ts)
  { name: 'first-layer weight gradient X^T·dZ, 4,000 examples, 40 -> 100', a: [4000, 40], b: [4000, 100], ta: true, tb: false },
  { name: 'hidden weight gradient H^T·dZ, 4,000 examples, 100 -> 100', a: [4000, 100], b: [4000, 100], ta: true, tb: false },
  { name: 'input gradient dZ·W^T, 4,000 examples, 100 <- 10', a: [4000, 10], b: [100, 10], ta: false, tb: true },
  // the layer-wise empirical NTK of a width-1024 net on 64 inputs (src/nets/ntk.ts): H1·H2^T and G1·G2^T
  { name: 'NTK kernel block H1·H2^T, 64 inputs, width 1024', a: [64, 1024], b: [64, 1024], ta: false, tb: true },
  // Jacobian products J^T·v (deep-feedforward-networks/04-perils-of-depth-*.ts, depth-vs-width/09)
  { name: 'Jacobian product J^T·v, width 64', a: [64, 64], b: [64, 1], ta: true, tb: false },
  { name: 'both transposed A^T·B^T', a: [96, 40], b: [30, 96], ta: true, tb: true },
  // batched operands: a batch of 3 products, and one right operand broadcast over the batch
  { name: 'batched dY·W^T, batch 3 x 64, width 128', a: [3, 64, 128], b: [3, 128, 128], ta: false, tb: true },
  { name: 'batched H^T·dZ, batch 3', a: [3, 64, 32], b: [3, 64, 48], ta: true, tb: false },
  { name: 'batch broadcast X·W^T over a batch of 3', a: [3, 50, 20], b: [1, 30, 20], ta: false, tb: true },
];

const size = (shape: number[]) => shape.reduce((p, d) => p * d, 1);
const transposed = (t: Tensor) => tf.transpose(t, [...t.shape.keys()].map((i, _, all) => (i < all.length - 2 ? i : 2 * all.length - 3 - i)));

describe('the patched wasm BatchMatMul against the cpu backend', () => {
  for (const [i, p] of PRODUCTS.entries()) {
    it(`${p.name}: within float32's summation error bound of cpu; exactly the unpatched product where it does not swap`, async () => {
      const [av, bv] = [normal(size(p.a), 100 + i), normal(size(p.b), 200 + i)];
      const product = () => tf.matMul(tf.tensor(av, p.a), tf.tensor(bv, p.b), p.ta, p.tb);
      const wasm = await on('wasm', product);
      const cpu = await on('cpu', product);
      expect(wasm.shape).toEqual(cpu.shape);
      // |fl(a·b) − a·b| <= γ_k Σ|a_i b_i| with γ_k ≈ k·u for a float32 sum (wasm); cpu sums in float64 and
      // rounds once (u). The bound is Higham's worst case, so it cannot fail on honest rounding.
      const k = p.ta ? p.a.at(-2)! : p.a.at(-1)!;
      const magnitudes = await on('cpu', () => tf.matMul(tf.abs(tf.tensor(av, p.a)), tf.abs(tf.tensor(bv, p.b)), p.ta, p.tb));
      let worst = 0;
      for (let j = 0; j < cpu.values.length; j++) {
        const bound = (k + 1) * U * magnitudes.values[j]! / (1 - k * U);
        worst = Math.max(worst, Math.abs(wasm.values[j]! - cpu.values[j]!) / bound);
      }
      expect(worst).toBeLessThanOrEqual(1);
      // The patch only materialises the transposes unless it swaps the orientation (single 2-D products),
      // so it must give bit for bit what XNNPACK gives on the transposed operands.
      const [m, n] = [cpu.shape.at(-2)!, cpu.shape.at(-1)!];
      const single = p.a.length === 2 && p.b.length === 2;
      if (!(single && swapIsCheaper(m, k, n, p.ta, p.tb))) {
        const plain = await on('wasm', () => {
          const [a, b] = [tf.tensor(av, p.a), tf.tensor(bv, p.b)];
          return tf.matMul(p.ta ? transposed(a) : a, p.tb ? transposed(b) : b);
        });
        expect(Array.from(wasm.values)).toEqual(Array.from(plain.values));
      }
    }, 60_000);
  }
});

describe('the patched wasm Pow against the cpu backend', () => {
  // Squares are correctly rounded on both (x·x in float32 on wasm; Math.pow in float64, rounded once,
  // on cpu, exact because a float32's square fits in a double), so they must agree bit for bit,
  // including zeros, infinities, NaN, overflow and subnormal results.
  const specials = [0, -0, 1, -1, 3.4e38, -1e20, 1e-20, 1e-23, -1.5e-45, Infinity, -Infinity, NaN, 0.1, 16777217];
  const x = Float32Array.from([...specials, ...normal(64 * 256, 7).map((v) => v * 3)]);

  it('x^2 by the Square fast path equals cpu exactly, for a scalar exponent of every shape that hits it', async () => {
    for (const exponent of [() => tf.scalar(2), () => tf.tensor1d([2]), () => tf.tensor2d([[2]]), () => tf.scalar(2, 'int32')]) {
      const pow = () => tf.pow(tf.tensor2d(x, [1, x.length]), exponent());
      const [wasm, cpu] = [await on('wasm', pow), await on('cpu', pow)];
      expect(wasm.shape).toEqual(cpu.shape);
      expect(Array.from(wasm.values)).toEqual(Array.from(cpu.values));
    }
  });

  it('tf.norm squares through Pow: the same per-example gradient norms as cpu up to summation order', async () => {
    const g = normal(64 * 256, 9);
    const norms = () => tf.norm(tf.tensor2d(g, [64, 256]), 'euclidean', 1);
    const [wasm, cpu] = [await on('wasm', norms), await on('cpu', norms)];
    // A 256-term float32 sum of squares and a square root: at most (256 + 2) u relative.
    wasm.values.forEach((v, i) => expect(Math.abs(v - cpu.values[i]!)).toBeLessThanOrEqual(258 * U * cpu.values[i]!));
  });

  it('other exponents and broadcast exponents go to the original kernel, which stays close to cpu', async () => {
    const base = Float32Array.from(normal(300, 11).map((v) => Math.abs(v) + 0.1));
    for (const exponent of [() => tf.scalar(3), () => tf.scalar(0.5), () => tf.tensor1d([2, 2, 2]).reshape([3, 1])]) {
      const pow = () => tf.pow(tf.tensor2d(base, [3, 100]), exponent());
      const [wasm, cpu] = [await on('wasm', pow), await on('cpu', pow)];
      expect(wasm.shape).toEqual(cpu.shape);
      // powf is accurate to a few ulp; 4 u relative bounds it.
      wasm.values.forEach((v, i) => expect(Math.abs(v - cpu.values[i]!)).toBeLessThanOrEqual(4 * U * Math.abs(cpu.values[i]!)));
    }
  });
});
