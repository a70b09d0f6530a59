// Raw HTML is off, so badges come from Markdown: inline code holding exactly a verdict name gets a class.
import type { MarkdownIt } from 'markdown-it';
import { VERDICTS } from '../results/schema.js';

const NAMES = new Set<string>(VERDICTS);

/** A markdown-it plugin: `` `refuted` `` renders as `<code class="verdict verdict-refuted">`. */
export function verdictBadges(md: MarkdownIt): void {
  const fallback = md.renderer.rules.code_inline!;
  md.renderer.rules.code_inline = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (NAMES.has(token.content)) token.attrJoin('class', `verdict verdict-${token.content}`);
    return fallback(tokens, idx, options, env, self);
  };
}
