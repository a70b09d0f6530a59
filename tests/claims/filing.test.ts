// How claims are filed: one pattern per chapter, registries built from the modules' exports, and no
// claim file used as a library by another (shared work lives in src/experiments).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claims } from '../../claims/index.js';
import { isClaim } from '../../src/claim/index.js';

const ROOT = join(import.meta.dirname, '../../claims');
const chapters = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const claimFiles = chapters.flatMap((ch) => readdirSync(join(ROOT, ch)).filter((f) => f.endsWith('.ts') && !['index.ts', 'narrative.ts', 'glossary.ts'].includes(f)).map((f) => `${ch}/${f}`));

/** One file per source section, `NN-<slug>.ts` (NN: the section's position among the source's headings). */
const PATTERN = /^\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.ts$/;

// Today's offenders, each to leave its list when its file is refiled (the test says so).
const MISFILED = new Set<string>([
]);
const IMPORTS_CLAIM_FILE = new Set<string>([
]);

describe('claims are filed one way', () => {
  it('lists only existing files as offenders', () => {
    expect([...MISFILED, ...IMPORTS_CLAIM_FILE].filter((f) => !claimFiles.includes(f))).toEqual([]);
  });

  it.each(claimFiles)('%s is named NN-<slug>.ts after its source section', (f) => {
    const base = f.split('/')[1]!;
    const ok = PATTERN.test(base) && !base.endsWith('-experiments.ts');
    if (MISFILED.has(f)) expect(ok, `${f} now meets the pattern: remove it from MISFILED`).toBe(false);
    else expect(ok, `${f}: claim files are NN-<slug>.ts, one per source section (split along its sub-headings or paragraphs), never by kind of check`).toBe(true);
  });

  it.each(claimFiles)('%s imports no other claim file', (f) => {
    const text = readFileSync(join(ROOT, f), 'utf8');
    const imports = [...text.matchAll(/from '(\.\/[^']+|\.\.\/(?!\.\.\/)[^']+)'/g)].map((m) => m[1]!).filter((p) => !p.startsWith('./narrative'));
    if (IMPORTS_CLAIM_FILE.has(f)) expect(imports.length, `${f} no longer imports a claim file: remove it from IMPORTS_CLAIM_FILE`).toBeGreaterThan(0);
    else expect(imports, `${f}: what two claim files share belongs in src/experiments (defineExperiment) or src/`).toEqual([]);
  });

  it('registers every claim a claim file exports, and every file that defines claims', async () => {
    const registered = new Set(claims);
    for (const f of claimFiles) {
      const mod = (await import(pathToFileURL(join(ROOT, f)).href)) as Record<string, unknown>;
      const exported = Object.values(mod).flatMap((v) => (Array.isArray(v) ? v : [v])).filter(isClaim);
      const missing = exported.filter((c) => !registered.has(c)).map((c) => c.id);
      expect(missing, `${f} exports claims its chapter's index does not register`).toEqual([]);
      if (/defineClaim\(/.test(readFileSync(join(ROOT, f), 'utf8'))) {
        expect(claims.some((c) => c.definedIn?.endsWith(f)), `${f} defines claims but none is registered: export them`).toBe(true);
      }
    }
  });
});
