// A training run that watches for dead units: a teacher regression task, a student MLP some of whose
// hidden units start with a strongly negative bias, full-batch gradient descent, and at every step
// which hidden units receive a negative pre-activation on the whole training set.
import type { Tensor1D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { deadUnits } from '../probe/dead-units.js';
import { subSeed } from '../../random/seeds.js';
import { buildMlp, mlpToArrays } from '../base/mlp.js';
import { type Activation } from '../base/activations.js';
import { teacherRegression } from '../../datasets/teacher-regression.js';
import { fitMlp } from '../train/train.js';

export interface DeadUnitRunSpec {
  /** Student layer sizes [input, hidden..., 1]. */
  sizes: readonly number[];
  activation: Activation;
  leakyAlpha?: number;
  /** Share of hidden units (per layer) whose bias starts at -negativeBias (the rest start at 0). */
  negativeShare: number;
  negativeBias: number;
  examples: number;
  steps: number;
  learningRate: number;
  seed: number;
}

export interface DeadUnitRun {
  /** negative[t][l][j]: hidden unit j of layer l had z <= 0 on every training example at the start of step t (t = 0..steps; t = steps is the end). */
  negative: boolean[][][];
  /** Incoming weights and bias of every hidden unit at the start and at the end: [l][j] -> numbers. */
  unitsBefore: number[][][];
  unitsAfter: number[][][];
  losses: number[];
}

// Column j of W_l plus b_l[j], for every hidden unit.
function hiddenUnits(arrays: { weights: number[][][]; biases: number[][] }): number[][][] {
  return arrays.weights.slice(0, -1).map((w, l) => w[0]!.map((_, j) => [...w.map((row) => row[j]!), arrays.biases[l]![j]!]));
}

/** Trains the student by full-batch gradient descent (MSE) on a fixed tanh teacher's outputs and records dead units at every step. */
export function deadUnitRun(tf: Tf, spec: DeadUnitRunSpec): DeadUnitRun {
  const d = spec.sizes[0]!;
  const { x, y } = teacherRegression(tf, spec.examples, spec.seed, d);
  const student = buildMlp(tf, { sizes: spec.sizes, activation: spec.activation, leakyAlpha: spec.leakyAlpha, weightVariance: (n) => 2 / n, seed: subSeed(spec.seed, 3) });
  try {
    // Bias -negativeBias on a seeded share of each hidden layer's units, 0 elsewhere.
    student.biases.forEach((b, l) => {
      if (l === student.weights.length - 1) return;
      const n = student.weights[l]!.shape[1];
      const pick = tf.tidy(() => tf.randomUniform([n], 0, 1, 'float32', subSeed(spec.seed, 10 + l)).arraySync() as number[]);
      b?.dispose();
      student.biases[l] = tf.tensor1d(pick.map((u) => (u < spec.negativeShare ? -spec.negativeBias : 0))) as Tensor1D;
    });
    const negative: boolean[][][] = [deadUnits(tf, student, x)];
    const unitsBefore = hiddenUnits(mlpToArrays(student));
    const fit = fitMlp(tf, student, { x, y }, { steps: spec.steps, learningRate: spec.learningRate, onStep: (_, m) => negative.push(deadUnits(tf, m, x)) });
    try {
      return { negative, unitsBefore, unitsAfter: hiddenUnits(mlpToArrays(fit.mlp)), losses: fit.losses };
    } finally {
      fit.mlp.dispose();
    }
  } finally {
    tf.dispose([x, y]);
    student.dispose();
  }
}

/** The dying-unit setup of the deep-feedforward-networks claims, as the report describes it. */
export const DYING_NET = '16 -> 32 -> 32 -> 32 -> 1, He init, 25% of hidden units start with bias -6, lr 0.05, 256 examples of a tanh teacher';

/** deadUnitRun on the DYING_NET setup: a quarter of the hidden units start negative on the whole training set. */
export const dyingNetRun = (tf: Tf, activation: Activation, steps: number, seed: number): DeadUnitRun =>
  deadUnitRun(tf, { sizes: [16, 32, 32, 32, 1], activation, leakyAlpha: 0.01, negativeShare: 0.25, negativeBias: 6, examples: 256, steps, learningRate: 0.05, seed });
