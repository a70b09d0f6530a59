// A markdown-it plugin for the chapter as the author wrote it: its links point into the rest of the
// book (`@article_id:…`) and its figures into files that are not published with the sources, so a
// link shows as its text with the target in a tooltip, and a figure as its caption and file name. The
// site stays offline and its link check clean.
import type { MarkdownIt } from 'markdown-it';
import { stripMarkers } from './marked-source.js';

export function bookLinks(md: MarkdownIt): void {
  const escape = md.utils.escapeHtml;
  const rules = md.renderer.rules;
  rules.link_open = (tokens, idx) => `<span class="xref" title="${escape(String(tokens[idx]!.attrGet('href') ?? ''))}">`;
  rules.link_close = () => '</span>';
  rules.image = (tokens, idx, options, env, self) => {
    const t = tokens[idx]!;
    const alt = stripMarkers(self.renderInlineAsText(t.children ?? [], options, env));
    const src = String(t.attrGet('src') ?? '');
    return `<span class="figure-ref" role="img" aria-label="${escape(alt)}">${escape(alt || 'figure')} <span class="figure-file">(${escape(src)}: not published with the sources)</span></span>`;
  };
}
