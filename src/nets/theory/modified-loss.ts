// Backward error analysis of gradient descent (Barrett & Dherin 2021; UDL eq. 9.9) on a small tanh
// network, in float64: one GD step of size alpha against the gradient flow, for time alpha, of the
// modified loss L + c |grad L|^2. The best-fitting c is alpha/4 to leading order, so the implicit
// regulariser grows with the learning rate. Gradients are analytic; H grad L is a central
// difference of gradients along grad L.
import { normalStream } from '../base/rng.js';
import { norm } from '../base/vectors.js';

/** A one-hidden-layer tanh net with scalar output and its regression data. */
export interface TanhTask {
  width: number;
  xs: readonly (readonly number[])[];
  ys: readonly number[];
}

/** Parameters: W1 (d x width, row-major), b1 (width), w2 (width), b2 (1). */
export function tanhParamCount(task: TanhTask): number {
  const d = task.xs[0]!.length;
  return d * task.width + 2 * task.width + 1;
}

/** Mean squared error and its gradient at theta. */
export function tanhLossGrad(task: TanhTask, theta: readonly number[]): { loss: number; grad: number[] } {
  const d = task.xs[0]!.length;
  const w = task.width;
  const [oB1, oW2, oB2] = [d * w, d * w + w, d * w + 2 * w];
  const grad = new Array<number>(theta.length).fill(0);
  let loss = 0;
  const n = task.xs.length;
  task.xs.forEach((x, k) => {
    const h = Array.from({ length: w }, (_, j) => Math.tanh(x.reduce((s, xi, i) => s + xi * theta[i * w + j]!, theta[oB1 + j]!)));
    const r = h.reduce((s, hj, j) => s + hj * theta[oW2 + j]!, theta[oB2]!) - task.ys[k]!;
    loss += (r * r) / n;
    const g = (2 * r) / n;
    grad[oB2]! += g;
    for (let j = 0; j < w; j++) {
      grad[oW2 + j]! += g * h[j]!;
      const back = g * theta[oW2 + j]! * (1 - h[j]! * h[j]!);
      grad[oB1 + j]! += back;
      for (let i = 0; i < d; i++) grad[i * w + j]! += back * x[i]!;
    }
  });
  return { loss, grad };
}

const axpy = (a: number, x: readonly number[], y: readonly number[]) => y.map((v, i) => v + a * x[i]!);

/** The gradient of L + c |grad L|^2: grad L + 2 c H grad L. */
export function modifiedGrad(task: TanhTask, theta: readonly number[], c: number): number[] {
  const g = tanhLossGrad(task, theta).grad;
  if (c === 0) return g;
  const eps = 1e-5 / Math.max(norm(g), 1e-12);
  const plus = tanhLossGrad(task, axpy(eps, g, theta)).grad;
  const minus = tanhLossGrad(task, axpy(-eps, g, theta)).grad;
  return g.map((gi, i) => gi + (2 * c * (plus[i]! - minus[i]!)) / (2 * eps));
}

/** theta after gradient flow on L + c |grad L|^2 for `time`, by classical Runge-Kutta in `steps` steps. */
export function modifiedFlow(task: TanhTask, theta: readonly number[], c: number, time: number, steps: number): number[] {
  const h = time / steps;
  let t = theta.slice();
  const f = (p: readonly number[]) => modifiedGrad(task, p, c).map((v) => -v);
  for (let s = 0; s < steps; s++) {
    const k1 = f(t);
    const k2 = f(axpy(h / 2, k1, t));
    const k3 = f(axpy(h / 2, k2, t));
    const k4 = f(axpy(h, k3, t));
    t = t.map((v, i) => v + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!));
  }
  return t;
}

/** The c in [0, alpha] whose modified flow best matches one GD step of size alpha (golden-section search), and the mismatches. */
export function implicitCoefficient(task: TanhTask, theta: readonly number[], alpha: number, steps = 12): { c: number; mismatch: number; plainMismatch: number } {
  const step = axpy(-alpha, tanhLossGrad(task, theta).grad, theta);
  const miss = (c: number) => norm(modifiedFlow(task, theta, c, alpha, steps).map((v, i) => v - step[i]!));
  const phi = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [0, alpha];
  let [x1, x2] = [b - phi * (b - a), a + phi * (b - a)];
  let [f1, f2] = [miss(x1), miss(x2)];
  for (let k = 0; k < 32; k++) {
    if (f1 < f2) { b = x2; x2 = x1; f2 = f1; x1 = b - phi * (b - a); f1 = miss(x1); }
    else { a = x1; x1 = x2; f1 = f2; x2 = a + phi * (b - a); f2 = miss(x2); }
  }
  const c = (a + b) / 2;
  return { c, mismatch: miss(c), plainMismatch: miss(0) };
}

/** The seeded task (2 inputs, 10 Gaussian points) and its weights N(0, 1/2). */
function seededTask(width: number, seed: number): { task: TanhTask; theta: number[] } {
  const g = normalStream(seed);
  const task: TanhTask = { width, xs: Array.from({ length: 10 }, () => [g(), g()]), ys: Array.from({ length: 10 }, () => g()) };
  return { task, theta: Array.from({ length: tanhParamCount(task) }, () => Math.SQRT1_2 * g()) };
}

/**
 * The fitted coefficient at alpha = 0.005 and 0.01 for a seeded task, and the ratio c / (alpha/4)
 * extrapolated to alpha -> 0 from those two (Richardson, first order: its remainder is O(alpha^2)
 * with a coefficient that grows with the loss's steepness, about 2% on the steepest draws seen).
 */
export function implicitCoefficientsForSeed(width: number, seed: number): { small: ReturnType<typeof implicitCoefficient>; large: ReturnType<typeof implicitCoefficient>; extrapolated: number } {
  const { task, theta } = seededTask(width, seed);
  const small = implicitCoefficient(task, theta, 0.005);
  const large = implicitCoefficient(task, theta, 0.01);
  return { small, large, extrapolated: 2 * (small.c / (0.005 / 4)) - large.c / (0.01 / 4) };
}

/**
 * As implicitCoefficientsForSeed, plus alpha = 0.0025 and the second-order Richardson extrapolation
 * of the ratio r = c / (alpha/4) from 0.0025, 0.005, 0.01: (8 r(0.0025) - 6 r(0.005) + r(0.01)) / 3,
 * which cancels the O(alpha) and O(alpha^2) terms and leaves O(alpha^3).
 */
export function implicitCoefficientsSecondOrder(width: number, seed: number): ReturnType<typeof implicitCoefficientsForSeed> & { smallest: ReturnType<typeof implicitCoefficient>; extrapolated2: number } {
  const { task, theta } = seededTask(width, seed);
  const two = implicitCoefficientsForSeed(width, seed);
  const smallest = implicitCoefficient(task, theta, 0.0025);
  const r = (c: number, alpha: number) => c / (alpha / 4);
  return { ...two, smallest, extrapolated2: (8 * r(smallest.c, 0.0025) - 6 * r(two.small.c, 0.005) + r(two.large.c, 0.01)) / 3 };
}
