// report.html: the Markdown report rendered once, server-side, into a single file that works offline.
import markdownItFactory, { type MarkdownIt } from 'markdown-it';
import katexPlugin from '@vscode/markdown-it-katex';
import { katexCss } from './katex-css.js';
import { REPORT_CSS } from './report-css.js';
import { verdictBadges } from './verdict-badges.js';

// The plugin is CommonJS with `exports.default`; Node's ESM import hands us the exports object.
type Plugin = (md: MarkdownIt, options?: object) => void;
const katex: Plugin = ((katexPlugin as unknown as { default?: Plugin }).default ?? katexPlugin) as Plugin;

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let renderer: MarkdownIt | null = null;

function markdownIt(): MarkdownIt {
  // html: false, so no quote or claim text can become markup; trust: false keeps KaTeX from emitting \href links.
  renderer ??= markdownItFactory({ html: false, linkify: false, typographer: false })
    .use(katex, { throwOnError: false, trust: false })
    .use(verdictBadges);
  return renderer;
}

/** Renders Markdown (with $…$ math) to one self-contained HTML page. */
export function renderHtml(markdown: string, title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>${katexCss()}</style>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${markdownIt().render(markdown)}</main>
</body>
</html>
`;
}
