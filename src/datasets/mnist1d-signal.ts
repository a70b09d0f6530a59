// 1-D signal operations behind MNIST-1D: linear resampling and Gaussian smoothing.

/** Linear interpolation of `x` (on equally spaced points spanning [0, 1]) at `n` equally spaced points spanning [0, 1]. */
export function resample(x: ArrayLike<number>, n: number): Float64Array {
  const m = x.length;
  const out = new Float64Array(n);
  if (m === 1 || n === 1) return out.fill(x[0]!);
  for (let i = 0; i < n; i++) {
    const t = (i * (m - 1)) / (n - 1);
    const lo = Math.min(Math.floor(t), m - 2);
    const f = t - lo;
    out[i] = x[lo]! * (1 - f) + x[lo + 1]! * f;
  }
  return out;
}

/** Index i mirrored into [0, n) with the edge sample repeated (d c b a | a b c d | d c b a). */
function reflect(i: number, n: number): number {
  const j = ((i % (2 * n)) + 2 * n) % (2 * n);
  return j < n ? j : 2 * n - 1 - j;
}

const kernels = new Map<string, Float64Array>();

/** Normalised Gaussian weights at offsets -r..r, r = floor(truncate sigma + 1/2) (memoised). */
function gaussianKernel(sigma: number, truncate: number): Float64Array {
  const key = `${sigma}/${truncate}`;
  let w = kernels.get(key);
  if (!w) {
    const r = Math.floor(truncate * sigma + 0.5);
    w = new Float64Array(2 * r + 1);
    for (let k = -r; k <= r; k++) w[k + r] = Math.exp(-(k * k) / (2 * sigma * sigma));
    const total = w.reduce((s, v) => s + v, 0);
    for (let k = 0; k < w.length; k++) w[k] = w[k]! / total;
    kernels.set(key, w);
  }
  return w;
}

/** Convolution with a normalised Gaussian of std `sigma` samples, cut at `truncate` sigmas, mirrored edges. */
export function gaussianSmooth(x: ArrayLike<number>, sigma: number, truncate = 4): Float64Array {
  const n = x.length;
  if (!(sigma > 0)) return Float64Array.from(x);
  const w = gaussianKernel(sigma, truncate);
  const r = (w.length - 1) / 2;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    if (i >= r && i + r < n) for (let k = -r; k <= r; k++) s += w[k + r]! * x[i + k]!;
    else for (let k = -r; k <= r; k++) s += w[k + r]! * x[reflect(i + k, n)]!;
    out[i] = s;
  }
  return out;
}
