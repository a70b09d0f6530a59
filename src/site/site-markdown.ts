// Markdown to HTML for the site: the report's settings (raw HTML off, KaTeX, verdict badges) plus
// quote marks. Page renderers build Markdown with src/report's sections and escapeMarkdown.
import markdownItFactory, { type MarkdownIt } from 'markdown-it';
import katexPlugin from '@vscode/markdown-it-katex';
import { verdictBadges } from '../report/verdict-badges.js';
import { quoteMarks } from './quote-marks.js';

// The plugin is CommonJS with `exports.default`; Node's ESM import hands us the exports object.
type Plugin = (md: MarkdownIt, options?: object) => void;
const katex: Plugin = ((katexPlugin as unknown as { default?: Plugin }).default ?? katexPlugin) as Plugin;

let renderer: MarkdownIt | null = null;

function markdownIt(): MarkdownIt {
  // As in report.html: no source text can become markup, and KaTeX emits no \href links.
  renderer ??= markdownItFactory({ html: false, linkify: false, typographer: false })
    .use(katex, { throwOnError: false, trust: false })
    .use(verdictBadges)
    .use(quoteMarks);
  return renderer;
}

/** Renders a Markdown fragment; stray quote brackets (never expected) are dropped, not shown. */
export function renderMarkdownFragment(markdown: string): string {
  return markdownIt().render(markdown, {}).replace(/[\uE000\uE001]/g, '');
}

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (s: string): string => markdownIt().utils.escapeHtml(s);
