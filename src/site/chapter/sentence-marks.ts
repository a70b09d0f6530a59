// A markdown-it plugin: the sentence markers of marked-source.ts become links coloured by verdict,
// one per run of text between inline tags (so the HTML stays nested), and each paragraph is followed
// by the evidence panels of the sentences it holds. Raw HTML stays off: only these markers,
// placed by the page, turn into markup.
import type { MarkdownIt, Token } from 'markdown-it';
import { decodeIndex, MARKER, withoutStandIns } from './marked-source.js';

/** How one sentence's mark looks and what it opens. */
export interface MarkLook {
  /** The mark's id (the first run carries it) and the id of its evidence panel. */
  id: string;
  evidence: string;
  /** Classes of every run of the mark. */
  className: string;
  /** Shown after the sentence, with the verdict word for screen readers. */
  icon: string;
  word: string;
  /** The evidence panel's HTML, placed after the block holding the sentence. */
  panel: string;
}

/** Passed in the render env; without it the markers stay as text (for comparing parses). */
export interface SentenceMarksEnv {
  sentenceMarks?: { looks: ReadonlyMap<number, MarkLook>; blockLines: ReadonlyMap<number, number> };
}

type TokenCtor = new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;

export function sentenceMarks(md: MarkdownIt): void {
  const escape = md.utils.escapeHtml;
  md.core.ruler.push('sentence_marks', (state) => {
    const marks = (state.env as SentenceMarksEnv | undefined)?.sentenceMarks;
    if (!marks) return;
    const Token = state.Token as unknown as TokenCtor;
    const html = (content: string, block: boolean): Token => {
      const t = new Token(block ? 'html_block' : 'html_inline', '', 0);
      t.content = content;
      return t;
    };
    const started = new Set<number>();
    const openTag = (k: number, block = false): string => {
      const look = marks.looks.get(k)!;
      const first = !started.has(k);
      started.add(k);
      const id = first ? ` id="${escape(look.id)}"` : ' tabindex="-1"';
      return `<a class="${escape(look.className)}${block ? ' s-block' : ''}"${id} href="#${escape(look.evidence)}" title="${escape(look.word)}: open its evidence">`;
    };
    const closeTag = (k: number): string => {
      const look = marks.looks.get(k)!;
      return `<span class="s-icon" aria-hidden="true">${escape(look.icon)}</span><span class="sr-only"> (${escape(look.word)})</span></a>`;
    };

    let pending: number[] = [];
    let current: number | null = null;
    const markInline = (children: Token[]): Token[] => {
      const out: Token[] = [];
      let runOpen = false;
      const ensureRun = (): void => {
        if (current !== null && !runOpen) { out.push(html(openTag(current), false)); runOpen = true; }
      };
      const endRun = (): void => {
        if (runOpen) { out.push(html('</a>', false)); runOpen = false; }
      };
      for (const child of children) {
        if (child.type === 'text') {
          let last = 0;
          const text = withoutStandIns(child.content);
          const piece = (s: string): void => {
            if (!s) return;
            ensureRun();
            const t = new Token('text', '', 0);
            t.content = s;
            out.push(t);
          };
          for (const m of text.matchAll(MARKER)) {
            piece(text.slice(last, m.index));
            last = m.index! + m[0].length;
            if (m[1] !== undefined) {
              endRun();
              current = decodeIndex(m[1]);
              if (marks.looks.has(current)) pending.push(current); else current = null;
            } else if (current !== null) {
              if (!runOpen) out.push(html(openTag(current), false));
              out.push(html(closeTag(current), false));
              runOpen = false;
              current = null;
            }
          }
          piece(text.slice(last));
        } else if (child.nesting !== 0) {
          // An inline tag (emphasis, a link): the run closes before it and reopens after, so tags nest.
          endRun();
          out.push(child);
        } else {
          if (child.type !== 'softbreak') ensureRun();
          out.push(child);
        }
      }
      endRun();
      return out;
    };

    const out: Token[] = [];
    for (const t of state.tokens) {
      const k = t.map && t.type.startsWith('math_block') ? marks.blockLines.get(t.map[0]) : undefined;
      if (k !== undefined && marks.looks.has(k)) {
        out.push(html(openTag(k, true), true), t, html(`${closeTag(k)}\n`, true));
        pending.push(k);
      } else {
        if (t.type === 'inline' && t.children) t.children = markInline(t.children);
        out.push(t);
      }
      // After the paragraph (or heading, or top-level block such as a table) that holds them: the panels.
      if (pending.length && (t.type === 'paragraph_close' || t.type === 'heading_close' || (t.level === 0 && t.nesting !== 1))) {
        out.push(html(pending.map((p) => marks.looks.get(p)!.panel).join('\n') + '\n', true));
        pending = [];
      }
    }
    if (pending.length) out.push(html(pending.map((p) => marks.looks.get(p)!.panel).join('\n'), true));
    state.tokens = out;
  });
}
