// Copies of code (issue 21): jscpd (configured in .jscpd.json) over src/ and claims/, and a search
// for the helpers that were copied most often written out again: the Fisher-Yates shuffle (home:
// src/nets/base/rng.ts), the loss that picks softmax cross-entropy or squared error, and the argmax
// accuracy (home: src/nets/base/losses.ts). Copies inside claims/ that are not such helpers are the
// chapters' business (their files are being split); any copy that touches src/ fails.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// jscpd's ESM build imports a CommonJS path without its extension, so load its CommonJS build.
const { detectClones } = createRequire(import.meta.url)('jscpd') as typeof import('jscpd');

interface Written { name: string; home: string; pattern: RegExp }
const WRITTEN_ONCE: readonly Written[] = [
  { name: 'Fisher-Yates shuffle', home: 'src/nets/base/rng.ts', pattern: /Math\.floor\(\s*\w+\(\)\s*\*\s*\(\s*\w+\s*\+\s*1\s*\)\s*\)/ },
  { name: 'softmax or squared-error loss', home: 'src/nets/base/losses.ts', pattern: /('mse'|tf\.square\(tf\.sub)[^;]*softmaxCrossEntropy|softmaxCrossEntropy[^;]*('mse'|tf\.square\(tf\.sub)/ },
  { name: 'argmax accuracy', home: 'src/nets/base/losses.ts', pattern: /tf\.equal\(\s*tf\.argMax\(/ },
];

/**
 * Claim files that still write out one of those helpers, with the helper: to be replaced by a call
 * to its home (the chapters' rewrites of issue 21 remove them). An entry must go once its file is
 * clean, and the test says so, so the list only shrinks.
 */
const COPIES_IN_CLAIMS: Record<string, string> = {
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const rel = (path: string) => relative(root, path).split(sep).join('/');
const code = ['src', 'claims'].flatMap((d) => walk(join(root, d))).filter((f) => f.endsWith('.ts')).map(rel);

describe('copy-paste', () => {
  it('jscpd finds no copied code in src/ (nor claims/ copying src/)', async () => {
    const config = JSON.parse(readFileSync(join(root, '.jscpd.json'), 'utf8'));
    const clones = await detectClones({ ...config, path: config.path.map((p: string) => join(root, p)), reporters: [], silent: true, noTips: true });
    const where = (d: { sourceId: string; start: { line: number }; end: { line: number } }) => `${rel(d.sourceId)}:${d.start.line}-${d.end.line}`;
    const inSrc = clones
      .filter((c) => [c.duplicationA, c.duplicationB].some((d) => rel(d.sourceId).startsWith('src/')))
      .map((c) => `${where(c.duplicationA)} = ${where(c.duplicationB)}`);
    expect(inSrc).toEqual([]);
  }, 180_000);

  it('the shuffle, the classifier loss and the accuracy are written once, in their homes', () => {
    const problems: string[] = [];
    for (const f of code) {
      const text = readFileSync(join(root, f), 'utf8');
      const found = WRITTEN_ONCE.filter((w) => w.home !== f && w.pattern.test(text)).map((w) => w.name);
      const allowed = COPIES_IN_CLAIMS[f];
      for (const name of found) if (name !== allowed) problems.push(`${f}: a ${name} written out (use ${WRITTEN_ONCE.find((w) => w.name === name)!.home})`);
      if (allowed && !found.includes(allowed)) problems.push(`${f}: no ${allowed} left, remove it from COPIES_IN_CLAIMS`);
    }
    for (const f of Object.keys(COPIES_IN_CLAIMS)) if (!code.includes(f)) problems.push(`${f}: gone, remove it from COPIES_IN_CLAIMS`);
    for (const w of WRITTEN_ONCE) expect(w.pattern.test(readFileSync(join(root, w.home), 'utf8')), `${w.name} in ${w.home}`).toBe(true);
    expect(problems).toEqual([]);
  });
});
