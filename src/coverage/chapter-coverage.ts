// Coverage of the chapters in a sources folder, as the CLI and the report need it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../claim/types.js';
import type { Narrative } from '../claim/narrative.js';
import type { ChapterCoverage as ResultCoverage } from '../results/schema.js';
import { computeCoverage, type ChapterCoverage } from './coverage.js';

/** Coverage of every chapter in `sourcesDir` (or only `chapters`), in file-name order. */
export function coverageOfSources(sourcesDir: string, claims: readonly Claim[], narrative: readonly Narrative[], chapters?: readonly string[]): ChapterCoverage[] {
  const files = readdirSync(sourcesDir).filter((f) => f.endsWith('.md') && (!chapters?.length || chapters.includes(f.slice(0, -3)))).sort();
  const sources = new Map(files.map((f) => [f, readFileSync(join(sourcesDir, f), 'utf8')]));
  const inScope = (file: string) => sources.has(file);
  return computeCoverage(sources, claims.filter((c) => inScope(c.source.file)), narrative.filter((n) => inScope(n.file)));
}

/** The counts results.json publishes per chapter. */
export function coverageCounts(c: ChapterCoverage): ResultCoverage {
  return { chapter: c.chapter, file: c.file, sentences: c.sentences, claimed: c.claimed, narrative: c.narrative, uncovered: c.uncovered };
}
