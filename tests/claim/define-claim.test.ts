import { describe, expect, it } from 'vitest';
import { defineClaim, exactly } from '../../src/claim/index.js';

const base = {
  id: 'depth-vs-width/example',
  source: { file: 'depth-vs-width.md', quote: '某句话' },
  statement: 'Something precise is asserted here.',
  kind: 'arithmetic' as const,
  tolerance: exactly('integers'),
  correction: () => 'fix',
  check: () => {},
};

describe('defineClaim', () => {
  it('attaches the chapter from the id', () => {
    expect(defineClaim(base).chapter).toBe('depth-vs-width');
  });
  it('names the claim and the field on a malformed declaration', () => {
    expect(() => defineClaim({ ...base, id: 'Bad Id' })).toThrow(/claim Bad Id: id/);
    expect(() => defineClaim({ ...base, statement: '' })).toThrow(/depth-vs-width\/example: statement/);
    expect(() => defineClaim({ ...base, source: { file: 'other.md', quote: '某句话' } })).toThrow(/source.file must be depth-vs-width.md/);
    expect(() => defineClaim({ ...base, tolerance: undefined as never })).toThrow(/tolerance/);
    expect(() => defineClaim({ ...base, correction: undefined as never })).toThrow(/correction/);
  });
  it('names the claim file in the error and records it on the claim', () => {
    expect(() => defineClaim({ ...base, statement: '' })).toThrow(/^tests\/claim\/define-claim\.test\.ts: claim depth-vs-width\/example: statement/);
    expect(defineClaim(base).definedIn).toBe('tests/claim/define-claim.test.ts');
  });
  it('requires a reason on a not-checkable claim', () => {
    const { tolerance: _t, check: _c, correction: _x, ...rest } = base;
    expect(() => defineClaim({ ...rest, kind: 'not-checkable', reason: '' })).toThrow(/reason/);
  });
});
