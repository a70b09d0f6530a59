// A record claim's verdict is the record's: the sentence is judged against a sourced entry of a
// record module, so what can fail is the record. This checks that it does: with the entry the
// sentence's wording points to replaced by one saying the paper does not show it, the claim refutes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { claims } from '../../claims/index.js';
import { published } from '../../src/claim/index.js';
import { locateQuote } from '../../src/claim/quote.js';
import type { PublishedNumber } from '../../src/claim/types.js';
import { selectBackend, tf } from '../../src/backend/select.js';
import { decide } from '../../src/runner/decide.js';
import { runClaim } from '../../src/runner/run-claim.js';
import { HINTON_2015 } from '../../src/nets/published/distillation.js';

const SOURCES = resolve(import.meta.dirname, '../../sources');
const record = HINTON_2015 as unknown as Record<string, PublishedNumber>;
const saved = { ...record };

async function verdictOf(id: string) {
  const claim = claims.find((c) => c.id === id)!;
  const { slots } = locateQuote(readFileSync(resolve(SOURCES, claim.source.file), 'utf8'), claim.source.quote);
  const outcome = await runClaim(claim, { tf, backend: 'cpu', budget: 'quick', seed: 1, slots, softDeadline: Date.now() + 10_000 });
  return decide(claim, outcome, slots).verdict;
}

describe('a record claim fails when its record does', () => {
  beforeAll(async () => { await selectBackend('cpu'); });
  afterEach(() => { Object.assign(record, saved); });

  it('hinton-2015-logits-as-published: the entry for the target the text names decides it', async () => {
    const id = 'why-deep-learning-works/hinton-2015-logits-as-published';
    const before = await verdictOf(id);
    record.logitMatchingIsSpecialCase = published(1 - HINTON_2015.logitMatchingIsSpecialCase.value, 'a record saying the opposite');
    const after = await verdictOf(id);
    // Which of the two the text gets is the record's business; a flipped record must flip it.
    expect([before, after].sort()).toEqual(['refuted', 'supported']);
  });
});
