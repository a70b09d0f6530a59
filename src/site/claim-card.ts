// One claim on its chapter page: the quote highlighted in its paragraph, the statement, verdict,
// evidence (table and plots), correction, replay command and stability.
import { decidingBudgetText } from '../results/deciding-budget.js';
import { evidenceTable } from '../report/sections/evidence-table.js';
import { fixBlocks } from '../report/sections/finding.js';
import { formatNumber } from '../report/format-number.js';
import { after, badge, cell, isFault, oneLine, quoteBlock } from '../report/markdown-bits.js';
import { markdownTable } from '../report/markdown-table.js';
import { quoteMarkdown } from './quote/quote-markdown.js';
import type { ClaimEntry } from './site-model.js';
import { escapeHtml, renderMarkdownFragment } from './site-markdown.js';
import { scaleTable } from '../report/sections/scale-table.js';

/** A card's rendered parts: its evidence figures and its stability block (with the history strip). */
export interface CardParts {
  figures: string[];
  stability: string;
}

/** The quote in its paragraph, highlighted; the bare quote with a note when it is gone from the source. */
export function contextBlock(e: ClaimEntry): string {
  const c = e.result;
  if (!e.context) return renderMarkdownFragment(`${quoteBlock(c)}\n\n*This quote no longer occurs in the source, so it cannot be shown in its paragraph.*`);
  const where = `${c.source.file}:${c.source.line ?? e.context.line}`;
  return `<div class="context" lang="zh">${renderMarkdownFragment(quoteMarkdown(e.context))}<div class="where" lang="en">${escapeHtml(where)}</div></div>`;
}

function resultLine(e: ClaimEntry): string {
  const c = e.result;
  if (isFault(c.verdict)) return `**Verdict:** ${badge(c.verdict)} a fault of the suite, not a finding about the text: ${after(c.summary)}`;
  const deciding = decidingBudgetText(c);
  return `**Verdict:** ${badge(c.verdict)} ${after(c.summary)}${deciding ? `\n\n**Undecided:** ${after(deciding)}` : ''}`;
}

/** The Markdown under the paragraph: what is asserted, how it came out, and what to do about it. */
function detailsMarkdown(e: ClaimEntry): string {
  const c = e.result;
  return [
    `**Statement:** ${after(c.statement)}`,
    c.reading ? `**Reading:** ${after(c.reading)}` : null,
    scaleTable(c),
    resultLine(e),
  ].filter((p): p is string => p !== null).join('\n\n');
}

/** The evidence table, after the plots (the picture first, then the numbers), and the figures the check recorded. */
function evidenceMarkdown(e: ClaimEntry): string {
  const table = evidenceTable(e.result);
  const records = Object.entries(e.result.evidence.records);
  const value = (v: number | string | boolean): string => (typeof v === 'number' ? formatNumber(v) : cell(String(v)));
  return [
    table ? `**Evidence:**\n\n${table}` : null,
    records.length ? `**Recorded:**\n\n${markdownTable(['name', 'value'], records.map(([k, v]) => [cell(k), value(v)]), ['l', 'r'])}` : null,
  ].filter((p): p is string => p !== null).join('\n\n');
}

function fixMarkdown(e: ClaimEntry): string {
  return fixBlocks(e.result).filter((p): p is string => p !== null).join('\n\n');
}

/**
 * The claim's section, with its rendered figures and stability block: on its chapter page by
 * default; elsewhere (the index's findings) with another id, a lower heading and a link home.
 */
export function claimCard(e: ClaimEntry, parts: CardParts, where: { id: string; level: 2 | 3; home?: boolean } = { id: e.anchor, level: 2 }): string {
  const c = e.result;
  const flag = e.stability.unstable ? ' · <span class="flag-unstable">unstable</span>' : '';
  const home = where.home ? ` · <a href="${escapeHtml(`${e.page}#${e.anchor}`)}">on the ${escapeHtml(c.chapter)} page</a>` : '';
  return [
    `<section class="claim" id="${escapeHtml(where.id)}">`,
    renderMarkdownFragment(`${'#'.repeat(where.level)} ${badge(c.verdict)} ${oneLine(c.id)}`),
    `<p class="meta">${escapeHtml(c.kind)} · seed ${c.seed} · ${escapeHtml(c.backend)}${flag}${home}</p>`,
    contextBlock(e),
    renderMarkdownFragment(detailsMarkdown(e)),
    ...parts.figures,
    renderMarkdownFragment(evidenceMarkdown(e)),
    renderMarkdownFragment(fixMarkdown(e)),
    parts.stability,
    '</section>',
  ].join('\n');
}
