// The two-layer ReLU NTK's expectation by quadrature, not by the arc-cosine formulas of ntk-limit.ts:
// an independent float64 route to that closed form, for the net f = sigma_w/sqrt(m) relu(sigma_w/sqrt(d) x W0) W1.

/**
 * E[grad f(x) . grad f(x')] over the weights, in the infinite-width limit. The pre-activations
 * (h, h') = sigma_w/sqrt(d) (x.w, x'.w), w ~ N(0, I_d), are a Gaussian pair; written as r (a.u, b.u)
 * with u = (cos phi, sin phi) uniform and r^2 ~ chi^2_2 (E r^2 = 2), the readout term
 * sigma_w^2 E[relu(h) relu(h')] is sigma_w^2 * 2 * mean_phi relu(a.u) relu(b.u), and the first-layer term
 * sigma_w^2 (sigma_w^2 x.x' / d) E[1(h > 0) 1(h' > 0)] takes the mean of the indicators. The mean over
 * phi is the midpoint rule on `steps` points: each indicator's jump costs at most one step.
 */
export function twoLayerReluNtkByQuadrature(x: readonly number[], x2: readonly number[], weightVariance: number, steps: number): number {
  const d = x.length;
  const dot = (p: readonly number[], q: readonly number[]) => p.reduce((s, v, k) => s + v * q[k]!, 0);
  const [s11, s12, s22] = [dot(x, x), dot(x, x2), dot(x2, x2)].map((v) => (weightVariance * v) / d) as [number, number, number];
  // Cholesky rows of the pair's covariance: h = a.z, h' = b.z for z ~ N(0, I_2).
  const a = [Math.sqrt(s11), 0];
  const b0 = s12 / a[0]!;
  const b = [b0, Math.sqrt(Math.max(0, s22 - b0 * b0))];
  let both = 0;
  let product = 0;
  for (let i = 0; i < steps; i++) {
    const phi = ((i + 0.5) * 2 * Math.PI) / steps;
    const [c, s] = [Math.cos(phi), Math.sin(phi)];
    const h = a[0]! * c + a[1]! * s;
    const h2 = b[0]! * c + b[1]! * s;
    if (h > 0 && h2 > 0) { both++; product += h * h2; }
  }
  return weightVariance * 2 * (product / steps) + weightVariance * ((weightVariance * dot(x, x2)) / d) * (both / steps);
}
