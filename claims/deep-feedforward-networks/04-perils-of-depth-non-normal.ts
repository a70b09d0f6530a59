// § 深度的危险：不稳定的级联效应, the paragraph on non-normal matrices: small eigenvalues are not enough,
// since non-normal matrices can grow transiently while normal ones cannot. How we test it: generated normal and
// non-normal matrices, the norms of their powers, and a tied-weight net built from one. What would refute it:
// growth from a normal matrix, no transient from any non-normal one.
import * as fc from 'fast-check';
import type { Tensor2D } from '@tensorflow/tfjs';
import { atMost, defineClaim, exactly, type CheckContext } from '../../src/claim/index.js';
import { subSeed } from '../../src/random/seeds.js';
import { gradientNorms } from '../../src/nets/probe/gradients/gradient-norms.js';
import { spectralRadius, type Dense } from '../../src/nets/base/spectra.js';
import { logPowerNorms, powerNorms, powerOperatorNorms, schurMatrix } from '../../src/nets/theory/transient-growth.js';
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { firstOutside } from '../../src/claim/first-outside.js';
import { tiedNet } from '../../src/nets/build/tied-net.js';
import { dynamicsMatrix, startVector } from '../../src/nets/theory/dynamics-matrices.js';

const file = 'deep-feedforward-networks.md';
type Tf = CheckContext['tf'];

// Peak over k <= K of ||A^k||_2 for a Schur-form matrix with eigenvalues uniform in [-r, r] (one at r),
// rounded to float32 (the matrix tfjs iterates). Strongly non-normal matrices have eigenvalues so sensitive
// that rounding can move them by far more than 2^-24, so the spectral radius is taken of the rounded matrix.
function transientPeak(tf: Tf, n: number, r: number, offDiag: number, seed: number, K = 60): { peak: number; at: number; rho: number; a: Dense } {
  const u = tf.tidy(() => tf.randomUniform([n], -1, 1, 'float32', subSeed(seed, 7)).arraySync() as number[]);
  const a = schurMatrix(tf, u.map((v, i) => (i === 0 ? r : v * r)), offDiag, seed).map((row) => row.map(Math.fround));
  const ops = powerOperatorNorms(a, K);
  const peak = Math.max(...ops);
  return { peak, at: ops.indexOf(peak), rho: spectralRadius(a), a };
}
// The matrix with the largest transient among those whose (float32) spectral radius is below 1.
const largestStable = (runs: ReturnType<typeof transientPeak>[]) => runs.filter((q) => q.rho < 1).reduce((p, q) => (q.peak > p.peak ? q : p));

export const smallEigenvaluesNotEnough = defineClaim({
  id: 'deep-feedforward-networks/small-eigenvalues-not-enough',
  source: { file, quote: '仅仅确保[特征值](@article_id:315305)很小是不够的' },
  statement: 'Making sure the eigenvalues are small is not enough to keep gradients from growing.',
  reading: 'An existence statement: among 12 seeded matrices of size 8 or 16 built with eigenvalues of modulus at most 0.5 (non-normal Schur form, off-diagonal entries N(0, 1) or N(0, 4)) and rounded to float32, those whose rounded spectral radius stays at most 0.55 ("small") are kept, and at least one amplifies some gradient by a factor of 10 or more over some number of steps k <= 60: max_k ||A^k||_2 >= 10 (float64 powers; the maximising vector is the top right singular vector). The share of such matrices is recorded.',
  kind: 'exact',
  scope: 'exists',
  tolerance: exactly('a yes/no existence'),
  correction: () => '在所生成的矩阵中，特征值很小时梯度并未出现显著增长',
  check: ({ tf, judge, record, seeds }) => {
    const runs = Array.from({ length: 12 }, (_, i) => transientPeak(tf, i % 2 ? 16 : 8, 0.5, i % 3 ? 2 : 1, seeds.child('matrix', i).value)).filter((q) => q.rho <= 0.55);
    const peaks = runs.map((q) => q.peak);
    record('peak amplification per matrix', peaks.map((p) => p.toPrecision(3)).join(', '));
    record('share with peak >= 10', peaks.filter((p) => p >= 10).length / peaks.length);
    judge.holds({ label: 'some matrix with all |eigenvalues| <= 0.55 amplifies a gradient 10-fold', holds: Math.max(...peaks) >= 10, values: { maxPeak: Math.max(...peaks) } });
  },
});

export const nonNormalTransient = defineClaim({
  id: 'deep-feedforward-networks/non-normal-transient-growth',
  source: { file, quote: '即使谱半径（最大[特征值](@article_id:315305)模）小于{one:number}，该矩阵仍然可能在[向量范数](@article_id:301092)最终衰减之前，引起其短暂但巨大的增长' },
  statement: 'A non-normal matrix with spectral radius below {one} can make a vector\'s norm grow briefly but hugely before it finally decays.',
  reading: 'An existence statement. 12 seeded non-normal matrices (Schur form, size 8 or 16, eigenvalues in [-0.9, 0.9] with one at 0.9, off-diagonal entries N(0, 1) or N(0, 4), rounded to float32, the spectral radius taken of the rounded matrix); for the one with the largest transient among those with spectral radius below 1, the vector v maximising ||A^k* v|| (top right singular vector of A^k*, float64) is iterated in tfjs: its norm must reach at least 10 |v| ("huge": an order of magnitude) and then decay below |v| ("finally": by step 3000, tracked in the log domain with renormalisation since the transient can exceed float32\'s range). Measured: the peak and the final norm (tfjs).',
  kind: 'exact',
  scope: 'exists',
  tolerance: exactly('yes/no facts about the measured trajectory'),
  correction: (e) => `所生成的谱半径小于${e.slots.number('one')}的非正规矩阵并未引起显著的瞬时增长`,
  check: ({ tf, judge, record, seeds, slots }) => {
    const runs = Array.from({ length: 12 }, (_, i) => transientPeak(tf, i % 2 ? 16 : 8, 0.9, i % 3 ? 2 : 1, seeds.child('matrix', i).value));
    record('matrices whose float32 rounding has spectral radius >= 1 (eigenvalue sensitivity), of 12', runs.filter((q) => q.rho >= 1).length);
    const best = largestStable(runs);
    let p = best.a;
    for (let k = 1; k < best.at; k++) p = new Matrix(p).mmul(new Matrix(best.a)).to2DArray();
    const svdV = new SingularValueDecomposition(new Matrix(p)).rightSingularVectors.getColumn(0);
    const logs = logPowerNorms(tf, best.a, svdV, 3000);
    const peak = Math.exp(Math.max(...logs));
    const final = logs[3000]!;
    record('spectral radius of the chosen matrix', best.rho);
    record('step of the peak', logs.indexOf(Math.max(...logs)));
    record('peak |A^k v| / |v| (tfjs)', peak);
    record('log(|A^3000 v| / |v|) (tfjs)', final);
    judge.holds({ label: `spectral radius < ${slots.number('one')}`, holds: best.rho < slots.number('one'), values: { rho: best.rho } });
    judge.holds({ label: 'transient growth to at least 10 |v|', holds: peak >= 10, values: { peak } });
    judge.holds({ label: 'final decay below |v| by step 3000', holds: final < 0, values: { logFinal: final } });
  },
});

export const onlyNonNormalGrow = defineClaim({
  id: 'deep-feedforward-networks/normal-matrices-cannot-grow-transiently',
  source: { file, quote: '确切地说是[非正规矩阵](@article_id:354109)' },
  statement: 'The matrices that can grow transiently despite a spectral radius below 1 are exactly the non-normal ones.',
  reading: 'The half that needs checking: a normal matrix with spectral radius below 1 never increases any vector\'s norm, at any step. Generated normal matrices (rotation blocks, Q D Q^T with conjugate eigenvalue pairs, size 4..16, radius in [0.3, 0.999]); measured: max over k <= 60 of ||A^k||_2 (float64 powers), which must not exceed 1, and the same for a random vector iterated in tfjs. (That non-normal ones can grow is non-normal-transient-growth.) Scope forall: "确切地说" makes it a characterisation, so every generated normal matrix must obey it.',
  kind: 'exact',
  scope: 'forall',
  tolerance: atMost(1e-5, 'a bound of 1 on the gain; 1e-5 allows float32 rounding of the tfjs iteration'),
  correction: (e) => `一个谱半径小于1的正规矩阵也使向量范数增长到 ${firstOutside(e).measured?.toPrecision(4)} 倍`,
  cases: () => fc.record({ n: fc.integer({ min: 2, max: 8 }).map((h) => 2 * h), r: fc.double({ min: 0.3, max: 0.999, noNaN: true }), seed: fc.nat() }),
  runs: { quick: 10, standard: 40, full: 150 },
  check: ({ n, r, seed }, { tf, judge }) => {
    const a = dynamicsMatrix(tf, { family: 'normal', n, r, offDiag: 0, seed });
    judge.value({ label: 'max_k ||A^k||_2 (float64)', measured: Math.max(...powerOperatorNorms(a, 60)), asserted: 1 });
    judge.value({ label: 'max_k |A^k v| / |v| (tfjs)', measured: Math.max(...powerNorms(tf, a, startVector(tf, n, seed), 60)), asserted: 1 });
  },
});

export const deepNetTransient = defineClaim({
  id: 'deep-feedforward-networks/deep-net-transient-gradient-explosion',
  source: { file, quote: '深度网络仍然可能经历梯度的瞬时爆炸' },
  statement: 'Even when the linear algebra suggests stability, a deep network can see its gradient explode transiently.',
  reading: 'An existence statement about an actual network and its autodiff gradients: a 60-layer linear network with the same weight matrix W at every layer, W non-normal with spectral radius below 1 (of 12 seeded size-16 matrices of non-normal-transient-growth, the one with the largest transient among those whose float32 rounding keeps the spectral radius below 1). Gradients dL/dh_l by tfjs autodiff for a batch of 32 random output gradients; measured: the largest |dL/dh_l| / |dL/dh_59| over layers (h_59 feeds the last layer) (must reach 10: an order of magnitude) while the spectral radius is below 1. The gradient at the input is recorded.',
  kind: 'exact',
  scope: 'exists',
  tolerance: exactly('yes/no facts about the measured gradients'),
  correction: () => '在所构造的深度线性网络中，梯度并未出现瞬时爆炸',
  check: ({ tf, judge, record, seeds }) => {
    const runs = Array.from({ length: 12 }, (_, i) => transientPeak(tf, 16, 0.9, i % 3 ? 2 : 1, seeds.child('matrix', i).value));
    const best = largestStable(runs);
    const w = tf.tensor2d(best.a) as Tensor2D;
    const net = tiedNet(w, 60, 'linear');
    try {
      const norms = gradientNorms(tf, net, { batchSize: 32, seed: seeds.child('batch').value });
      const out = norms[59]!;
      const peak = Math.max(...norms) / out;
      record('spectral radius of W', best.rho);
      record('|dL/dx| / |dL/dh_59|', norms[0]! / out);
      record('layer of the peak (from the output)', 60 - norms.indexOf(Math.max(...norms)));
      judge.holds({ label: 'spectral radius < 1', holds: best.rho < 1, values: { rho: best.rho } });
      judge.holds({ label: 'some layer\'s gradient is 10x the output-side gradient', holds: peak >= 10, values: { peak } });
    } finally {
      w.dispose();
    }
  },
});
