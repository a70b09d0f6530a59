// Issue 22's incremental run on the real chapters: after an author edits one number, the keys that
// change are exactly those of the claims anchored in that number's sentence, so `claimcheck run`
// re-runs those and reuses every other result (outline claims read only the headings).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claims } from '../../claims/index.js';
import { claimKeys, codeFingerprints, type RunIdentity } from '../../src/cache/claim-keys.js';
import { matchQuote } from '../../src/claim/quote-template.js';
import { splitSentences } from '../../src/coverage/sentences.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'claimcheck-sentence-edit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('editing one number of a real chapter', () => {
  it('changes the keys of exactly the claims anchored in its sentence', async () => {
    cpSync(join(ROOT, 'sources'), dir, { recursive: true });
    const file = 'why-deep-learning-works.md';
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const run: RunIdentity = { sourcesDir: dir, seed: 1, budget: 'quick', backend: 'wasm' };
    const code = await codeFingerprints(claims, ROOT);
    const before = claimKeys(claims, code, run);

    // Figure 20.2's parameter counts: the number the issue's author corrected first.
    const at = text.indexOf('15139');
    expect(at).toBeGreaterThan(0);
    const edited = text.slice(0, at) + '15319' + text.slice(at + 5);
    writeFileSync(path, edited);
    const after = claimKeys(claims, code, run);

    const sentence = splitSentences(file, edited).find((s) => s.start <= at && at < s.end)!;
    const inSentence = claims.filter((c) => c.source.file === file)
      .filter((c) => matchQuote(edited, c.source.quote, 1).some((m) => m.start < sentence.end && sentence.start < m.end))
      .map((c) => c.id).sort();
    const changed = [...before.keys()].filter((id) => before.get(id) !== after.get(id)).sort();
    expect(inSentence.length).toBeGreaterThan(0);
    expect(changed).toEqual(inSentence);
    process.stdout.write(`one digit of figure 20.2 edited: ${changed.length} of ${before.size} keys changed (${changed.join(', ')})\n`);
  }, 120_000);
});
