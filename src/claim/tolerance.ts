// A tolerance turns the asserted value into the band a measurement must fall in.
// It is declared in the claim, with its reason, before anything runs.

export interface Tolerance {
  /** Short form for reports, e.g. `±10% (relative)`. */
  readonly label: string;
  /** Why this band follows from what the sentence asserts. */
  readonly why: string;
  /** The closed interval a measurement must lie in for the asserted value. */
  band(asserted: number): [number, number];
}

function make(label: string, why: string, band: (a: number) => [number, number]): Tolerance {
  if (!why.trim()) throw new Error(`tolerance ${label} needs a reason`);
  return { label, why, band };
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
