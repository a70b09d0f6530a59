// Plain-array vector arithmetic for the float64 sides of experiments (kernel dynamics, Newton steps).

/** Euclidean norm. */
export const norm = (v: readonly number[]): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

/** a - b, elementwise. */
export const sub = (a: readonly number[], b: readonly number[]): number[] => a.map((x, i) => x - b[i]!);
