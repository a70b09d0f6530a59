import { describe, expect, it } from 'vitest';
import { Matrix } from 'ml-matrix';
import { denseCodeBits, hadamard, hadamardFactors, matrixCodeBits, nonzeros, sparseCodeBits } from '../../src/nets/count/hadamard.js';

describe('Hadamard factorisation', () => {
  it.each([1, 2, 3, 5])('the k = %i butterfly factors multiply to the Sylvester-Hadamard matrix', (k) => {
    const fs = hadamardFactors(k);
    const prod = fs.reduce((p, f) => p.mmul(new Matrix(f)), Matrix.eye(2 ** k)).to2DArray();
    expect(prod).toEqual(hadamard(k));
    fs.forEach((f) => expect(nonzeros(f)).toBe(2 * 2 ** k));
    const h = new Matrix(hadamard(k));
    expect(h.mmul(h.transpose()).to2DArray()).toEqual(Matrix.eye(2 ** k).mul(2 ** k).to2DArray());
  });

  it('codes a matrix with the shorter of its dense and sparse descriptions', () => {
    expect(denseCodeBits(4, 4, 8)).toBe(128);
    expect(sparseCodeBits(3, 4, 4, 8)).toBe(3 * (4 + 8));
    expect(matrixCodeBits([[1, 0], [0, 0]], 8)).toBe(1 + Math.min(32, 10));
  });
});
