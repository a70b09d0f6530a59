// Compositional ReLU constructions on [0, 1]: the tent map and its iterates (Telgarsky), w-tooth
// sawtooth folds, and Yarotsky's deep approximation of x^2 built from them.
import type { PlainNet } from './linear-regions.js';

/** The tent map on [0, 1]: 2x below 1/2, 2(1 - x) above. */
export function tent(x: number): number {
  return x < 0.5 ? 2 * x : 2 * (1 - x);
}

/** The L-fold composition tent(tent(...tent(x))). */
export function tentPower(x: number, L: number): number {
  let y = x;
  for (let i = 0; i < L; i++) y = tent(y);
  return y;
}

/**
 * Depth-L width-w ReLU net computing the w-tooth sawtooth folded L times on [0, 1]: each layer has
 * units relu(s - j/w), j = 0..w-1, and s = sum_j c_j relu(s_prev - j/w) with slopes alternating +-w,
 * so every layer maps each tooth onto [0, 1] again (w^L linear pieces on [0, 1]). w = 2 is tent^L.
 */
export function sawtoothNet(L: number, w: number): PlainNet {
  if (!(L >= 1 && w >= 1)) throw new Error('sawtoothNet needs L >= 1 and w >= 1');
  const c = Array.from({ length: w }, (_, j) => (j === 0 ? w : (j % 2 === 1 ? -2 : 2) * w));
  const shifts = Array.from({ length: w }, (_, j) => -j / w);
  const weights: number[][][] = [[Array<number>(w).fill(1)]];
  const biases: number[][] = [shifts];
  for (let l = 1; l < L; l++) {
    weights.push(c.map((ci) => Array<number>(w).fill(ci)));
    biases.push(shifts);
  }
  weights.push(c.map((ci) => [ci]));
  biases.push([0]);
  return { weights, biases };
}

/** The w-tooth fold of [0, 1] onto itself applied L times (the function sawtoothNet(L, w) computes on [0, 1]). */
export function sawtoothPower(x: number, L: number, w: number): number {
  let y = x;
  for (let i = 0; i < L; i++) {
    const k = Math.min(w - 1, Math.floor(y * w));
    const t = y * w - k;
    y = k % 2 === 0 ? t : 1 - t;
  }
  return y;
}

/**
 * Yarotsky's width-3 depth-m ReLU net for x^2 on [0, 1]: f_m(x) = x - sum_{s=1..m} tent^s(x) / 4^s,
 * with |f_m(x) - x^2| <= 4^-(m+1). Layer k carries a = relu(g), b = relu(g - 1/2) (so that
 * tent(g) = 2a - 4b) and c = relu(S), the running partial sum S >= 0.
 */
export function yarotskySquareNet(m: number): PlainNet {
  if (!(m >= 1)) throw new Error('yarotskySquareNet needs m >= 1');
  const weights: number[][][] = [[[1, 1, 1]]];
  const biases: number[][] = [[0, -0.5, 0]];
  for (let k = 1; k < m; k++) {
    const q = 4 ** -k;
    // Inputs (a_k, b_k, c_k); g_k = 2a - 4b; next: relu(g_k), relu(g_k - 1/2), relu(c_k - g_k * 4^-k).
    weights.push([[2, 2, -2 * q], [-4, -4, 4 * q], [0, 0, 1]]);
    biases.push([0, -0.5, 0]);
  }
  const q = 4 ** -m;
  weights.push([[-2 * q], [4 * q], [1]]);
  biases.push([0]);
  return { weights, biases };
}

/**
 * Depth-L width-w ReLU net (w >= 3) with exactly (w+1)^L activation regions on the real line: every
 * layer computes the same zigzag phi of the previous layer's combination s, with kinks at s = 1..w
 * (unit 3 faces left, the others right) and slopes alternating in sign with |slope| >= w + 1, so each
 * of its w + 1 pieces maps its s-interval onto a superset of [0, w + 1] and the next layer's w kinks
 * all fall inside every region.
 */
export function zigzagNet(L: number, w: number): PlainNet {
  if (!(L >= 1 && w >= 3)) throw new Error('zigzagNet needs L >= 1 and w >= 3');
  const M = w + 1;
  // Slopes on the pieces (-inf, 1), (1, 2), ..., (w, inf): m_0 = m_2 - m_3 = -2M, then +M, -M, ...
  const m = Array.from({ length: w + 1 }, (_, i) => (i === 0 ? -2 * M : (i % 2 === 1 ? 1 : -1) * M));
  const coef = Array.from({ length: w }, (_, k) => m[k + 1]! - m[k]!); // unit k+1's jump; the left-facing unit 3 has weight 2M
  const a = -2 * coef[2]!; // phi(1) = 0: only the left unit relu(3 - s) = 2 is active there
  const facing = Array.from({ length: w }, (_, k) => (k === 2 ? -1 : 1));
  const shift = Array.from({ length: w }, (_, k) => (k === 2 ? 3 : -(k + 1)));
  // Unit k: relu(facing_k * s + shift_k) with s = x (layer 1) or s = a + sum_i coef_i u_i.
  const weights: number[][][] = [[facing.slice()]];
  const biases: number[][] = [shift.slice()];
  for (let l = 1; l < L; l++) {
    weights.push(coef.map((c) => facing.map((f) => f * c)));
    biases.push(shift.map((s, k) => s + facing[k]! * a));
  }
  weights.push(coef.map((c) => [c]));
  biases.push([a]);
  return { weights, biases };
}
