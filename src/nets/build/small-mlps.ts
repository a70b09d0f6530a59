// Small MLPs of generated shape, as property cases draw them: 1 to 10 layers of widths 1 to 16, He-scaled
// weights and small random biases, so every Jacobian of the chain rule is exercised at its own shape.
import * as fc from 'fast-check';
import type { Tf } from '../../backend/tf.js';
import { buildMlp, type Mlp } from '../base/mlp.js';
import type { Activation } from '../base/activations.js';

/** Cases: widths as 'n0-n1-...' (2 to 11 sizes), the activation, and the net's seed. */
export const smallMlpCases = () => fc.record({
  widths: fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 2, maxLength: 11 }).map((ws) => ws.join('-')),
  activation: fc.constantFrom('relu', 'tanh'),
  seed: fc.nat(),
});

export const buildSmallMlp = (tf: Tf, widths: string, activation: string, seed: number): Mlp =>
  buildMlp(tf, { sizes: widths.split('-').map(Number), activation: activation as Activation, weightVariance: (n) => 2 / n, biasVariance: 0.1, seed });
