// A chapter's page: its coverage and verdict counts, the legend, the chapter rendered with every claimed
// sentence marked by its verdict (each mark opening its evidence), its copy-edit hits, a table of
// contents, then every claim in source order, each in its paragraph.
import { VERDICTS, type Results } from '../results/schema.js';
import { copyeditSection } from '../report/sections/copyedit-section.js';
import { badge, cell, oneLine } from '../report/markdown-bits.js';
import { markdownTable } from '../report/markdown-table.js';
import { chapterText } from './chapter/chapter-text.js';
import { COPYEDIT_ID } from './chapter/finding-link.js';
import { legend } from './chapter/verdict-look.js';
import { claimCard, type CardParts } from './claim-card.js';
import type { ChapterEntry } from './site-model.js';
import { renderMarkdownFragment } from './site-markdown.js';

function overview(ch: ChapterEntry): string {
  const counts = VERDICTS.map((v) => [v, ch.claims.filter((e) => e.result.verdict === v).length] as const).filter(([, n]) => n > 0);
  const cov = ch.coverage;
  const coverage = cov
    ? `**Coverage:** ${cov.claimed + cov.narrative} of ${cov.sentences} sentences accounted for (${cov.claimed} claimed, ${cov.narrative} narrative, ${cov.uncovered} uncovered).`
    : null;
  return [
    `# ${oneLine(ch.chapter)}`,
    `The chapter \`${ch.file}\` as its author reads it, every claimed sentence marked by its verdict; then every claim in source order: the quoted sentence highlighted in its paragraph, what the claim asserts, how the computation came out, and how to replay it.`,
    `**${ch.claims.length} claim(s):** ${counts.map(([v, n]) => `${n} ${badge(v)}`).join(' · ')}`,
    coverage,
  ].filter((p): p is string => p !== null).join('\n\n');
}

function contents(ch: ChapterEntry): string {
  const rows = ch.claims.map((e, i) => [
    String(i + 1),
    badge(e.result.verdict),
    `[${cell(e.result.id.split('/').pop() ?? e.result.id)}](#${e.anchor})`,
    e.result.source.line === null ? '—' : String(e.result.source.line),
    e.stability.unstable ? 'unstable' : '',
  ]);
  return `## Claims\n\n${markdownTable(['#', 'verdict', 'claim', 'line', 'stability'], rows, ['r', 'l', 'l', 'r', 'l'])}`;
}

// The chapter itself, marked; without its source, a note saying so.
function text(ch: ChapterEntry): string {
  if (ch.source === null) return renderMarkdownFragment(`*The source \`${ch.file}\` was not found, so the chapter cannot be shown with its marks; every claim follows.*`);
  const cards = new Map(ch.claims.map((e) => [e.result.id, { result: e.result, anchor: e.anchor }]));
  return chapterText(ch.file, ch.source, ch.sentences, cards).html;
}

/** The body of a chapter page; `parts` holds each claim's rendered figures and stability, by id; `results` the run's copy-edit hits. */
export function chapterPage(ch: ChapterEntry, parts: ReadonlyMap<string, CardParts>, results?: Pick<Results, 'findings' | 'notes'>): string {
  const copyedit = results ? copyeditSection(results, { file: ch.file }) : null;
  return [
    renderMarkdownFragment(overview(ch)),
    ch.sentences.length ? legend(ch.sentences.map((s) => s.verdict)) : '',
    text(ch),
    copyedit ? `<section id="${COPYEDIT_ID}">${renderMarkdownFragment(copyedit)}</section>` : '',
    renderMarkdownFragment(contents(ch)),
    ...ch.claims.map((e) => claimCard(e, parts.get(e.result.id) ?? { figures: [], stability: '' })),
  ].join('\n');
}
