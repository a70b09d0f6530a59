// One lazy-training experiment: train an NTK-parametrised net by full-batch gradient descent and
// compare it with its linearisation at initialisation (kernel dynamics): kernel, feature and
// parameter change, deviation from the linear model, eigen-component decay of the residual.
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { spherePoints } from '../../datasets/teacher.js';
import { subSeed } from '../../random/seeds.js';
import { norm, sub } from '../base/vectors.js';
import { activate } from '../base/activations.js';
import { buildNtkNet, empiricalNtk, ntkForwardAll, type NtkNet, type NtkNetSpec } from '../build/ntk.js';
import { kernelOde, kernelRegression, linearGd, symEig, trainGd } from '../train/ntk-train.js';

export interface LazyRunOptions {
  /** The net; sizes[0] is the input dimension. */
  net: Omit<NtkNetSpec, 'seed'>;
  nTrain: number;
  nTest: number;
  /** eta * lambda_max(K0): the step size relative to the stability limit 2 / lambda_max. */
  lrScale: number;
  steps: number;
  seed: number;
}

export interface LazyRunResult {
  lr: number;
  eigenvalues: number[];
  /** |K_T - K_0|_F / |K_0|_F on the training points. */
  kernelChange: number;
  /** |phi(s_l)_T - phi(s_l)_0|_F / |phi(s_l)_0|_F for the hidden features on the training points, averaged over hidden layers. */
  featureChange: number;
  /** |theta_T - theta_0| / |theta_0|. */
  paramChange: number;
  /** max_k |f_net(X*, k) - f_lin(X*, k)| / max_k |f_lin(X*, k) - f_lin(X*, 0)| on test points. */
  testDeviation: number;
  /** The same maximum over the first quarter of the steps only. */
  earlyTestDeviation: number;
  /** max_k |f_net(X, k) - f_lin(X, k)| / |f_0(X) - y| on the training points (discrete linear descent). */
  trainDeviation: number;
  /** max_k |f_net(X, k) - f_ode(eta k)| / |f_0(X) - y|: against the solution of df/dt = -K0 (f - y). */
  odeDeviation: number;
  /** |f_T(X) - y| / |f_0(X) - y|. */
  finalResidual: number;
  /** The same for the linearisation trained by the same discrete gradient descent. */
  linearFinalResidual: number;
  /** Kernel-target alignment y'Ky / (|K|_F |y|^2) at the end minus at the start. */
  alignmentChange: number;
  /** Per-step residual norms |f_k(X) - y| at the recorded steps. */
  residualNorms: number[];
  /** Measured continuous-time decay rate of each eigen-component of the residual (NaN where too small to measure), with its eigenvalue. */
  componentRates: { eigenvalue: number; rate: number }[];
  /** Smallest cosine, over all steps k, between the step's change of f(X) and -K0 (f_k - y): how well the initial kernel steers the descent. */
  guidanceCosine: number;
  /** |f_net(X*, T) - f_KR(X*)| / |f_KR(X*) - f_0(X*)|: against kernel regression with the initial NTK (offset by f_0). */
  kernelRegressionDeviation: number;
  /** Length of the function-space path over the chord |f_T - f_0|. */
  pathOverChord: number;
  at: number[];
  netTrain: number[][];
}

const frob = (m: readonly (readonly number[])[]) => Math.sqrt(m.reduce((s, r) => s + r.reduce((t, x) => t + x * x, 0), 0));
const alignment = (k: number[][], y: readonly number[]) => y.reduce((s, yi, i) => s + yi * k[i]!.reduce((t, kij, j) => t + kij * y[j]!, 0), 0) / (frob(k) * norm(y) ** 2);

function features(tf: Tf, net: NtkNet, x: Tensor2D): Tensor[] {
  return tf.tidy(() => ntkForwardAll(tf, net.spec, net.params, x).streams.map((s) => activate(tf, s, net.spec.activation)));
}

/** Runs the experiment on points of the sphere in R^d with the smooth target y = sin(x . v), |v| = 1.5. */
export function lazyRun(tf: Tf, opts: LazyRunOptions): LazyRunResult {
  const d = opts.net.sizes[0]!;
  const x = spherePoints(tf, opts.nTrain, d, subSeed(opts.seed, 0));
  const xTest = spherePoints(tf, opts.nTest, d, subSeed(opts.seed, 1));
  const v = tf.tidy(() => { const g = tf.randomNormal([d, 1], 0, 1, 'float32', subSeed(opts.seed, 2)); return tf.mul(tf.div(g, tf.norm(g)), 1.5); });
  const y = tf.tidy(() => Array.from(tf.sin(tf.matMul(x, v as Tensor2D)).dataSync()));
  const net = buildNtkNet(tf, { ...opts.net, seed: subSeed(opts.seed, 3) });
  let trained: NtkNet | null = null;
  const f0Features = features(tf, net, x);
  try {
    const k0 = empiricalNtk(tf, net, x);
    const kTest = empiricalNtk(tf, net, xTest, x);
    const eig = symEig(k0);
    const lambdaMax = eig.values[eig.values.length - 1]!;
    const lr = opts.lrScale / lambdaMax;
    const record = Array.from({ length: opts.steps + 1 }, (_, i) => i);
    const run = trainGd(tf, net, { x, y, lr, steps: opts.steps, record, xTest });
    trained = run.net;
    const f0 = run.train[0]!;
    const lin = linearGd(k0, kTest, f0, run.test[0]!, y, lr, run.at);
    const ode = kernelOde(k0, f0, y, run.at.map((k) => k * lr));
    const r0 = norm(sub(f0, y));
    const kT = empiricalNtk(tf, trained, x);
    const fT = features(tf, trained, x);
    const [featureChange, paramChange] = tf.tidy(() => {
      const fc = f0Features.map((a, l) => tf.div(tf.norm(tf.sub(fT[l]!, a)), tf.norm(a)));
      const dp = tf.sqrt(tf.addN(trained!.params.map((p, i) => tf.sum(tf.square(tf.sub(p, net.params[i]!))))));
      const p0 = tf.sqrt(tf.addN(net.params.map((p) => tf.sum(tf.square(p)))));
      return [tf.mean(tf.stack(fc)).dataSync()[0]!, tf.div(dp, p0).dataSync()[0]!];
    });
    tf.dispose(fT);
    const main = run.at.map((k, i) => [k, i] as const).filter(([k]) => record.includes(k));
    const linChange = Math.max(...lin.test.map((f) => norm(sub(f, lin.test[0]!))));
    const resid = main.map(([, i]) => sub(run.train[i]!, y));
    const guidance = run.train.slice(0, -1).map((fk, k) => {
      const kr = k0.map((row) => -row.reduce((s, kij, j) => s + kij * (fk[j]! - y[j]!), 0));
      const df = sub(run.train[k + 1]!, fk);
      return df.reduce((s, di, i) => s + di * kr[i]!, 0) / (norm(df) * norm(kr));
    });
    const kr = kernelRegression(k0, kTest, f0, run.test[0]!, y);
    const fTestEnd = run.test[run.test.length - 1]!;
    let path = 0;
    for (let i = 1; i < main.length; i++) path += norm(sub(run.train[main[i]![1]]!, run.train[main[i - 1]![1]]!));
    const componentRates = eig.values.map((lambda, a) => {
      const proj = resid.map((r) => r.reduce((s, ri, i) => s + ri * eig.vectors[i]![a]!, 0));
      const p0 = Math.abs(proj[0]!);
      if (p0 < 0.05 * r0) return { eigenvalue: lambda, rate: NaN };
      let last = -1;
      proj.forEach((p, i) => { if (i > 0 && Math.abs(p) >= 1e-3 * p0) last = i; });
      if (last < 1 || proj[last]! * proj[0]! <= 0) return { eigenvalue: lambda, rate: NaN };
      return { eigenvalue: lambda, rate: -Math.log(Math.abs(proj[last]!) / p0) / (main[last]![0] * lr) };
    });
    return {
      lr,
      eigenvalues: eig.values,
      kernelChange: frob(k0.map((r, i) => sub(kT[i]!, r))) / frob(k0),
      featureChange,
      paramChange,
      testDeviation: Math.max(...main.map(([, i]) => norm(sub(run.test[i]!, lin.test[i]!)))) / linChange,
      earlyTestDeviation: Math.max(...main.filter(([k]) => k <= opts.steps / 4).map(([, i]) => norm(sub(run.test[i]!, lin.test[i]!)))) / linChange,
      trainDeviation: Math.max(...main.map(([, i]) => norm(sub(run.train[i]!, lin.train[i]!)))) / r0,
      odeDeviation: Math.max(...main.map(([, i]) => norm(sub(run.train[i]!, ode[i]!)))) / r0,
      finalResidual: norm(resid[resid.length - 1]!) / r0,
      linearFinalResidual: norm(sub(lin.train[main[main.length - 1]![1]]!, y)) / r0,
      alignmentChange: alignment(kT, y) - alignment(k0, y),
      residualNorms: resid.map(norm),
      componentRates,
      guidanceCosine: Math.min(...guidance),
      kernelRegressionDeviation: norm(sub(fTestEnd, kr)) / norm(sub(kr, run.test[0]!)),
      pathOverChord: path / norm(sub(run.train[main[main.length - 1]![1]]!, f0)),
      at: main.map(([k]) => k),
      netTrain: main.map(([, i]) => run.train[i]!),
    };
  } finally {
    tf.dispose([x, xTest, v, ...f0Features]);
    net.dispose();
    trained?.dispose();
  }
}

export interface WidthSweep {
  /** The net at a given hidden width. */
  net: (width: number) => Omit<NtkNetSpec, 'seed'>;
  widths: readonly number[];
  seeds: readonly number[];
  nTrain: number;
  nTest: number;
  lrScale: number;
  steps: number;
}

/** lazyRun at every width for every seed (the same data and seed across widths). */
export function sweepWidths(tf: Tf, s: WidthSweep): { width: number; seed: number; result: LazyRunResult }[] {
  return s.seeds.flatMap((seed) => s.widths.map((width) => ({ width, seed, result: lazyRun(tf, { net: s.net(width), nTrain: s.nTrain, nTest: s.nTest, lrScale: s.lrScale, steps: s.steps, seed }) })));
}

/** Least-squares slope of log(metric) against log(width) over all runs (the exponent of a power law). */
export function widthExponent(runs: readonly { width: number; result: LazyRunResult }[], metric: (r: LazyRunResult) => number): number {
  const pts = runs.map((r) => [Math.log(r.width), Math.log(metric(r.result))] as const);
  const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  return pts.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
}
