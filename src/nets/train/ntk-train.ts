// Full-batch gradient descent on 1/2 |f - y|^2 for an NTK-parametrised net (the one training loop,
// loop.ts), and the same descent for its linearisation at initialisation (kernel dynamics, float64).
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import { EigenvalueDecomposition, Matrix, solve } from 'ml-matrix';
import type { Tf } from '../../backend/tf.js';
import { ntkForward, predict, withParams, type NtkNet } from '../build/ntk.js';
import { trainLoop } from './loop.js';

export interface GdOptions {
  x: Tensor2D;
  y: readonly number[];
  /** Step size eta: theta <- theta - eta * grad (1/2 |f(x) - y|^2). */
  lr: number;
  steps: number;
  /** Step indices (0..steps) at which the predictions are read. */
  record: readonly number[];
  /** Points at which predictions are also read (not trained on). */
  xTest?: Tensor2D;
}

export interface GdRun {
  /** The recorded step indices, ascending. */
  at: number[];
  /** Predictions on x at each recorded step. */
  train: number[][];
  /** Predictions on xTest at each recorded step ([] without xTest). */
  test: number[][];
  /** True if a loss became non-finite (the run stopped there). */
  diverged: boolean;
  /** The trained net (a new object the caller disposes; the input net is untouched). */
  net: NtkNet;
}

/** Runs `steps` full-batch gradient-descent steps from `net`'s parameters. */
export function trainGd(tf: Tf, net: NtkNet, opts: GdOptions): GdRun {
  const at = new Set(opts.record);
  const run: GdRun = { at: [], train: [], test: [], diverged: false, net };
  const read = (k: number, params: readonly Tensor[]) => {
    if (!at.has(k)) return;
    const view = withParams(net, [...params]);
    run.at.push(k);
    run.train.push(predict(tf, view, opts.x));
    if (opts.xTest) run.test.push(predict(tf, view, opts.xTest));
  };
  const y = tf.tensor2d(opts.y as number[], [opts.y.length, 1]);
  try {
    read(0, net.params);
    const trained = trainLoop(tf, {
      init: net.params,
      loss: (ps) => tf.mul(0.5, tf.sum(tf.square(tf.sub(ntkForward(tf, net.spec, ps, opts.x), y)))),
      optimizer: 'sgd',
      lr: opts.lr,
      steps: opts.steps,
      // A step whose loss is not finite is taken but not read: the run ends there.
      afterStep: (ps, k, loss) => { if (Number.isFinite(loss)) read(k, ps); },
      stopOnNonFiniteLoss: true,
    });
    return { ...run, diverged: trained.stopped !== null, net: withParams(net, trained.params) };
  } finally {
    y.dispose();
  }
}

/** Symmetric eigendecomposition, eigenvalues ascending with unit eigenvectors as columns of `vectors`. */
export function symEig(k: readonly (readonly number[])[]): { values: number[]; vectors: number[][] } {
  const sym = new Matrix(k.map((row, i) => row.map((v, j) => (v + k[j]![i]!) / 2)));
  const e = new EigenvalueDecomposition(sym, { assumeSymmetric: true });
  const order = e.realEigenvalues.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const V = e.eigenvectorMatrix;
  return { values: order.map(([v]) => v), vectors: V.to2DArray().map((row) => order.map(([, i]) => row[i]!)) };
}

const mv = (m: readonly (readonly number[])[], v: readonly number[]) => m.map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0));

/**
 * Gradient descent on the linearised model f0 + J0 (theta - theta0), in function space:
 * r <- r - eta K r on the training set, f* <- f* - eta K(x*, X) r on test points.
 */
export function linearGd(k: readonly number[][], kTest: readonly number[][] | null, f0: readonly number[], f0Test: readonly number[] | null, y: readonly number[], lr: number, record: readonly number[]): { at: number[]; train: number[][]; test: number[][] } {
  const at = [...new Set(record)].sort((a, b) => a - b);
  const out = { at: [] as number[], train: [] as number[][], test: [] as number[][] };
  let r = f0.map((f, i) => f - y[i]!);
  let ft = f0Test ? [...f0Test] : null;
  const last = at[at.length - 1] ?? 0;
  for (let step = 0, next = 0; step <= last; step++) {
    if (at[next] === step) {
      out.at.push(step);
      out.train.push(r.map((v, i) => v + y[i]!));
      if (ft) out.test.push([...ft]);
      next++;
    }
    const kr = mv(k, r);
    if (ft && kTest) { const ktr = mv(kTest, r); ft = ft.map((v, i) => v - lr * ktr[i]!); }
    r = r.map((v, i) => v - lr * kr[i]!);
  }
  return out;
}

/** The solution of df/dt = -K (f - y) at times `t`: f(t) = y + V exp(-Lambda t) V^T (f0 - y). */
export function kernelOde(k: readonly number[][], f0: readonly number[], y: readonly number[], t: readonly number[]): number[][] {
  const { values, vectors } = symEig(k);
  const r0 = f0.map((f, i) => f - y[i]!);
  const coef = values.map((_, a) => vectors.reduce((s, row, i) => s + row[a]! * r0[i]!, 0));
  return t.map((time) => y.map((yi, i) => yi + values.reduce((s, lam, a) => s + vectors[i]![a]! * coef[a]! * Math.exp(-lam * time), 0)));
}

/** Kernel regression with the initial function as offset: f*(x) = f0(x) + K(x, X) K^-1 (y - f0(X)) (the t -> infinity limit of linearGd). */
export function kernelRegression(k: readonly number[][], kTest: readonly number[][], f0: readonly number[], f0Test: readonly number[], y: readonly number[]): number[] {
  const alpha = solve(new Matrix(k.map((r) => [...r])), Matrix.columnVector(y.map((v, i) => v - f0[i]!))).to1DArray();
  return f0Test.map((f, i) => f + kTest[i]!.reduce((s, kij, j) => s + kij * alpha[j]!, 0));
}
