// End-to-end Jacobians of deep linear nets, plain (prod W_l) or residual (prod (I + W_l)), formed in
// tfjs and renormalised at every layer so that depths in the thousands neither overflow nor underflow.
import type { Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { subSeed } from '../../random/seeds.js';
import { eigenModuli, singularValues } from '../base/spectra.js';

export interface ProductSpec {
  /** Width of every layer. */
  n: number;
  /** W_l has i.i.d. N(0, variance / n) entries. */
  variance: number;
  /** true: x_{l+1} = (I + W_l) x_l; false: x_{l+1} = W_l x_l. */
  residual: boolean;
  /** Depths at which to report the product, ascending. */
  depths: readonly number[];
  seed: number;
  /** Also return the eigenvalue moduli of the product (costs an eigen-decomposition per depth). */
  eigen?: boolean;
}

export interface ProductAtDepth {
  depth: number;
  /** log of the singular values of P_L = M_L ... M_1, largest first (float32 product: values far below the largest are rounding). */
  logSingular: number[];
  /** log of the eigenvalue moduli of P_L, largest first (when requested). */
  logEigen: number[] | null;
  /** log ||P_L^T g|| / ||g|| for a fixed seeded g: the back-propagated gradient's gain through all L layers. */
  logGradientGain: number;
}

/** The layer matrices M_l (l = 1..L) of `spec`, drawn one at a time from its seed. */
export function layerMatrix(tf: Tf, spec: Pick<ProductSpec, 'n' | 'variance' | 'residual' | 'seed'>, l: number): Tensor2D {
  return tf.tidy(() => {
    const w = tf.randomNormal([spec.n, spec.n], 0, Math.sqrt(spec.variance / spec.n), 'float32', subSeed(spec.seed, l)) as Tensor2D;
    return spec.residual ? (tf.add(w, tf.eye(spec.n)) as Tensor2D) : w;
  });
}

/** The products at each requested depth, with their spectra in float64 (ml-matrix). */
export function jacobianProducts(tf: Tf, spec: ProductSpec): ProductAtDepth[] {
  const { n } = spec;
  const out: ProductAtDepth[] = [];
  const g = tf.randomNormal([n, 1], 0, 1, 'float32', subSeed(spec.seed, 1_000_003)) as Tensor2D;
  let p = tf.eye(n) as Tensor2D;
  let logScale = 0;
  const last = spec.depths[spec.depths.length - 1] ?? 0;
  try {
    for (let l = 1, next = 0; l <= last; l++) {
      const [q, s] = tf.tidy(() => {
        const m = layerMatrix(tf, spec, l);
        const prod = tf.matMul(m, p);
        const norm = tf.norm(prod);
        return [tf.div(prod, norm) as Tensor2D, norm];
      });
      const scale = s.dataSync()[0]!;
      s.dispose();
      p.dispose();
      p = q;
      logScale += Math.log(scale);
      if (l === spec.depths[next]) {
        next++;
        const dense = p.arraySync();
        const gain = tf.tidy(() => tf.div(tf.norm(tf.matMul(p, g, true)), tf.norm(g)).dataSync()[0]!);
        out.push({
          depth: l,
          logSingular: singularValues(dense).map((v) => Math.log(v) + logScale),
          logEigen: spec.eigen ? eigenModuli(dense).map((v) => Math.log(v) + logScale) : null,
          logGradientGain: Math.log(gain) + logScale,
        });
      }
    }
    return out;
  } finally {
    tf.dispose([p, g]);
  }
}
