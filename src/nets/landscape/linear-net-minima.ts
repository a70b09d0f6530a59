// Two-layer linear networks x -> x W1 W2 with a bottleneck h < min(in, out) (Baldi & Hornik 1989):
// the optimum of the mean squared loss is reduced-rank regression (the least-squares map projected
// onto the top-h eigenvectors of its fitted outputs' covariance); gradient descent from any start
// should reach that loss, since every other critical point is a saddle. Plain float64.
import { Matrix, solve } from 'ml-matrix';
import { symEig } from '../train/ntk-train.js';
import { normalStream } from '../base/rng.js';

export interface LinearTask {
  /** Second moments over the n examples: X^T X / n, X^T Y / n, and tr(Y^T Y) / n. */
  cxx: Matrix;
  cxy: Matrix;
  yy: number;
}

/** Gaussian inputs (n x a), targets X A + noise (c outputs), as second moments. */
export function linearTask(n: number, a: number, c: number, noise: number, seed: number): LinearTask {
  const g = normalStream(seed);
  const X = new Matrix(Array.from({ length: n }, () => Array.from({ length: a }, () => g())));
  const A = new Matrix(Array.from({ length: a }, () => Array.from({ length: c }, () => g())));
  const Y = X.mmul(A).add(new Matrix(Array.from({ length: n }, () => Array.from({ length: c }, () => noise * g()))));
  return { cxx: X.transpose().mmul(X).div(n), cxy: X.transpose().mmul(Y).div(n), yy: Y.transpose().mmul(Y).trace() / n };
}

/** Mean squared loss of the end-to-end map M (a x c). */
export function linearLoss(t: LinearTask, M: Matrix): number {
  return M.transpose().mmul(t.cxx).mmul(M).trace() - 2 * M.transpose().mmul(t.cxy).trace() + t.yy;
}

/**
 * Losses of the rank-h critical maps: the least-squares map projected onto h eigenvectors of the
 * fitted outputs' covariance; the top h give the global minimum, any other choice a saddle.
 */
export function rankCriticalLosses(t: LinearTask, h: number): { optimum: number; nextBest: number } {
  const wls = solve(t.cxx, t.cxy);
  const { vectors } = symEig(wls.transpose().mmul(t.cxx).mmul(wls).to2DArray());
  const c = vectors.length;
  const proj = (cols: number[]) => {
    const U = new Matrix(vectors.map((row) => cols.map((j) => row[j]!)));
    return linearLoss(t, wls.mmul(U).mmul(U.transpose()));
  };
  const top = Array.from({ length: h }, (_, i) => c - 1 - i);
  return { optimum: proj(top), nextBest: proj([...top.slice(0, h - 1), c - 1 - h]) };
}

export interface Descent {
  loss: number;
  /** Steps taken: fewer than the cap when the gradient fell below the tolerance. */
  steps: number;
  /** Whether the run stopped at a stationary point (gradient norm below the tolerance). */
  converged: boolean;
}

/**
 * Full-batch gradient descent on W1 (a x h), W2 (h x c) from N(0, scale^2) entries, until the
 * gradient's Frobenius norm falls below `gradTol` or `maxSteps` are taken.
 */
export function descendLinearNet(t: LinearTask, h: number, o: { scale: number; lr: number; maxSteps: number; gradTol: number; seed: number }): Descent {
  const g = normalStream(o.seed);
  const [a, c] = [t.cxy.rows, t.cxy.columns];
  let W1 = new Matrix(Array.from({ length: a }, () => Array.from({ length: h }, () => o.scale * g())));
  let W2 = new Matrix(Array.from({ length: h }, () => Array.from({ length: c }, () => o.scale * g())));
  for (let s = 0; s < o.maxSteps; s++) {
    const gM = t.cxx.mmul(W1.mmul(W2)).sub(t.cxy).mul(2);
    const g1 = gM.mmul(W2.transpose());
    const g2 = W1.transpose().mmul(gM);
    if (Math.hypot(g1.norm(), g2.norm()) < o.gradTol) return { loss: linearLoss(t, W1.mmul(W2)), steps: s, converged: true };
    W1 = W1.sub(g1.mul(o.lr));
    W2 = W2.sub(g2.mul(o.lr));
  }
  return { loss: linearLoss(t, W1.mmul(W2)), steps: o.maxSteps, converged: false };
}
