// The scripted mutants (scripts/mutants.ts) must still find the rules they mutate: a rule rewritten
// without its mutant would leave the mutation score measuring nothing.
import { describe, expect, it } from 'vitest';
import { misplacedMutants } from '../../scripts/mutants.js';

describe('the scripted mutants', () => {
  it('each find their rule exactly once in its file', () => {
    expect(misplacedMutants()).toEqual([]);
  });
});
