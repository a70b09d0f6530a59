// Trains an NTK-parametrised net by full-batch gradient descent until its kernel dynamics would
// have removed all but a fraction of the residual, then compares it with the empirical-NTK kernel
// regression predictor and with its first-order Taylor expansion at the trained parameters.
import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { sphereTask } from '../probe/gradients/gradient-noise.js';
import { subSeed } from '../../random/seeds.js';
import { norm, sub } from '../base/vectors.js';
import { buildNtkNet, empiricalNtk, jacobian, predict, type NtkNetSpec } from '../build/ntk.js';
import { kernelRegression, symEig, trainGd } from '../train/ntk-train.js';

export interface RegressionCheckSpec {
  net: Omit<NtkNetSpec, 'seed'>;
  nTrain: number;
  nTest: number;
  /** eta * lambda_max(K0). */
  lrScale: number;
  /** Steps are chosen so that exp(-eta lambda_min T) = targetResidual (at most maxSteps). */
  targetResidual: number;
  maxSteps: number;
  seed: number;
}

export interface RegressionCheck {
  lr: number;
  steps: number;
  /** |f_T(X) - y| / |f_0(X) - y|. */
  finalResidual: number;
  /** |f_T(X*) - f_KR(X*)| / |f_KR(X*) - f_0(X*)|, f_KR = f_0 + K(X*, X) K^-1 (y - f_0(X)). */
  kernelRegressionGap: number;
  /** |f_T(X*) - f_0(X*) - J_0(X*) (theta_T - theta_0)| / |f_T(X*) - f_0(X*)|. */
  taylorResidual: number;
}


/** Runs the check on sphere inputs with target sin(x . v) (the task of lazy-run.ts). */
export function kernelRegressionCheck(tf: Tf, spec: RegressionCheckSpec): RegressionCheck {
  const d = spec.net.sizes[0]!;
  const train = sphereTask(tf, spec.nTrain, d, subSeed(spec.seed, 0));
  const test = sphereTask(tf, spec.nTest, d, subSeed(spec.seed, 1));
  const net = buildNtkNet(tf, { ...spec.net, seed: subSeed(spec.seed, 3) });
  let trainedDispose: (() => void) | null = null;
  try {
    const y = Array.from(train.y.dataSync());
    const k0 = empiricalNtk(tf, net, train.x);
    const kt = empiricalNtk(tf, net, test.x, train.x);
    const eig = symEig(k0);
    const [lmin, lmax] = [eig.values[0]!, eig.values[eig.values.length - 1]!];
    const lr = spec.lrScale / lmax;
    const steps = Math.min(spec.maxSteps, Math.ceil(Math.log(1 / spec.targetResidual) / (lr * Math.max(lmin, 1e-12))));
    const run = trainGd(tf, net, { x: train.x, y, lr, steps, record: [0, steps], xTest: test.x });
    trainedDispose = () => run.net.dispose();
    const f0 = run.train[0]!;
    const fT = run.train[run.train.length - 1]!;
    const ft0 = run.test[0]!;
    const ftT = run.test[run.test.length - 1]!;
    const fKr = kernelRegression(k0, kt, f0, ft0, y);
    const taylor = tf.tidy(() => {
      const delta = tf.concat(run.net.params.map((p: Tensor, i: number) => tf.reshape(tf.sub(p, net.params[i]!), [-1])));
      return Array.from(tf.matMul(jacobian(tf, net, test.x), tf.reshape(delta, [-1, 1])).dataSync());
    });
    const change = sub(ftT, ft0);
    return {
      lr, steps,
      finalResidual: norm(sub(fT, y)) / norm(sub(f0, y)),
      kernelRegressionGap: norm(sub(ftT, fKr)) / norm(sub(fKr, ft0)),
      taylorResidual: norm(sub(change, taylor)) / norm(change),
    };
  } finally {
    tf.dispose([train.x, train.y, test.x, test.y]);
    net.dispose();
    trainedDispose?.();
  }
}
