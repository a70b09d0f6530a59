// The site's additions to the report stylesheet (report-css.ts): navigation, the quote in its
// paragraph, figures, claim cards, stability flags; then the chapter text's marks (chapter/chapter-css.ts).
import { CHAPTER_CSS } from './chapter/chapter-css.js';

/** Inlined after KaTeX's stylesheet and REPORT_CSS. */
export const SITE_CSS = `
:root { --mark: #fff1a8; --card: #f6f8fa; --accent: #0969da; --unstable: #9a6700; --unstable-bg: #fff8c5; }
@media (prefers-color-scheme: dark) {
  :root { --mark: #6c5200; --card: #151b23; --accent: #4493f8; --unstable: #d29922; --unstable-bg: #2e2a1a; }
}
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
nav.site { border-bottom: 1px solid var(--border); background: var(--zebra); }
nav.site ul { max-width: 68rem; margin: 0 auto; padding: 0.5rem 1.25rem; list-style: none; display: flex; flex-wrap: wrap; gap: 0.3rem 1.1rem; font-size: 0.92em; }
nav.site a[aria-current="page"] { color: var(--fg); font-weight: 600; }
main { max-width: 68rem; }
main h1 { margin-top: 0.4em; }
td a { white-space: nowrap; }
pre code.language-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.lede { color: var(--muted); font-size: 1.05em; }
mark.quote { background: var(--mark); color: inherit; padding: 0.05em 0.1em; border-radius: 3px; }
.context { margin: 0.8em 0; padding: 0.6em 1em; border-left: 0.25em solid var(--quote); background: var(--card); border-radius: 0 6px 6px 0; }
.context p { margin: 0.3em 0; }
.context .where { color: var(--muted); font-size: 0.85em; margin-top: 0.4em; }
section.claim { border-top: 1px solid var(--border); margin-top: 2.2em; padding-top: 0.4em; }
section.claim h2, section.claim h3 { margin-top: 0.8em; border: none; font-size: 1.15em; overflow-wrap: anywhere; }
section.claim > .meta { color: var(--muted); font-size: 0.9em; margin-top: -0.3em; }
figure.plot { margin: 1.2em 0; }
figure.plot svg { max-width: 100%; height: auto; border: 1px solid var(--border); border-radius: 6px; background: #fff; }
figure.plot figcaption { color: var(--muted); font-size: 0.88em; margin-top: 0.3em; max-width: 44rem; }
figure.plot figcaption strong { color: var(--fg); }
.flag-unstable { display: inline-block; color: var(--unstable); background: var(--unstable-bg); border: 1px solid var(--unstable); border-radius: 1em; padding: 0 0.55em; font-size: 0.8em; font-weight: 600; white-space: nowrap; }
.stability { margin: 0.8em 0; }
.jump { font-size: 0.92em; }
footer.site { max-width: 68rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; color: var(--muted); font-size: 0.88em; border-top: 1px solid var(--border); }
${CHAPTER_CSS}`;
