// A wording note quotes the alternative reading the check ran on: its slots filled from the text,
// never the declaration's `{name}` template (session-6 review, infinite-width-ntk/xavier-is-sigma-w-1).
import { describe, expect, it } from 'vitest';
import { aggregate, type Declared } from '../../src/findings/aggregate.js';
import type { ClaimResult } from '../../src/results/schema.js';

const result = (id: string, verdict: ClaimResult['verdict'], reading: string): ClaimResult => ({
  id, chapter: 'c', kind: 'arithmetic', verdict, reading, statement: 'sigma_w^2 = 1 is Glorot.', summary: 'counterexample at ratio=0.25',
  source: { file: 'c.md', quote: 'q', line: 1 }, correction: null, qualifiedBy: null,
  evidence: { worst: null, records: {} },
} as unknown as ClaimResult);

describe('wording notes of alternative readings', () => {
  it('quote the reading with its slots filled, as the run recorded it', () => {
    const declared = new Map<string, Declared>([
      ['c/primary', { id: 'c/primary', kind: 'arithmetic', statement: 's', reading: 'compared with {variance}' }],
      ['c/alt', { id: 'c/alt', kind: 'arithmetic', statement: 's', reading: 'compared with {variance}', alternativeOf: 'c/primary' }],
    ]);
    const { notes } = aggregate([result('c/primary', 'supported', 'compared with 1.'), result('c/alt', 'refuted', 'compared with 1.')], declared, []);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.summary).toContain('false if read as: compared with 1.');
    expect(notes[0]!.summary).not.toContain('{variance}');
  });
});
