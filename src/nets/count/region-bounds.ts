// Counting bounds on the linear regions of ReLU networks, exact in BigInt: inputs of dimension n0,
// hidden layers of widths n_1..n_L (the linear readout adds no regions).
//
// - One hidden layer: n hyperplanes in general position cut R^n0 into sum_{j<=n0} C(n, j) regions
//   (Zaslavsky 1975), and a generic one-hidden-layer net attains it: the exact maximum.
// - Several layers, upper bound: Serra, Tjandraatmadja & Ramalingam (2018), theorem 1:
//   sum over (j_1..j_L) in J of prod_l C(n_l, j_l), J = {0 <= j_l <= min(n0, n_1 - j_1, ...,
//   n_{l-1} - j_{l-1}, n_l)}.
// - Several layers, lower bound: Montufar, Pascanu, Cho & Bengio (2014), corollary 6 (all n_l >= n0):
//   prod_{l<L} floor(n_l / n0)^n0 * sum_{j<=n0} C(n_L, j).

/** The binomial coefficient C(n, k), exactly. */
export function binomial(n: number, k: number): bigint {
  if (!Number.isInteger(n) || !Number.isInteger(k) || n < 0) throw new Error(`binomial needs integers n >= 0, got ${n}, ${k}`);
  if (k < 0 || k > n) return 0n;
  const kk = BigInt(Math.min(k, n - k));
  const nn = BigInt(n);
  let r = 1n;
  for (let i = 0n; i < kk; i++) r = (r * (nn - i)) / (i + 1n);
  return r;
}

/** sum_{j=0}^{min(n, d)} C(n, j): the regions of n generic hyperplanes in R^d. */
export function zaslavsky(n: number, d: number): bigint {
  let s = 0n;
  for (let j = 0; j <= Math.min(n, d); j++) s += binomial(n, j);
  return s;
}

function checkWidths(n0: number, widths: readonly number[]): void {
  if (!Number.isInteger(n0) || n0 < 1 || widths.length < 1 || widths.some((w) => !Number.isInteger(w) || w < 1)) {
    throw new Error(`region bounds need an input dimension >= 1 and at least one positive integer width, got ${n0}, [${widths.join(', ')}]`);
  }
}

/** The most regions a one-hidden-layer ReLU net with `width` units on R^n0 can have (exact). */
export function shallowMaxRegions(n0: number, width: number): bigint {
  checkWidths(n0, [width]);
  return zaslavsky(width, n0);
}

/** Serra et al. (2018), theorem 1: an upper bound on the regions of a ReLU net (input n0, hidden widths). */
export function serraUpperBound(n0: number, widths: readonly number[]): bigint {
  checkWidths(n0, widths);
  // Dynamic programme over the running cap min(n0, n_1 - j_1, ..., n_l - j_l): cap -> summed products.
  let states = new Map<number, bigint>([[n0, 1n]]);
  for (const n of widths) {
    const next = new Map<number, bigint>();
    for (const [cap, v] of states) {
      for (let j = 0; j <= Math.min(cap, n); j++) {
        const c = Math.min(cap, n - j);
        next.set(c, (next.get(c) ?? 0n) + v * binomial(n, j));
      }
    }
    states = next;
  }
  let s = 0n;
  for (const v of states.values()) s += v;
  return s;
}

/** Montufar et al. (2014), corollary 6: regions some ReLU net of these widths attains (needs every width >= n0). */
export function montufarLowerBound(n0: number, widths: readonly number[]): bigint {
  checkWidths(n0, widths);
  if (widths.some((w) => w < n0)) throw new Error(`the bound of Montufar et al. needs every width >= n0 = ${n0}`);
  let p = 1n;
  for (const n of widths.slice(0, -1)) p *= BigInt(Math.floor(n / n0)) ** BigInt(n0);
  return p * zaslavsky(widths[widths.length - 1]!, n0);
}

/** log10 of a positive BigInt, to double precision (exact digit count plus the leading 15 digits). */
export function log10Big(b: bigint): number {
  if (b <= 0n) throw new Error('log10Big needs a positive integer');
  const s = b.toString();
  const lead = Number(`${s[0]}.${s.slice(1, 16) || '0'}`);
  return s.length - 1 + Math.log10(lead);
}
