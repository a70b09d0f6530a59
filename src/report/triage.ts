// The author's view of a run: a triage table of findings, then the notes, then every sentence in source order.
import type { Finding, Note, Results, SentenceResult } from '../results/schema.js';
import { after, badge, cell, oneLine } from './markdown-bits.js';
import { markdownTable } from './markdown-table.js';

const MAX_QUOTE = 90;
const clip = (s: string, n = MAX_QUOTE): string => {
  const flat = s.replace(/\s*\n\s*/g, ' ');
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
};
const at = (f: Finding | Note): string => (f.source.line === null ? f.source.file : `${f.source.file}:${f.source.line}`);

function correctionCell(f: Finding | Note): string {
  const c = f.correction;
  if (c === null) return '—';
  if ('replace' in c) return `**before:** ${cell(c.replace.span)} → **after:** ${cell(c.replace.text)}`;
  return `observed: ${cell(clip(c.observed, 160))}`;
}

/**
 * One row per finding, strongest evidence first: the sentence, what is wrong, the correction. `link`
 * (the site's) gives the address of the finding's sentence, which the sentence cell then links to.
 */
export function triageSection(findings: readonly Finding[], link?: (f: Finding) => string | null): string {
  if (findings.length === 0) return '## Triage\n\nNo finding: no sentence is refuted or qualified under its primary reading.';
  const sentence = (f: Finding): string => {
    const href = link?.(f);
    return href ? `[${cell(clip(f.source.quote))}](${href})` : cell(clip(f.source.quote));
  };
  const rows = findings.map((f, i) => [
    String(i + 1),
    `${sentence(f)} (${cell(at(f))})`,
    `${cell(clip(f.summary, 240))}${f.claims.length > 1 ? ` (${f.claims.length} claims: ${cell(f.claims.join(', '))})` : ''}`,
    correctionCell(f),
    `${f.confidence} · ${f.category}`,
  ]);
  const intro = `${findings.length} finding(s) the author should fix, strongest evidence first. Each row is one span; findings that follow from another are folded under their root.`;
  return `## Triage\n\n${intro}\n\n${markdownTable(['#', 'sentence', 'what is wrong', 'correction', 'confidence'], rows, ['r'])}`;
}

const NOTE_HEADINGS: Record<Note['category'], string> = {
  wording: 'Wording: true as meant, false under another reading',
  replication: 'Replications of cited results (never errors in the text)',
  unverified: 'Unverified: published numbers with no source location',
  informative: 'Informative',
  copyedit: 'Copy-editing',
};

/** The notes by category: nothing here is an error in the text. */
export function notesSection(notes: readonly Note[]): string {
  if (notes.length === 0) return '## Notes\n\nNo notes.';
  const groups = (Object.keys(NOTE_HEADINGS) as Note['category'][]).map((cat) => {
    const list = notes.filter((n) => n.category === cat);
    if (list.length === 0) return null;
    const items = list.map((n) => `- ${after(clip(n.source.quote))} (${after(at(n))}): ${oneLine(n.summary)}`);
    return `### ${NOTE_HEADINGS[cat]} (${list.length})\n\n${items.join('\n')}`;
  });
  return ['## Notes', ...groups.filter((g): g is string => g !== null)].join('\n\n');
}

function sentenceItem(s: SentenceResult): string {
  const readings = s.assertions.flatMap((a) => a.readings.map((r) => `  - ${badge(r.verdict)} ${oneLine(r.claim)}${r.role === 'alternative' ? ` (alternative reading of ${oneLine(a.primary)})` : ''}`));
  return `- ${badge(s.verdict)} line ${s.line}: ${oneLine(s.text)}\n${readings.join('\n')}`;
}

/** Every claimed sentence in source order with its verdict and the claims behind it. */
export function sentencesSection(results: Pick<Results, 'sentences'>): string | null {
  if (results.sentences.length === 0) return null;
  const files = [...new Set(results.sentences.map((s) => s.file))];
  const parts = files.map((f) => `### ${oneLine(f)}\n\n${results.sentences.filter((s) => s.file === f).map(sentenceItem).join('\n')}`);
  return ['## Every sentence in source order', 'A sentence\'s verdict is the worst verdict among its assertions\' primary readings.', ...parts].join('\n\n');
}
