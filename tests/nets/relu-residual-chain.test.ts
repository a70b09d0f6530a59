import { describe, expect, it } from 'vitest';
import { chainForward, chainSignal, chainWeights } from '../../src/nets/regions/relu-residual-chain.js';
import { normalStream } from '../../src/nets/base/rng.js';

const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('relu residual chain', () => {
  it('renormalised forward gains equal the raw forward pass on a shallow chain', () => {
    const spec = { depth: 6, width: 16, branchVariance: 2, skip: true, seed: 3 };
    const g = normalStream(spec.seed ^ 0x5bd1e995);
    const x = Array.from({ length: 16 }, () => g());
    const raw = chainForward(chainWeights(spec), x, true);
    expect(chainSignal(spec, 1).forwardLog[6]!).toBeCloseTo(Math.log(norm(raw) / norm(x)), 9);
  });

  it.each([true, false])('back-propagates the exact input-gradient norm (skip %s, finite differences)', (skip) => {
    const spec = { depth: 4, width: 8, branchVariance: 1.5, skip, seed: 5 };
    const w = chainWeights(spec);
    const g = normalStream(spec.seed ^ 0x5bd1e995);
    const x = Array.from({ length: 8 }, () => g());
    const r = Array.from({ length: 8 }, () => g());
    const f = (v: number[]) => chainForward(w, v, skip).reduce((s, y, j) => s + y * r[j]!, 0);
    const h = 1e-6;
    const fd = x.map((_, i) => { const up = x.slice(); up[i]! += h; const dn = x.slice(); dn[i]! -= h; return (f(up) - f(dn)) / (2 * h); });
    expect(Math.log(norm(fd) / norm(r))).toBeCloseTo(chainSignal(spec, 1).backwardLog[4]!, 5);
  });

  it('keeps He-initialised plain ReLU stacks at a per-layer gain near 1; residual blocks at the same variance grow it', () => {
    const plain = chainSignal({ depth: 40, width: 128, branchVariance: 2, skip: false, seed: 1 }, 8);
    expect(Math.abs(plain.forwardLog[40]! / 40)).toBeLessThan(0.03);
    expect(Math.abs(plain.backwardLog[40]! / 40)).toBeLessThan(0.03);
    const res = chainSignal({ depth: 40, width: 128, branchVariance: 2, skip: true, seed: 1 }, 8);
    // At least the sqrt(2) of E|relu(hW)|^2 = |h|^2; the positive mean of relu adds a positive cross term.
    expect(res.forwardLog[40]! / 40).toBeGreaterThan(0.5 * Math.log(2) - 0.05);
  });

  it('back-propagates through a branch closed by a linear layer as finite differences do', () => {
    const spec = { depth: 3, width: 6, branchVariance: 2, closingVariance: 0.7, skip: true, seed: 9 };
    const w = chainWeights(spec);
    const v = chainWeights({ ...spec, branchVariance: spec.closingVariance, seed: spec.seed ^ 0x2545f491 });
    const g = normalStream(spec.seed ^ 0x5bd1e995);
    const x = Array.from({ length: 6 }, () => g());
    const r = Array.from({ length: 6 }, () => g());
    const times = (h: number[], m: number[][]) => m[0]!.map((_, j) => h.reduce((s, hi, i) => s + hi * m[i]![j]!, 0));
    const f = (h0: number[]) => w.reduce((h, wk, k) => times(times(h, wk).map((z) => Math.max(z, 0)), v[k]!).map((b, j) => h[j]! + b), h0).reduce((s, y, j) => s + y * r[j]!, 0);
    const h = 1e-6;
    const fd = x.map((_, i) => { const up = x.slice(); up[i]! += h; const dn = x.slice(); dn[i]! -= h; return (f(up) - f(dn)) / (2 * h); });
    expect(Math.log(norm(fd) / norm(r))).toBeCloseTo(chainSignal(spec, 1).backwardLog[3]!, 5);
  });
});
