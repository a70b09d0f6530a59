// The ten 12-point digit templates of MNIST-1D. Raw heights as published with the dataset
// (Greydanus & Kobak, "Scaling down deep learning with MNIST-1D", ICML 2024; the
// get_templates table of github.com/greydanus/mnist1d); every template starts and ends at 5.

/** Raw heights of the templates for digits 0-9, before normalisation. */
export const RAW_TEMPLATES: readonly (readonly number[])[] = [
  [5, 6, 6.5, 6.75, 7, 7, 7, 7, 6.75, 6.5, 6, 5],
  [5, 3, 3, 3.4, 3.8, 4.2, 4.6, 5, 5.4, 5.8, 5, 5],
  [5, 6, 6.5, 6.5, 6, 5.25, 4.75, 4, 3.5, 3.5, 4, 5],
  [5, 6, 6.5, 6.5, 6, 5, 5, 6, 6.5, 6.5, 6, 5],
  [5, 4.4, 3.8, 3.2, 2.6, 2.6, 5, 5, 5, 5, 5, 5],
  [5, 3, 3, 3, 3, 5, 6, 6.5, 6.5, 6, 4.5, 5],
  [5, 4, 3.5, 3.25, 3, 3, 3, 3, 3.25, 3.5, 4, 5],
  [5, 7, 7, 6.6, 6.2, 5.8, 5.4, 5, 4.6, 4.2, 5, 5],
  [5, 4, 3.5, 3.5, 4, 5, 5, 4, 3.5, 3.5, 4, 5],
  [5, 4, 3.5, 3.5, 4, 5, 5, 5, 5, 4.7, 4.3, 5],
];

/** A raw template normalised as published: zero mean, unit population std, shifted to start at 0, divided by 6. */
export function normaliseTemplate(raw: readonly number[]): Float64Array {
  const n = raw.length;
  const mean = raw.reduce((s, v) => s + v, 0) / n;
  const std = Math.sqrt(raw.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
  const z = raw.map((v) => (v - mean) / std);
  return Float64Array.from(z, (v) => (v - z[0]!) / 6);
}

/** The normalised templates for digits 0-9 (starting and ending at exactly 0). */
export const TEMPLATES: readonly Float64Array[] = RAW_TEMPLATES.map(normaliseTemplate);
