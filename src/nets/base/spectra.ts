// Spectra of small dense matrices (float64, ml-matrix): eigenvalues of non-symmetric matrices,
// singular values, and seeded random Gaussian and orthogonal matrices drawn through tfjs.
import { EigenvalueDecomposition, Matrix, QrDecomposition, SingularValueDecomposition } from 'ml-matrix';
import type { Tf } from '../../backend/tf.js';

/** A dense matrix as rows of numbers. */
export type Dense = number[][];

/** Eigenvalues (real and imaginary parts) of a square matrix. */
export function eigenvalues(a: Dense): { re: number[]; im: number[] } {
  const evd = new EigenvalueDecomposition(new Matrix(a));
  return { re: evd.realEigenvalues, im: evd.imaginaryEigenvalues };
}

/** Moduli of the eigenvalues, largest first. */
export function eigenModuli(a: Dense): number[] {
  const { re, im } = eigenvalues(a);
  return re.map((r, i) => Math.hypot(r, im[i]!)).sort((p, q) => q - p);
}

/** Largest eigenvalue modulus. */
export function spectralRadius(a: Dense): number {
  return eigenModuli(a)[0]!;
}

/** Singular values, largest first. */
export function singularValues(a: Dense): number[] {
  const svd = new SingularValueDecomposition(new Matrix(a), { computeLeftSingularVectors: false, computeRightSingularVectors: false, autoTranspose: true });
  return [...svd.diagonal].sort((p, q) => q - p);
}

/** The operator 2-norm (largest singular value). */
export function spectralNorm(a: Dense): number {
  return singularValues(a)[0]!;
}

/** A rows x cols matrix of i.i.d. N(0, std^2) entries from tfjs's seeded generator. */
export function gaussianMatrix(tf: Tf, rows: number, cols: number, std: number, seed: number): Dense {
  return tf.tidy(() => tf.randomNormal([rows, cols], 0, std, 'float32', seed).arraySync() as Dense);
}

/** A Haar-random n x n orthogonal matrix: Q of the QR factorisation of a seeded Gaussian matrix, columns signed by diag(R). */
export function randomOrthogonal(tf: Tf, n: number, seed: number): Dense {
  const qr = new QrDecomposition(new Matrix(gaussianMatrix(tf, n, n, 1, seed)));
  const q = qr.orthogonalMatrix.to2DArray();
  const r = qr.upperTriangularMatrix;
  return q.map((row) => row.map((v, j) => (r.get(j, j) < 0 ? -v : v)));
}

/** Matrix product a b in float64. */
export function matmul(a: Dense, b: Dense): Dense {
  return new Matrix(a).mmul(new Matrix(b)).to2DArray();
}

/** Transpose. */
export function transpose(a: Dense): Dense {
  return a[0]!.map((_, j) => a.map((row) => row[j]!));
}
