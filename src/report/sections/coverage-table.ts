// Sentences per chapter and how each is accounted for: the measure of "every statement checked".
import type { ChapterCoverage } from '../../results/schema.js';
import { cell } from '../markdown-bits.js';
import { markdownTable } from '../markdown-table.js';

/** The coverage section: per chapter, sentences claimed, narrative and uncovered. */
export function coverageSection(coverage: readonly ChapterCoverage[] | undefined): string | null {
  if (!coverage?.length) return null;
  const pct = (c: ChapterCoverage) => (c.sentences ? `${Math.round((100 * (c.claimed + c.narrative)) / c.sentences)}%` : '—');
  const rows = coverage.map((c) => [cell(c.chapter), String(c.sentences), String(c.claimed), String(c.narrative), c.uncovered ? `**${c.uncovered}**` : '0', pct(c)]);
  return ['## Coverage', 'Each sentence of a chapter is covered by a claim, annotated as narrative (it asserts nothing true or false), or uncovered. `claimcheck coverage` lists the uncovered ones.',
    markdownTable(['chapter', 'sentences', 'claimed', 'narrative', 'uncovered', 'accounted for'], rows, ['l', 'r', 'r', 'r', 'r', 'r'])].join('\n\n');
}
