// Exact activation-pattern regions of a 1-D-input ReLU MLP on the whole real line, in float64.
// Counted: maximal intervals on which every hidden neuron's on/off state is constant (collinear
// neighbouring pieces are NOT merged). A neuron whose pre-activation is exactly 0 counts as off.

/** A ReLU MLP as plain data: weights[l][i][j] maps input i to output j; ReLU on all layers but the last (linear readout). */
export interface PlainNet {
  weights: readonly (readonly (readonly number[])[])[];
  biases: readonly (readonly number[])[];
}

/** One region: the open interval (lo, hi) and the output's affine map slope*x + intercept on it. */
export interface Piece {
  lo: number;
  hi: number;
  slope: number[];
  intercept: number[];
}

export interface RegionCount {
  /** Number of activation-pattern regions on the real line. */
  regions: number;
  /** Sorted interior boundaries between regions (regions - 1 of them). */
  breakpoints: number[];
  pieces: Piece[];
}

// A point strictly inside (lo, hi), which may be infinite.
function inside(lo: number, hi: number): number {
  if (lo === -Infinity && hi === Infinity) return 0;
  if (lo === -Infinity) return hi - 1;
  if (hi === Infinity) return lo + 1;
  return lo + (hi - lo) / 2;
}

// Pre-activations of the next layer on a piece: alpha_j x + beta_j.
function affineThrough(piece: Piece, w: readonly (readonly number[])[], b: readonly number[]): { alpha: number[]; beta: number[] } {
  const alpha = b.map(() => 0);
  const beta = b.slice();
  piece.slope.forEach((a, i) => {
    const c = piece.intercept[i]!;
    if (a === 0 && c === 0) return;
    const row = w[i]!;
    for (let j = 0; j < row.length; j++) {
      alpha[j]! += a * row[j]!;
      beta[j]! += c * row[j]!;
    }
  });
  return { alpha, beta };
}

/** Counts the activation regions of `net` (input dimension 1) exactly, layer by layer. */
export function countLinearRegions(net: PlainNet): RegionCount {
  const L = net.weights.length;
  if (L < 1 || net.weights[0]!.length !== 1) throw new Error('countLinearRegions needs a net with input dimension 1');
  let pieces: Piece[] = [{ lo: -Infinity, hi: Infinity, slope: [1], intercept: [0] }];
  for (let l = 0; l < L; l++) {
    const relu = l < L - 1;
    const next: Piece[] = [];
    for (const piece of pieces) {
      const { alpha, beta } = affineThrough(piece, net.weights[l]!, net.biases[l]!);
      const cuts = relu
        ? [...new Set(alpha.map((a, j) => (a === 0 ? NaN : -beta[j]! / a)).filter((t) => t > piece.lo && t < piece.hi))].sort((p, q) => p - q)
        : [];
      const edges = [piece.lo, ...cuts, piece.hi];
      for (let k = 0; k + 1 < edges.length; k++) {
        const [lo, hi] = [edges[k]!, edges[k + 1]!];
        const t = inside(lo, hi);
        const on = alpha.map((a, j) => !relu || a * t + beta[j]! > 0);
        next.push({ lo, hi, slope: alpha.map((a, j) => (on[j] ? a : 0)), intercept: beta.map((c, j) => (on[j] ? c : 0)) });
      }
    }
    pieces = next;
  }
  return { regions: pieces.length, breakpoints: pieces.slice(1).map((p) => p.lo), pieces };
}

/** Boundaries where the network's output slope actually changes (collinear neighbours merged). */
export function outputKinks(count: RegionCount, relTol = 1e-9): number[] {
  const kinks: number[] = [];
  count.pieces.slice(1).forEach((p, i) => {
    const q = count.pieces[i]!;
    const differs = p.slope.some((s, j) => Math.abs(s - q.slope[j]!) > relTol * Math.max(1, Math.abs(s), Math.abs(q.slope[j]!)));
    if (differs) kinks.push(p.lo);
  });
  return kinks;
}
