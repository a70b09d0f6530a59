import { describe, expect, it } from 'vitest';
import { implicitCoefficient, implicitCoefficientsSecondOrder, modifiedFlow, modifiedGrad, tanhLossGrad, tanhParamCount, type TanhTask } from '../../src/nets/theory/modified-loss.js';
import { normalStream } from '../../src/nets/base/rng.js';

function task(seed: number): { task: TanhTask; theta: number[] } {
  const g = normalStream(seed);
  const t: TanhTask = { width: 3, xs: Array.from({ length: 6 }, () => [g(), g()]), ys: Array.from({ length: 6 }, () => g()) };
  return { task: t, theta: Array.from({ length: tanhParamCount(t) }, () => 0.7 * g()) };
}

describe('modified loss of gradient descent', () => {
  it('has an analytic gradient that matches central differences of the loss', () => {
    const { task: t, theta } = task(3);
    const { grad } = tanhLossGrad(t, theta);
    const h = 1e-6;
    theta.forEach((_, i) => {
      const up = theta.slice(); up[i]! += h;
      const dn = theta.slice(); dn[i]! -= h;
      expect(grad[i]!).toBeCloseTo((tanhLossGrad(t, up).loss - tanhLossGrad(t, dn).loss) / (2 * h), 6);
    });
  });

  it('modifiedGrad is the gradient of L + c |grad L|^2', () => {
    const { task: t, theta } = task(4);
    const c = 0.3;
    const m = modifiedGrad(t, theta, c);
    const lt = (p: number[]) => { const { loss, grad } = tanhLossGrad(t, p); return loss + c * grad.reduce((s, g) => s + g * g, 0); };
    const h = 1e-5;
    theta.forEach((_, i) => {
      const up = theta.slice(); up[i]! += h;
      const dn = theta.slice(); dn[i]! -= h;
      expect(m[i]!).toBeCloseTo((lt(up) - lt(dn)) / (2 * h), 5);
    });
  });

  it('a flow of zero time leaves theta; the fitted coefficient is near alpha/4 and beats c = 0', () => {
    const { task: t, theta } = task(5);
    expect(modifiedFlow(t, theta, 0.1, 0, 4)).toEqual(theta);
    const r = implicitCoefficient(t, theta, 0.004);
    expect(r.c / 0.001).toBeGreaterThan(0.9);
    expect(r.c / 0.001).toBeLessThan(1.1);
    expect(r.mismatch).toBeLessThan(r.plainMismatch / 10);
  });

  it('second-order Richardson is the combination that cancels the linear and quadratic terms of the ratio, and lands on 1', () => {
    const r = implicitCoefficientsSecondOrder(4, 7);
    const ratio = (c: number, alpha: number) => c / (alpha / 4);
    const [r1, r2, r4] = [ratio(r.smallest.c, 0.0025), ratio(r.small.c, 0.005), ratio(r.large.c, 0.01)];
    // Weights (8, -6, 1) / 3 sum to 1 and annihilate h and h^2 on the points h, 2h, 4h.
    expect(r.extrapolated2).toBeCloseTo((8 * r1 - 6 * r2 + r4) / 3, 12);
    expect(Math.abs(r.extrapolated2 - 1)).toBeLessThan(1e-3);
  });
});
