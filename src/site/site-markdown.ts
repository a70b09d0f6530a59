// Markdown to HTML for the site: the report's settings (raw HTML off, KaTeX, verdict badges) plus
// quote marks. Page renderers build Markdown with src/report's sections and escapeMarkdown.
import type { MarkdownIt } from 'markdown-it';
import { createRenderer } from '../report/html.js';
import { quoteMarks } from './quote/quote-marks.js';

let renderer: MarkdownIt | null = null;

function markdownIt(): MarkdownIt {
  renderer ??= createRenderer(quoteMarks);
  return renderer;
}

/** Renders a Markdown fragment; stray quote brackets (never expected) are dropped, not shown. */
export function renderMarkdownFragment(markdown: string): string {
  return markdownIt().render(markdown, {}).replace(/[\uE000\uE001]/g, '');
}

export { escapeHtml } from '../report/html.js';
