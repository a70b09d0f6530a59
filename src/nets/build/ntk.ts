// Networks in the NTK parametrisation (plain or residual), their per-example Jacobian and
// empirical neural tangent kernel, all by tfjs autodiff.
import type { Tensor, Tensor2D } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';
import { subSeed } from '../../random/seeds.js';
import { activate, type Activation } from '../base/activations.js';

export interface NtkNetSpec {
  /** [input, hidden..., output]; every weight is N(0, 1) and scaled by sigma_w / sqrt(fanIn) in the forward pass. */
  sizes: readonly number[];
  /** Activation applied before every weight matrix except the first. */
  activation: Activation;
  /** sigma_w^2. */
  weightVariance: number;
  /** sigma_b^2; 0 or absent means no bias parameters. */
  biasVariance?: number;
  /** Residual branch scale alpha: hidden stream s <- s + alpha * sigma_w/sqrt(n) * phi(s) W (hidden widths must be equal). Absent: a plain net, s <- sigma_w/sqrt(n) * phi(s) W. */
  residual?: number;
  seed: number;
}

/** A net's parameters, flat list [W_0, (b_0), W_1, (b_1), ...]; the net itself is just `spec` + `params`. */
export interface NtkNet {
  readonly spec: NtkNetSpec;
  readonly params: Tensor[];
  dispose(): void;
}

/** Draws the N(0, 1) weights (and biases) of `spec` from its seed. */
export function buildNtkNet(tf: Tf, spec: NtkNetSpec): NtkNet {
  const { sizes } = spec;
  if (sizes.length < 2) throw new Error('a net needs at least input and output sizes');
  if (spec.residual !== undefined && new Set(sizes.slice(1, -1)).size > 1) throw new Error('a residual net needs equal hidden widths');
  const withBias = (spec.biasVariance ?? 0) > 0;
  const params: Tensor[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    params.push(tf.randomNormal([sizes[l]!, sizes[l + 1]!], 0, 1, 'float32', subSeed(spec.seed, 2 * l)));
    if (withBias) params.push(tf.randomNormal([sizes[l + 1]!], 0, 1, 'float32', subSeed(spec.seed, 2 * l + 1)));
  }
  return { spec, params, dispose: () => tf.dispose(params) };
}

/** A net with the same spec and new parameters (which it then owns). */
export function withParams(net: NtkNet, params: Tensor[]): NtkNet {
  return { spec: net.spec, params, dispose: () => params.forEach((p) => p.dispose()) };
}

/**
 * The hidden streams s_1..s_H (pre-activations) and the output, on a [batch, input] tensor; also each
 * weight matrix's input. `probes[l]`, when given, is added to layer l's affine output (zeros: the
 * gradient with respect to them is the per-example gradient at that output).
 */
export function ntkForwardAll(tf: Tf, spec: NtkNetSpec, params: readonly Tensor[], x: Tensor2D, probes?: readonly Tensor2D[]): { streams: Tensor2D[]; output: Tensor2D; inputs: Tensor2D[] } {
  const withBias = (spec.biasVariance ?? 0) > 0;
  const sw = Math.sqrt(spec.weightVariance);
  const sb = Math.sqrt(spec.biasVariance ?? 0);
  const per = withBias ? 2 : 1;
  const L = spec.sizes.length - 1;
  const inputs: Tensor2D[] = [];
  const affine = (h: Tensor2D, l: number): Tensor2D => {
    inputs.push(h);
    let z = tf.mul(tf.matMul(h, params[per * l] as Tensor2D), sw / Math.sqrt(spec.sizes[l]!)) as Tensor2D;
    if (withBias) z = tf.add(z, tf.mul(params[per * l + 1]!, sb));
    if (probes) z = tf.add(z, probes[l]!);
    return z;
  };
  const streams: Tensor2D[] = [];
  let s = affine(x, 0);
  for (let l = 1; l < L; l++) {
    streams.push(s);
    const branch = affine(activate(tf, s, spec.activation) as Tensor2D, l);
    s = spec.residual !== undefined && l < L - 1 ? tf.add(s, tf.mul(branch, spec.residual)) : branch;
  }
  return { streams, output: s, inputs };
}

/** The output on a [batch, input] tensor: [batch, output]. */
export function ntkForward(tf: Tf, spec: NtkNetSpec, params: readonly Tensor[], x: Tensor2D): Tensor2D {
  return ntkForwardAll(tf, spec, params, x).output;
}

/** Number of parameters. */
export function paramCount(net: NtkNet): number {
  return net.params.reduce((s, p) => s + p.size, 0);
}

/** The Jacobian of a scalar-output net at each row of x: [batch, P], by one autodiff pass per row. */
export function jacobian(tf: Tf, net: NtkNet, x: Tensor2D): Tensor2D {
  return tf.tidy(() => {
    const rows: Tensor[] = [];
    for (let i = 0; i < x.shape[0]; i++) {
      const xi = tf.slice(x, [i, 0], [1, x.shape[1]]);
      const g = tf.grads((...p: Tensor[]) => tf.sum(ntkForward(tf, net.spec, p, xi)))(net.params);
      rows.push(tf.concat(g.map((t) => tf.reshape(t, [-1]))));
    }
    return tf.stack(rows) as Tensor2D;
  });
}

/**
 * Each weight matrix's input H_l and the per-example gradient G_l of the output at its affine output,
 * from one batched backward pass (row i of the summed output depends only on row i of x).
 */
function layerFactors(tf: Tf, net: NtkNet, x: Tensor2D): { inputs: Tensor2D[]; grads: Tensor2D[] } {
  const probes = net.spec.sizes.slice(1).map((n) => tf.zeros([x.shape[0], n]) as Tensor2D);
  const grads = tf.grads((...p: Tensor[]) => tf.sum(ntkForwardAll(tf, net.spec, net.params, x, p as Tensor2D[]).output))(probes) as Tensor2D[];
  return { inputs: ntkForwardAll(tf, net.spec, net.params, x).inputs, grads };
}

/**
 * The empirical NTK K[i][j] = grad f(x1_i) . grad f(x2_j), as float64 arrays. Layer l's weights
 * z = c H W (+ sigma_b b) contribute (c^2 H1 H2^T + sigma_b^2) (elementwise) G1 G2^T, so no [batch, P]
 * Jacobian is formed; `jacobian` is the per-row reference it is tested against.
 */
export function empiricalNtk(tf: Tf, net: NtkNet, x1: Tensor2D, x2?: Tensor2D): number[][] {
  const { sizes, weightVariance, biasVariance = 0 } = net.spec;
  const k = tf.tidy(() => {
    const a = layerFactors(tf, net, x1);
    const b = x2 ? layerFactors(tf, net, x2) : a;
    const terms = a.grads.map((g, l) => {
      const hh = tf.mul(tf.matMul(a.inputs[l]!, b.inputs[l]!, false, true), weightVariance / sizes[l]!);
      return tf.mul(biasVariance > 0 ? tf.add(hh, biasVariance) : hh, tf.matMul(g, b.grads[l]!, false, true));
    });
    return tf.addN(terms);
  });
  try {
    return k.arraySync() as number[][];
  } finally {
    k.dispose();
  }
}

/** The net's scalar outputs on x, as a float64 array. */
export function predict(tf: Tf, net: NtkNet, x: Tensor2D): number[] {
  const y = tf.tidy(() => tf.reshape(ntkForward(tf, net.spec, net.params, x), [-1]));
  try {
    return Array.from(y.dataSync());
  } finally {
    y.dispose();
  }
}
