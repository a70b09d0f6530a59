// What a sentence's mark opens: the sentence, its verdict, and for each assertion every reading with
// its statement, reading, scope, what was measured (values, intervals, band), the correction and a
// link to the claim's card. Shown by :target, so it needs no script.
import { decidingBudgetText } from '../../results/deciding-budget.js';
import type { ClaimResult, SentenceResult } from '../../results/schema.js';
import { after, badge, cell, correctionBlock, isFault, oneLine } from '../../report/markdown-bits.js';
import { evidenceTable } from '../../report/sections/evidence-table.js';
import { quoteMarkdown } from '../quote/quote-markdown.js';
import { escapeHtml, renderMarkdownFragment } from '../site-markdown.js';
import { markClass, VERDICT_LOOK } from './verdict-look.js';

/** A claim of the page: its result and the id of its card. */
export interface CardRef {
  result: ClaimResult;
  anchor: string;
}

/** The ids a sentence's mark and panel carry on the chapter page (n counts the chapter's claimed sentences from 1). */
export const sentenceIds = (n: number): { mark: string; panel: string } => ({ mark: `s-${n}`, panel: `ev-${n}` });

// The few rows that say how the measurement came out: the worst, then what decided.
const MEASURED_ROWS = 3;

function readingMarkdown(role: 'primary' | 'alternative', c: ClaimResult, anchor: string | undefined): string {
  const name = cell(c.id.split('/').pop() ?? c.id);
  const scope = c.evidence.judgement ? ` · scope ${c.evidence.judgement.scope}${c.evidence.judgement.scopeDeclared ? '' : ' (provisional)'}` : '';
  const table = evidenceTable(c, MEASURED_ROWS);
  return [
    `${badge(c.verdict)} ${role} reading ${anchor ? `[${name}](#${anchor})` : name} · ${c.kind}${scope}`,
    `**Statement:** ${after(c.statement)}`,
    c.reading ? `**Reading:** ${after(c.reading)}` : null,
    `**${isFault(c.verdict) ? 'Fault of the suite' : 'Result'}:** ${after(c.summary)}`,
    c.qualifiedBy ? `**Holds when:** ${after(c.qualifiedBy)}` : null,
    decidingBudgetText(c) ? `**Undecided:** ${after(decidingBudgetText(c)!)}` : null,
    table ? `**Measured:**\n\n${table}` : null,
    correctionBlock(c.correction),
  ].filter((p): p is string => p !== null).join('\n\n');
}

/** The panel of the n-th claimed sentence; `cards` holds the page's claims by id. */
export function evidencePanel(s: SentenceResult, n: number, cards: ReadonlyMap<string, CardRef>): string {
  const ids = sentenceIds(n);
  const look = VERDICT_LOOK[s.verdict];
  const head = `<p class="ev-head"><span class="${markClass(s.verdict)} swatch">${escapeHtml(look.word)}<span class="s-icon" aria-hidden="true">${look.icon}</span></span> sentence ${n} · line ${s.line} · <a href="#${ids.mark}">close, back to the sentence</a></p>`;
  const quote = `<div class="ev-quote" lang="zh">${renderMarkdownFragment(quoteMarkdown({ before: '', quote: s.text, after: '', line: s.line }))}</div>`;
  const assertions = s.assertions.map((a, i) => {
    const title = `**Assertion ${i + 1} of ${s.assertions.length}:** ${badge(a.verdict)} (${oneLine(a.primary)})`;
    const readings = a.readings.map((r) => {
      const card = cards.get(r.claim);
      const md = card ? readingMarkdown(r.role, card.result, card.anchor) : `${badge(r.verdict)} ${r.role} reading ${cell(r.claim)} (not in this run)`;
      return `<div class="reading">${renderMarkdownFragment(md)}</div>`;
    });
    return `<div class="assertion">${renderMarkdownFragment(title)}${readings.join('')}</div>`;
  });
  return `<section class="evidence v-${s.verdict}" id="${ids.panel}" lang="en" aria-label="evidence for sentence ${n}">\n${head}\n${quote}\n${assertions.join('\n')}\n</section>`;
}
