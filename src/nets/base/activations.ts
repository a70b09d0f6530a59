// The one list of hidden-layer activations the nets know, and their tfjs application.
import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';

export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear', 'leakyRelu', 'elu'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/** The activation applied elementwise; leakyAlpha is leakyRelu's negative slope. */
export function activate(tf: Tf, z: Tensor, activation: Activation, leakyAlpha = 0.01): Tensor {
  switch (activation) {
    case 'relu': return tf.relu(z);
    case 'tanh': return tf.tanh(z);
    case 'sigmoid': return tf.sigmoid(z);
    case 'leakyRelu': return tf.leakyRelu(z, leakyAlpha);
    case 'elu': return tf.elu(z);
    case 'linear': return z;
  }
}

/** The same activations on one float64 number (leakyRelu with its default slope 0.01, elu with alpha 1). */
export const SCALAR_ACTIVATIONS: Record<Activation, (z: number) => number> = {
  relu: (z) => Math.max(0, z),
  tanh: Math.tanh,
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  linear: (z) => z,
  leakyRelu: (z) => (z > 0 ? z : 0.01 * z),
  elu: (z) => (z > 0 ? z : Math.expm1(z)),
};
