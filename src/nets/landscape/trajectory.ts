// The geometry of an optimisation trajectory from its parameter snapshots: principal components of
// the centred snapshots (Li et al. 2018b's "low-dimensional subspace"), the same shares for a
// Brownian random walk (the control: a random walk also looks low-dimensional to PCA), and how far
// the snapshots stray from the straight chord between the first and the last.
import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { runClassifier } from '../train/classifier-run.js';
import { subSeed } from '../../random/seeds.js';
import { symEig } from '../train/ntk-train.js';
import { flattenParams } from '../train/subspace-train.js';
import { initParams, type TrainData, type TrainNetSpec } from '../train/train-mlp.js';

/** Minibatch SGD from a fresh draw of `spec`, with a flat snapshot of the parameters every `every` steps (and at 0). */
export function sgdTrajectory(tf: Tf, spec: TrainNetSpec, o: { train: TrainData; lr: number; batchSize: number; steps: number; every: number }): { snapshots: Float64Array[]; trainAcc: number } {
  let params: Tensor[] = initParams(tf, spec);
  const snap = () => { const f = flattenParams(tf, params); try { return Float64Array.from(f.dataSync()); } finally { f.dispose(); } };
  const snapshots = [snap()];
  let trainAcc = NaN;
  try {
    for (let s = 0; s < o.steps; s += o.every) {
      // Plain SGD has no optimiser state, so segments of `every` steps chained by their parameters are one run.
      const r = runClassifier(tf, spec, { optimizer: 'sgd', lr: o.lr, steps: o.every, batchSize: o.batchSize, orderSeed: subSeed(spec.seed, 1000 + s), train: o.train, init: params, evalEvery: o.every, keep: true });
      tf.dispose([...params, ...r.init]);
      params = r.final;
      trainAcc = r.trainAcc.at(-1)!;
      snapshots.push(snap());
    }
    return { snapshots, trainAcc };
  } finally {
    tf.dispose(params);
  }
}

// Eigenvalue shares (descending) of a T x T centred Gram matrix.
function centredGramShares(g: number[][]): number[] {
  const T = g.length;
  const rowMean = g.map((r) => r.reduce((a, b) => a + b, 0) / T);
  const all = rowMean.reduce((a, b) => a + b, 0) / T;
  const c = g.map((r, i) => r.map((v, j) => v - rowMean[i]! - rowMean[j]! + all));
  const values = symEig(c).values.map((v) => Math.max(0, v)).reverse();
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v) => v / total);
}

/** Shares of the snapshots' variance (about their mean) along each principal component, largest first. */
export function pcaShares(snapshots: readonly Float64Array[]): number[] {
  const dot = (a: Float64Array, b: Float64Array) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!; return s; };
  return centredGramShares(snapshots.map((a) => snapshots.map((b) => dot(a, b))));
}

/** The same shares for T snapshots at equal times of a Brownian motion in many dimensions (its Gram matrix is min(i, j)). */
export function randomWalkShares(T: number): number[] {
  return centredGramShares(Array.from({ length: T }, (_, i) => Array.from({ length: T }, (_, j) => Math.min(i, j))));
}

/** The largest distance of a snapshot from the line through the first and last, over |last - first|. */
export function chordDeviation(snapshots: readonly Float64Array[]): number {
  const a = snapshots[0]!;
  const b = snapshots.at(-1)!;
  const u = b.map((v, i) => v - a[i]!);
  const len2 = u.reduce((s, v) => s + v * v, 0);
  let worst = 0;
  for (const p of snapshots) {
    let along = 0;
    for (let i = 0; i < u.length; i++) along += (p[i]! - a[i]!) * u[i]!;
    const t = along / len2;
    let d2 = 0;
    for (let i = 0; i < u.length; i++) d2 += (p[i]! - a[i]! - t * u[i]!) ** 2;
    worst = Math.max(worst, Math.sqrt(d2));
  }
  return worst / Math.sqrt(len2);
}
