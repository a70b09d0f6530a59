// The knobs of the MNIST-1D generator, with the published defaults.

export interface Mnist1dParams {
  /** Zeros appended to a 12-point template: uniform integer in [low, high]; the padded signal is stretched to 12 + high points. */
  padding: readonly [number, number];
  /** Amplitude factor uniform in [1 - scaleCoeff / 2, 1 + scaleCoeff / 2]. */
  scaleCoeff: number;
  /** Circular right shift uniform in {0, ..., maxTranslation - 1} places of the stretched signal. */
  maxTranslation: number;
  /** Std of the white noise that, smoothed, fills the background (outside the digit). */
  corrNoiseScale: number;
  /** Std, in samples of the stretched signal, of the Gaussian smoothing of that noise. */
  corrNoiseSigma: number;
  /** Std of the i.i.d. noise added to every sample of the stretched signal. */
  iidNoiseScale: number;
  /** Slope of the linear trend subtracted over the stretched signal: uniform in [-shearScale / 2, shearScale / 2]. */
  shearScale: number;
  /** Points in a final example. */
  length: number;
}

/** The published defaults (get_dataset_args of github.com/greydanus/mnist1d; sigma 2 is fixed there). */
export const MNIST1D_DEFAULTS: Readonly<Mnist1dParams> = Object.freeze({
  padding: [36, 60] as const,
  scaleCoeff: 0.4,
  maxTranslation: 48,
  corrNoiseScale: 0.25,
  corrNoiseSigma: 2,
  iidNoiseScale: 0.02,
  shearScale: 0.75,
  length: 40,
});

/** The defaults overridden by `over`, checked. */
export function mnist1dParams(over: Partial<Mnist1dParams> = {}): Mnist1dParams {
  const p = { ...MNIST1D_DEFAULTS, ...over };
  const [lo, hi] = p.padding;
  const int = (v: number, min: number) => Number.isInteger(v) && v >= min;
  if (!int(lo, 0) || !int(hi, lo)) throw new Error(`padding must be integers 0 <= low <= high, got [${lo}, ${hi}]`);
  if (!int(p.maxTranslation, 1)) throw new Error(`maxTranslation must be an integer >= 1, got ${p.maxTranslation}`);
  if (!int(p.length, 2)) throw new Error(`length must be an integer >= 2, got ${p.length}`);
  for (const k of ['scaleCoeff', 'corrNoiseScale', 'corrNoiseSigma', 'iidNoiseScale', 'shearScale'] as const) {
    if (!(p[k] >= 0 && Number.isFinite(p[k]))) throw new Error(`${k} must be finite and >= 0, got ${p[k]}`);
  }
  return p;
}
