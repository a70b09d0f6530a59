// Reading a rendered chapter back: each sentence's mark, the page without its marks, and whether the
// HTML nests. The chapter tests compare these with the source.
import { VERDICTS, type SentenceResult } from '../../src/results/schema.js';

/** A claimed sentence for a rendering fixture; verdicts cycle through every verdict so each look is drawn. */
export function sentence(text: string, line: number, i = 0): SentenceResult {
  return { file: 'x.md', line, text, verdict: VERDICTS[i % VERDICTS.length]!, assertions: [] };
}

/** The HTML of every run of mark `s-n`, joined (continuation runs follow the first, in order). */
export function markHtml(html: string, n: number): string {
  const runs = [...html.matchAll(/<a class="s v-[a-z-]+( s-block)?"(?: id="s-(\d+)"| tabindex="-1") href="#ev-(\d+)"[^>]*>([\s\S]*?)<\/a>/g)];
  return runs.filter((m) => m[3] === String(n)).map((m) => m[4]!).join('');
}

// Removes each `<span …>` element whose opening tag starts with `open`, with everything inside it.
function dropSpans(html: string, open: string): string {
  let out = html;
  for (let at = out.indexOf(open); at !== -1; at = out.indexOf(open, at)) {
    let depth = 0;
    const tags = /<(\/?)span\b[^>]*>/g;
    tags.lastIndex = at;
    let end = out.length;
    for (let m = tags.exec(out); m; m = tags.exec(out)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) { end = m.index + m[0].length; break; }
    }
    out = out.slice(0, at) + out.slice(end);
  }
  return out;
}

/** Visible text: tags out, KaTeX replaced by its TeX source, icons and screen-reader words out. */
export function textOf(html: string): string {
  return dropSpans(dropSpans(dropSpans(html, '<span class="katex-html"'), '<span class="s-icon"'), '<span class="sr-only"')
    .replace(/<span class="katex-mathml">[\s\S]*?<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation><\/semantics><\/math><\/span>/g, '⟨$1⟩')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The Han characters of a text outside its math: what a mark must hold, whatever the markup. */
export const han = (s: string): string => (s.replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$|⟨[^⟩]*⟩/g, '').match(/\p{Script=Han}/gu) ?? []).join('');

/** The chapter text with every mark, icon and evidence panel taken out: it must equal the text rendered unmarked. */
export function withoutMarks(html: string): string {
  return html
    .replace(/<section class="evidence[\s\S]*?<\/section>\n?/g, '')
    .replace(/<span class="s-icon"[^>]*>[^<]*<\/span><span class="sr-only">[^<]*<\/span>/g, '')
    .replace(/<a class="s [^"]*"[^>]*>/g, '')
    .replace(/<\/a>\n?/g, '');
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr']);

/** The first tag that closes out of order, or null when every element nests. */
export function misnested(html: string): string | null {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(\/?)>/g)) {
    const [, close, tag, selfClose] = m;
    const name = tag!.toLowerCase();
    if (VOID.has(name) || selfClose) continue;
    if (!close) { stack.push(name); continue; }
    if (stack.pop() !== name) return `</${name}> at ${m.index}`;
  }
  return stack.length ? `unclosed <${stack.at(-1)}>` : null;
}
