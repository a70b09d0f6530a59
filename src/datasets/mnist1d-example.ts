// One raw (unstandardised) MNIST-1D example from a template and two seeded streams.
// Steps, on a working signal of W = 12 + padding.high points (72 by default):
//   pad     append p ~ U{low..high} zeros to the 12-point template;
//   stretch resample the 12 + p points linearly to W (the digit now spans 12 W / (12 + p) points);
//   scale   multiply by a ~ U[1 - c/2, 1 + c/2];
//   shift   roll right by k ~ U{0..maxTranslation - 1} (circular);
//   noise   outside the digit, replace the zeros by white N(0, corrNoiseScale^2) smoothed with a
//           Gaussian of std corrNoiseSigma samples; then add N(0, iidNoiseScale^2) everywhere;
//   shear   subtract s * (j / (W - 1) - 1/2), s ~ U[-shearScale/2, shearScale/2];
//   sample  resample linearly from W to `length` points.
import type { Mnist1dParams } from './mnist1d-params.js';
import { gaussianSmooth, resample } from './mnist1d-signal.js';

/** A raw example of `length` points; draws 4 uniforms from `u` and 2 W normals from `g`. */
export function rawExample(template: ArrayLike<number>, p: Mnist1dParams, u: () => number, g: () => number): Float64Array {
  const [lo, hi] = p.padding;
  const n = template.length;
  const w = n + hi;
  const pad = lo + Math.floor(u() * (hi - lo + 1));
  const padded = new Float64Array(n + pad);
  for (let i = 0; i < n; i++) padded[i] = template[i]!;
  const amp = 1 + p.scaleCoeff * (u() - 0.5);
  const shift = Math.floor(u() * p.maxTranslation) % w;
  const slope = p.shearScale * (u() - 0.5);
  const stretched = resample(padded, w);
  const white = new Float64Array(w);
  for (let j = 0; j < w; j++) white[j] = p.corrNoiseScale * g();
  const corr = gaussianSmooth(white, p.corrNoiseSigma);
  const x = new Float64Array(w);
  for (let j = 0; j < w; j++) {
    // Point j comes from stretched point j0, which sits at template position j0 (n + pad - 1) / (w - 1): in the digit while < n.
    const j0 = j >= shift ? j - shift : j - shift + w;
    const v = j0 * (n + pad - 1) < n * (w - 1) ? amp * stretched[j0]! : corr[j]!;
    x[j] = v + p.iidNoiseScale * g() - slope * (j / (w - 1) - 0.5);
  }
  return resample(x, p.length);
}
