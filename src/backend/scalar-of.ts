// Reads a scalar tensor back as a number, freeing every tensor made on the way.
import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from './tf.js';

export const scalarOf = (tf: Tf, f: () => Tensor): number => tf.tidy(() => f().dataSync()[0]!);
