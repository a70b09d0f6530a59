import { describe, expect, it } from 'vitest';
import { costSection } from '../../src/report/sections/cost-section.js';
import { claim } from './fixtures/build.js';

describe('costSection', () => {
  const base = claim();
  const claims = [
    claim({ id: 'a/fast', chapter: 'a', durationMs: 200 }),
    claim({ id: 'a/slow', chapter: 'a', durationMs: 90_000, evidence: { ...base.evidence, sampling: { used: 30, planned: 120 } } }),
    claim({ id: 'b/mid', chapter: 'b', durationMs: 4_000, evidence: { ...base.evidence, sampling: { used: 50, planned: 80 } } }),
  ];
  const md = costSection(claims);

  it('sums time per chapter and names each chapter\'s slowest claim', () => {
    expect(md).toContain('| a | 2 | 1 min 30 s | `a/slow` 1 min 30 s |');
    expect(md).toContain('| b | 1 | 4.0 s | `b/mid` 4.0 s |');
    expect(md).toContain('Claim time summed over workers: 1 min 34 s.');
  });
  it('lists the slowest claims first', () => {
    expect(md.indexOf('`a/slow` | exact')).toBeLessThan(md.indexOf('`b/mid` | exact'));
    expect(md.indexOf('`b/mid` | exact')).toBeLessThan(md.indexOf('`a/fast` | exact'));
  });
  it('accounts for the samples adaptive sampling saved', () => {
    expect(md).toContain('2 claim(s) drew 80 of 200 planned samples (60% saved)');
  });
  it('counts the results reused from the cache and keeps their earlier time out of this run\'s', () => {
    const md = costSection([claim({ id: 'a/x', chapter: 'a', durationMs: 3_000, reused: true }), claim({ id: 'a/y', chapter: 'a', durationMs: 1_000 })]);
    expect(md).toContain('Claim time summed over workers: 1.0 s.');
    expect(md).toContain('Reused from the cache: 1 of 2 results');
    expect(md).toContain('their 3.0 s of claim time was spent by an earlier run');
  });
  it('says so when nothing sampled sequentially', () => {
    expect(costSection([claim()])).toContain('no claim in this run samples sequentially');
  });
});

describe('costSection with a profiled run', () => {
  it('sums kernel time over claims and names the time outside kernels', () => {
    const md = costSection([
      claim({ id: 'a/x', durationMs: 1000, kernels: [{ name: 'BatchMatMul', ms: 600, calls: 10 }, { name: 'Relu', ms: 100, calls: 10 }] }),
      claim({ id: 'a/y', durationMs: 1000, kernels: [{ name: 'BatchMatMul', ms: 200, calls: 5 }] }),
    ]);
    expect(md).toContain('| `BatchMatMul` | 15 | 800 ms | 40.0% |');
    expect(md).toContain('| everything outside kernels |   | 1.1 s | 55.0% |');
  });
});
