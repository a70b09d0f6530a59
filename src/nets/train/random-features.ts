// A two-layer ReLU net whose first layer stays at its He draw and whose read-out starts at zero and
// is trained by gradient descent on the squared error to interpolation: gradient descent from zero
// stays in the row space of the features, so it ends at the minimum-norm least-squares solution,
// computed here in closed form in float64 (the classic double-descent model, Belkin et al. 2019).
import { normalStream, permutation, uniformStream } from '../base/rng.js';

/** Labels with a `share` of them moved to a uniformly drawn different class (seeded). */
export function noisyLabels(labels: ArrayLike<number>, classes: number, share: number, seed: number): Int32Array {
  const u = uniformStream(seed);
  const out = Int32Array.from(labels);
  const n = out.length;
  const idx = permutation(n, u);
  for (const i of idx.slice(0, Math.round(share * n))) out[i] = (out[i]! + 1 + Math.floor(u() * (classes - 1))) % classes;
  return out;
}

/** ReLU(x W) for x [n, d] row-major and W [d, p] with N(0, 2/d) entries (He, no bias) from `seed`: [n, p] row-major. */
export function reluFeatures(x: ArrayLike<number>, n: number, d: number, p: number, seed: number): Float64Array {
  const g = normalStream(seed);
  const sd = Math.sqrt(2 / d);
  const w = Float64Array.from({ length: d * p }, () => g() * sd);
  const f = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    const row = f.subarray(i * p, (i + 1) * p);
    for (let k = 0; k < d; k++) {
      const xik = x[i * d + k]!;
      const wk = w.subarray(k * p, (k + 1) * p);
      for (let j = 0; j < p; j++) row[j] = row[j]! + xik * wk[j]!;
    }
    for (let j = 0; j < p; j++) if (row[j]! < 0) row[j] = 0;
  }
  return f;
}

// Solves A X = B in place for symmetric positive definite A [m, m] and B [m, k] (Cholesky); returns X.
function choleskySolve(a: Float64Array, m: number, b: Float64Array, k: number): Float64Array {
  for (let j = 0; j < m; j++) {
    let s = a[j * m + j]!;
    for (let t = 0; t < j; t++) s -= a[j * m + t]! ** 2;
    if (!(s > 0)) throw new Error('matrix not positive definite');
    const d = Math.sqrt(s);
    a[j * m + j] = d;
    for (let i = j + 1; i < m; i++) {
      let v = a[i * m + j]!;
      for (let t = 0; t < j; t++) v -= a[i * m + t]! * a[j * m + t]!;
      a[i * m + j] = v / d;
    }
  }
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < m; i++) { let v = b[i * k + c]!; for (let t = 0; t < i; t++) v -= a[i * m + t]! * b[t * k + c]!; b[i * k + c] = v / a[i * m + i]!; }
    for (let i = m - 1; i >= 0; i--) { let v = b[i * k + c]!; for (let t = i + 1; t < m; t++) v -= a[t * m + i]! * b[t * k + c]!; b[i * k + c] = v / a[i * m + i]!; }
  }
  return b;
}

/**
 * The minimum-norm least-squares read-out A [p, k] of features F [n, p] for targets Y [n, k]: F^+ Y,
 * via the smaller Gram matrix (F^T F or F F^T) with a jitter of `jitter` times its mean diagonal.
 */
export function minNormReadout(f: Float64Array, n: number, p: number, y: Float64Array, k: number, jitter = 1e-10): Float64Array {
  const m = Math.min(n, p);
  const g = new Float64Array(m * m);
  if (p <= n) { for (let i = 0; i < n; i++) for (let a = 0; a < p; a++) { const fa = f[i * p + a]!; if (fa !== 0) for (let b = a; b < p; b++) g[a * p + b] = g[a * p + b]! + fa * f[i * p + b]!; } }
  else for (let a = 0; a < n; a++) for (let b = a; b < n; b++) { let s = 0; for (let j = 0; j < p; j++) s += f[a * p + j]! * f[b * p + j]!; g[a * n + b] = s; }
  let tr = 0;
  for (let a = 0; a < m; a++) { tr += g[a * m + a]!; for (let b = a + 1; b < m; b++) g[b * m + a] = g[a * m + b]!; }
  for (let a = 0; a < m; a++) g[a * m + a] = g[a * m + a]! + jitter * tr / m;
  if (p <= n) {
    const rhs = new Float64Array(p * k);
    for (let i = 0; i < n; i++) for (let a = 0; a < p; a++) { const fa = f[i * p + a]!; if (fa !== 0) for (let c = 0; c < k; c++) rhs[a * k + c] = rhs[a * k + c]! + fa * y[i * k + c]!; }
    return choleskySolve(g, p, rhs, k);
  }
  const c = choleskySolve(g, n, Float64Array.from(y), k);
  const out = new Float64Array(p * k);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) { const fij = f[i * p + j]!; if (fij !== 0) for (let t = 0; t < k; t++) out[j * k + t] = out[j * k + t]! + fij * c[i * k + t]!; }
  return out;
}

/** F A for features F [n, p] and read-out A [p, k]: [n, k]. */
export function readoutOutput(f: Float64Array, n: number, p: number, a: Float64Array, k: number): Float64Array {
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) { const fij = f[i * p + j]!; if (fij !== 0) for (let t = 0; t < k; t++) out[i * k + t] = out[i * k + t]! + fij * a[j * k + t]!; }
  return out;
}

/** Share of rows whose largest output is not the label. */
export function classificationError(out: Float64Array, labels: ArrayLike<number>, k: number): number {
  let wrong = 0;
  for (let i = 0; i < labels.length; i++) {
    let best = 0;
    for (let t = 1; t < k; t++) if (out[i * k + t]! > out[i * k + best]!) best = t;
    if (best !== labels[i]) wrong++;
  }
  return wrong / labels.length;
}

/** One-hot rows [n, k] of labels, as float64. */
export function oneHot(labels: ArrayLike<number>, k: number): Float64Array {
  const y = new Float64Array(labels.length * k);
  for (let i = 0; i < labels.length; i++) y[i * k + labels[i]!] = 1;
  return y;
}
