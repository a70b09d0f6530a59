// report.html: the Markdown report rendered once, server-side, into a single file that works offline.
import markdownItFactory, { type MarkdownIt } from 'markdown-it';
import katexPlugin from '@vscode/markdown-it-katex';
import { katexCss } from './katex-css.js';
import { REPORT_CSS } from './report-css.js';
import { verdictBadges } from './verdict-badges.js';

// The plugin is CommonJS with `exports.default`; Node's ESM import hands us the exports object.
type Plugin = (md: MarkdownIt, options?: object) => void;
const katex: Plugin = ((katexPlugin as unknown as { default?: Plugin }).default ?? katexPlugin) as Plugin;

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The report's Markdown renderer (raw HTML off, KaTeX, verdict badges), plus any extra plugins. */
export function createRenderer(...extra: ReadonlyArray<(md: MarkdownIt) => void>): MarkdownIt {
  // html: false, so no quote or claim text can become markup; trust: false keeps KaTeX from emitting \href links.
  const md = markdownItFactory({ html: false, linkify: false, typographer: false })
    .use(katex, { throwOnError: false, trust: false })
    .use(verdictBadges);
  for (const plugin of extra) md.use(plugin);
  return md;
}

let renderer: MarkdownIt | null = null;

/** The head of every self-contained page: charset, viewport, title, KaTeX's and the report's CSS. */
export function pageHead(title: string, extraCss = ''): string {
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>${katexCss()}</style>
<style>${REPORT_CSS}${extraCss}</style>
</head>`;
}

/** Renders Markdown (with $…$ math) to one self-contained HTML page. */
export function renderHtml(markdown: string, title: string): string {
  renderer ??= createRenderer();
  return `<!doctype html>
<html lang="en">
${pageHead(title)}
<body>
<main>
${renderer.render(markdown)}</main>
</body>
</html>
`;
}
