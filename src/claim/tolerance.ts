// A tolerance turns the asserted value into the band a measurement must fall in.
// It is declared in the claim, with its reason, before anything runs.

export interface Tolerance {
  /** Short form for reports, e.g. `±10% (relative)`. */
  readonly label: string;
  /** Why this band follows from what the sentence asserts. */
  readonly why: string;
  /** The closed interval a measurement must lie in for the asserted value. */
  band(asserted: number): [number, number];
  /** Set on threshold tolerances: the band is fixed by the sentence's threshold, so a judgement needs no asserted value. */
  readonly threshold?: number;
}

function make(label: string, why: string, band: (a: number) => [number, number], threshold?: number): Tolerance {
  if (!why.trim()) throw new Error(`tolerance ${label} needs a reason`);
  return threshold === undefined ? { label, why, band } : { label, why, band, threshold };
}

/** The measurement must equal the asserted value (integers, counts, exact arithmetic). */
export function exactly(why: string): Tolerance {
  return make('exact', why, (a) => [a, a]);
}

/** |measured - asserted| <= eps. */
export function absolute(eps: number, why: string): Tolerance {
  if (!(eps >= 0)) throw new Error('absolute tolerance must be >= 0');
  return make(`±${eps} (absolute)`, why, (a) => [a - eps, a + eps]);
}

/** |measured - asserted| <= r |asserted|. */
export function relative(r: number, why: string): Tolerance {
  if (!(r >= 0)) throw new Error('relative tolerance must be >= 0');
  return make(`±${+(r * 100).toPrecision(3)}% (relative)`, why, (a) => {
    const d = Math.abs(a) * r;
    return [a - d, a + d];
  });
}

/** measured <= asserted + slack: the sentence states an upper bound. */
export function atMost(slack: number, why: string): Tolerance {
  return make(slack ? `≤ bound + ${slack}` : '≤ bound', why, (a) => [-Infinity, a + slack]);
}

/** measured >= asserted - slack: the sentence states a lower bound. */
export function atLeast(slack: number, why: string): Tolerance {
  return make(slack ? `≥ bound − ${slack}` : '≥ bound', why, (a) => [a - slack, Infinity]);
}

// Strict bounds are closed bands at the next representable double, so every comparison downstream
// (points and intervals against a closed band) stays exact.
const bits = new Float64Array(1);
const asInt = new BigInt64Array(bits.buffer);
function step(x: number, up: boolean): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  bits[0] = x;
  asInt[0] = asInt[0]! + ((x > 0) === up ? 1n : -1n);
  return bits[0]!;
}
/** The smallest double above x. */
export const nextUp = (x: number): number => step(x, true);
/** The largest double below x. */
export function nextDown(x: number): number { return step(x, false); }

function threshold(x: number, what: string): number {
  if (!Number.isFinite(x)) throw new Error(`${what} needs a finite threshold, got ${x}`);
  return x;
}

/** measured > x: the sentence's threshold is a strict lower bound (超过, 高于, more than). */
export function above(x: number, why: string): Tolerance {
  const t = threshold(x, 'above');
  return make(`> ${t}`, why, () => [nextUp(t), Infinity], t);
}

/** measured < x: the sentence's threshold is a strict upper bound (不到, 低于, less than). */
export function below(x: number, why: string): Tolerance {
  const t = threshold(x, 'below');
  return make(`< ${t}`, why, () => [-Infinity, nextDown(t)], t);
}

/** measured >= x: the sentence's threshold is a lower bound it may reach (至少, at least). */
export function noLessThan(x: number, why: string): Tolerance {
  const t = threshold(x, 'noLessThan');
  return make(`≥ ${t}`, why, () => [t, Infinity], t);
}

/** measured <= x: the sentence's threshold is an upper bound it may reach (至多, 不超过, at most). */
export function noMoreThan(x: number, why: string): Tolerance {
  const t = threshold(x, 'noMoreThan');
  return make(`≤ ${t}`, why, () => [-Infinity, t], t);
}

/** The place value of a number's last significant digit as written: 4000 → 1000, 11.7e6 → 1e5, 0.05 → 0.01. */
export function lastSignificantUnit(v: number): number {
  if (!Number.isFinite(v) || v === 0) throw new Error(`an approximate value needs a finite non-zero number, got ${v}`);
  const [mantissa, exponent] = Math.abs(v).toExponential().split('e') as [string, string];
  const decimals = mantissa.split('.')[1]?.length ?? 0;
  return Number(`1e${Number(exponent) - decimals}`);
}

/**
 * The engine's one rule for approximate words (约, 大约, 左右, about, roughly): a stated value v whose
 * last significant unit is u is about the measured x when x lies in [v - u/2, v + u), which admits the
 * customary truncation (11.7M is "about 11M") and rounding, nothing wider. `unit` overrides u when
 * the text writes trailing zeros that are significant ("约 4.0").
 */
export function about(why: string, opts: { unit?: number } = {}): Tolerance {
  if (opts.unit !== undefined && !(opts.unit > 0)) throw new Error(`about's unit must be positive, got ${opts.unit}`);
  return make(opts.unit ? `about (unit ${opts.unit})` : 'about (last significant unit u: [v − u/2, v + u))', why, (v) => {
    const u = opts.unit ?? lastSignificantUnit(v);
    // Truncation runs toward zero, so a negative value's open end is the lower one.
    return v >= 0 ? [v - u / 2, nextDown(v + u)] : [nextUp(v - u), v + u / 2];
  });
}
