// A markdown-it plugin: the MARK_OPEN / MARK_CLOSE brackets in text become <mark>…</mark>. Raw HTML
// stays off; only these two private-use characters, placed by quoteMarkdown, turn into markup.
import type { MarkdownIt } from 'markdown-it';
import { MARK_CLOSE, MARK_OPEN } from './quote-markdown.js';

// Whether a mark is open, kept in the render call's env (the caller passes an object).
const state = (env: unknown): { quoteMarkOpen?: boolean } => (typeof env === 'object' && env !== null ? env : {}) as { quoteMarkOpen?: boolean };

/** Renders the quote brackets as <mark>, closing and reopening it across paragraph breaks. */
export function quoteMarks(md: MarkdownIt): void {
  const escape = md.utils.escapeHtml;
  const rules = md.renderer.rules;
  rules.text = (tokens, idx, _options, env) => {
    const s = state(env);
    let out = '';
    for (const part of tokens[idx]!.content.split(/([\uE000\uE001])/)) {
      if (part === MARK_OPEN) {
        out += '<mark class="quote">';
        s.quoteMarkOpen = true;
      } else if (part === MARK_CLOSE) {
        if (s.quoteMarkOpen) out += '</mark>';
        s.quoteMarkOpen = false;
      } else out += escape(part);
    }
    return out;
  };
  const around = (name: 'paragraph_open' | 'paragraph_close', wrap: (html: string) => string) => {
    const fallback = rules[name];
    rules[name] = (tokens, idx, options, env, self) => {
      const html = fallback ? fallback(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
      return state(env).quoteMarkOpen && !tokens[idx]!.hidden ? wrap(html) : html;
    };
  };
  around('paragraph_close', (html) => `</mark>${html}`);
  around('paragraph_open', (html) => `${html}<mark class="quote">`);
}
