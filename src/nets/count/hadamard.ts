// The Walsh-Hadamard matrix as a product of sparse "butterfly" factors, and the code lengths of
// dense versus sparse matrix descriptions (for minimum-description-length comparisons).
/** A dense matrix as rows of numbers. */
export type Matrix = number[][];

/** The Sylvester-Hadamard matrix of order 2^k (entries +-1). */
export function hadamard(k: number): Matrix {
  let h: Matrix = [[1]];
  for (let i = 0; i < k; i++) h = [...h.map((r) => [...r, ...r]), ...h.map((r) => [...r, ...r.map((v) => -v)])];
  return h;
}

/**
 * k factors F_1..F_k with F_1 F_2 ... F_k = hadamard(k); F_i = I_{2^(i-1)} (x) H_2 (x) I_{2^(k-i)},
 * each with exactly 2 nonzeros per row (2n nonzeros, n = 2^k).
 */
export function hadamardFactors(k: number): Matrix[] {
  const n = 2 ** k;
  return Array.from({ length: k }, (_, i) => {
    const stride = 2 ** (k - i - 1);
    const f: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let r = 0; r < n; r++) {
      const bit = Math.floor(r / stride) % 2;
      const partner = bit === 0 ? r + stride : r - stride;
      f[r]![r] = bit === 0 ? 1 : -1;
      f[r]![partner] = 1;
    }
    return f;
  });
}

/** Number of nonzero entries. */
export function nonzeros(m: Matrix): number {
  return m.reduce((s, r) => s + r.filter((v) => v !== 0).length, 0);
}

/** Bits to list every entry of a rows x cols matrix at `valueBits` bits each. */
export function denseCodeBits(rows: number, cols: number, valueBits: number): number {
  return rows * cols * valueBits;
}

/** Bits to list `nnz` nonzeros of a rows x cols matrix, each as its position (ceil log2(rows*cols) bits) and value. */
export function sparseCodeBits(nnz: number, rows: number, cols: number, valueBits: number): number {
  return nnz * (Math.ceil(Math.log2(rows * cols)) + valueBits);
}

/** The shorter of the dense and the sparse code for a matrix, plus one bit saying which. */
export function matrixCodeBits(m: Matrix, valueBits: number): number {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  return 1 + Math.min(denseCodeBits(rows, cols, valueBits), sparseCodeBits(nonzeros(m), rows, cols, valueBits));
}
