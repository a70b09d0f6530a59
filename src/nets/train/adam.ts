// tf.train.adam's update, computed in JS on one read of each gradient and parameter instead of
// ~14 tfjs kernels a parameter tensor: a minibatch step of a small net is dominated by kernel
// dispatch (about 5 us a kernel on tfjs-wasm), not by arithmetic. The values are tfjs's bit for
// bit: every kernel of its update is one IEEE float32 operation (add, sub, mul, div, sqrt, square)
// and Math.fround of the same operation in double rounds to the same float32, so each line below
// rounds where a tfjs kernel writes a float32 tensor (tests/nets/adam.test.ts compares the two).
// The JS loop costs about 15-30 ns an element against tfjs's ~12 ns and ~150 us a tensor, so
// tensors above JS_LARGEST elements are left to tfjs's own Adam, which takes the same steps.
import type { Optimizer, Scalar, Tensor, Variable } from '@tensorflow/tfjs';
import type { Tf } from '../../backend/tf.js';

const f = Math.fround;
/** The largest parameter tensor updated in JS (measured crossover on tfjs-wasm: about 8,000 elements). */
const JS_LARGEST = 8192;

/** Adam with tf.train.adam's defaults (beta1 0.9, beta2 0.999, the backend's epsilon), its float32 rounding and its steps. */
export class JsAdam {
  private readonly beta1 = f(0.9);
  private readonly beta2 = f(0.999);
  // tfjs turns `1 - beta` (a JS double) into a float32 scalar.
  private readonly oneMinusBeta1 = f(1 - 0.9);
  private readonly oneMinusBeta2 = f(1 - 0.999);
  private readonly epsilon: number;
  private readonly minusLr: number;
  private accBeta1 = f(0.9);
  private accBeta2 = f(0.999);
  private readonly moments = new Map<string, { m: Float32Array; v: Float32Array }>();
  /** tfjs's Adam, for the tensors above JS_LARGEST (it keys its moments by position, so it is always handed the same list). */
  private readonly large: Optimizer;

  constructor(private readonly tf: Tf, lr: number) {
    this.epsilon = f(tf.backend().epsilon());
    this.minusLr = f(-lr);
    this.large = tf.train.adam(lr);
  }

  /** As Optimizer.minimize: one update of `vars` down the gradient of `loss`; with `returnCost`, returns the loss (the caller disposes it). */
  minimize(loss: () => Scalar, returnCost: boolean, vars: readonly Variable[]): Scalar | null {
    const tf = this.tf;
    const { value, grads } = tf.variableGrads(loss, vars as Variable[]);
    const c1 = f(1 - this.accBeta1);
    const c2 = f(1 - this.accBeta2);
    const { beta1, beta2, oneMinusBeta1, oneMinusBeta2, epsilon, minusLr } = this;
    const large = vars.filter((v) => v.size > JS_LARGEST);
    if (large.length) this.large.applyGradients(large.map((v) => ({ name: v.name, tensor: grads[v.name]! })));
    for (const variable of vars) {
      if (variable.size > JS_LARGEST) continue;
      const g = grads[variable.name] as Tensor | null | undefined;
      if (!g) continue;
      const grad = g.dataSync() as Float32Array;
      const p = Float32Array.from(variable.dataSync() as Float32Array);
      let state = this.moments.get(variable.name);
      if (!state) this.moments.set(variable.name, (state = { m: new Float32Array(p.length), v: new Float32Array(p.length) }));
      const { m, v } = state;
      for (let i = 0; i < p.length; i++) {
        const gi = grad[i]!;
        const mi = f(f(m[i]! * beta1) + f(gi * oneMinusBeta1));
        const vi = f(f(v[i]! * beta2) + f(f(gi * gi) * oneMinusBeta2));
        m[i] = mi;
        v[i] = vi;
        const step = f(f(f(mi / c1) / f(f(Math.sqrt(f(vi / c2))) + epsilon)) * minusLr);
        p[i] = f(step + p[i]!);
      }
      const next = tf.tensor(p, variable.shape, 'float32');
      variable.assign(next);
      next.dispose();
    }
    this.accBeta1 = f(this.accBeta1 * beta1);
    this.accBeta2 = f(this.accBeta2 * beta2);
    tf.dispose(Object.values(grads).filter((t): t is Tensor => !!t));
    if (returnCost) return value;
    value.dispose();
    return null;
  }

  dispose(): void {
    this.large.dispose();
    this.moments.clear();
  }
}
