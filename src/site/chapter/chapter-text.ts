// The chapter as the author reads it, rendered, with every claimed sentence marked by its verdict like
// a coverage report marks lines, each mark opening its evidence; what cannot be placed is listed.
import type { MarkdownIt, Token } from 'markdown-it';
import { withoutFrontmatter } from '../../coverage/index.js';
import { createRenderer } from '../../report/html.js';
import type { SentenceResult } from '../../results/schema.js';
import { escapeHtml, renderMarkdownFragment } from '../site-markdown.js';
import { quoteMarkdown } from '../quote/quote-markdown.js';
import { bookLinks } from './book-links.js';
import { evidencePanel, sentenceIds, type CardRef } from './evidence-panel.js';
import { markSource, stripMarkers } from './marked-source.js';
import { placeSentences, type Placed, type Unplaced } from './place-sentences.js';
import { sentenceMarks, type MarkLook, type SentenceMarksEnv } from './sentence-marks.js';
import { markClass, VERDICT_LOOK } from './verdict-look.js';

export interface ChapterText {
  /** The rendered chapter, then the list of sentences that could not be placed. */
  html: string;
  placed: number;
  unplaced: Unplaced[];
}

let renderer: MarkdownIt | null = null;
const markdownIt = (): MarkdownIt => (renderer ??= createRenderer(sentenceMarks, bookLinks));

// An inline token's children as a reader sees them: markers out, text runs joined.
function inlineSignature(children: readonly Token[]): string[] {
  const out: string[] = [];
  let text: string | null = null;
  for (const c of children) {
    if (c.type === 'text') { text = (text ?? '') + stripMarkers(c.content); continue; }
    if (text) out.push(`text:${text}`);
    text = null;
    out.push(`${c.type}:${stripMarkers(c.content)}`);
  }
  if (text) out.push(`text:${text}`);
  return out;
}

// What a parse shows a reader, block by block, markers left out: two parses that agree render alike.
function blockSignatures(tokens: readonly Token[]): { sig: string; map: [number, number] | null }[] {
  return tokens.map((t) => ({
    sig: [t.type, t.tag, t.map?.join('-') ?? '', stripMarkers(t.content), ...inlineSignature(t.children ?? [])].join('\u0001'),
    map: t.map,
  }));
}

/**
 * Drops the sentences whose markers would change how their block parses (a marker that makes a `$`
 * open math, or unmakes a block): the page must show the text unchanged. In a block that changed,
 * the sentences that change it alone go; if none does alone, all of the block's go.
 */
function keepFaithful(md: MarkdownIt, source: string, placed: Placed[], unplaced: Unplaced[]): Placed[] {
  const plain = blockSignatures(md.parse(source, {}));
  const differs = (marks: readonly Placed[]): number => {
    const marked = blockSignatures(md.parse(markSource(source, marks).markdown, {}));
    const at = plain.findIndex((b, i) => b.sig !== marked[i]?.sig);
    return at === -1 && marked.length !== plain.length ? plain.length - 1 : at;
  };
  let kept = placed;
  for (let at = differs(kept); at !== -1; at = differs(kept)) {
    const map = plain[at]!.map;
    const inBlock = kept.filter((p) => !map || (p.line < map[1] && p.lastLine >= map[0]));
    if (inBlock.length === 0) break;
    const alone = inBlock.filter((p) => differs([p]) !== -1);
    const guilty = alone.length ? alone : inBlock;
    for (const p of guilty) unplaced.push({ index: p.index, why: 'marking it would change how its paragraph renders' });
    kept = kept.filter((p) => !guilty.includes(p));
  }
  return kept;
}

function unplacedList(sentences: readonly SentenceResult[], unplaced: readonly Unplaced[]): string {
  if (unplaced.length === 0) return '';
  const items = unplaced.map((u) => {
    const s = sentences[u.index]!;
    const n = u.index + 1;
    const look = VERDICT_LOOK[s.verdict];
    const quote = renderMarkdownFragment(quoteMarkdown({ before: '', quote: s.text, after: '', line: s.line })).replace(/^<p>|<\/p>\s*$/g, '');
    return `<li id="${sentenceIds(n).mark}"><a class="${markClass(s.verdict)}" href="#${sentenceIds(n).panel}">${escapeHtml(look.word)}<span class="s-icon" aria-hidden="true">${look.icon}</span></a> line ${s.line}: <span lang="zh">${quote}</span> <em>(${escapeHtml(u.why)})</em></li>`;
  });
  return `<section class="not-placed"><h2>Not placed</h2><p>${unplaced.length} claimed sentence(s) could not be marked in the text above; their evidence opens from here.</p><ul>${items.join('')}</ul></section>`;
}

/** Renders `raw` (the chapter `file`, front matter left out) with its claimed `sentences` marked; `cards` holds the page's claims by id. */
export function chapterText(file: string, raw: string, sentences: readonly SentenceResult[], cards: ReadonlyMap<string, CardRef>): ChapterText {
  const md = markdownIt();
  // Front matter is the publisher's, not the chapter's: blanked, so every offset and line still holds.
  const source = withoutFrontmatter(raw);
  const placement = placeSentences(file, source, sentences);
  const unplaced = [...placement.unplaced];
  const placed = keepFaithful(md, source, placement.placed, unplaced);
  unplaced.sort((a, b) => a.index - b.index);
  const looks = new Map<number, MarkLook>();
  sentences.forEach((s, index) => {
    const ids = sentenceIds(index + 1);
    looks.set(index, { id: ids.mark, evidence: ids.panel, className: markClass(s.verdict), icon: VERDICT_LOOK[s.verdict].icon, word: VERDICT_LOOK[s.verdict].word, panel: evidencePanel(s, index + 1, cards) });
  });
  const marked = markSource(source, placed);
  const env: SentenceMarksEnv = { sentenceMarks: { looks: new Map(placed.map((p) => [p.index, looks.get(p.index)!])), blockLines: marked.blockLines } };
  const body = stripMarkers(md.render(marked.markdown, env as Record<PropertyKey, unknown>));
  const panels = unplaced.map((u) => looks.get(u.index)!.panel).join('\n');
  return {
    html: `<article class="chapter-text" lang="zh">\n${body}</article>\n${unplacedList(sentences, unplaced)}\n${panels}`,
    placed: placed.length,
    unplaced,
  };
}
