// The report's own look: readable prose, bordered tables, coloured verdict badges, a dark variant.

/** The stylesheet inlined into report.html after KaTeX's. */
export const REPORT_CSS = `
:root {
  --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --border: #d1d9e0; --zebra: #f6f8fa; --code-bg: #eff2f5; --quote: #8c959f;
  --supported: #1a7f37; --refuted: #cf222e; --qualified: #bc4c00; --inconclusive: #6e7781; --not-checkable: #57606a; --fault: #8250df;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --border: #3d444d; --zebra: #151b23; --code-bg: #262c36; --quote: #656c76;
    --supported: #3fb950; --refuted: #f85149; --qualified: #f0883e; --inconclusive: #8b949e; --not-checkable: #768390; --fault: #a371f7;
  }
}
html { color-scheme: light dark; }
body {
  margin: 0; color: var(--fg); background: var(--bg); line-height: 1.6;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
}
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.6em; }
h2 { border-bottom: 1px solid var(--border); padding-bottom: 0.3em; }
h3 { margin-top: 2.2em; }
blockquote { margin: 1em 0; padding: 0.2em 1em; border-left: 0.25em solid var(--quote); color: var(--fg); }
blockquote p:last-child { color: var(--muted); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
code { background: var(--code-bg); padding: 0.1em 0.35em; border-radius: 4px; }
pre { background: var(--code-bg); padding: 0.8em 1em; border-radius: 6px; overflow-x: auto; }
pre code { background: none; padding: 0; font-size: inherit; }
table { border-collapse: collapse; margin: 1em 0; display: block; overflow-x: auto; max-width: 100%; }
th, td { border: 1px solid var(--border); padding: 0.3em 0.6em; vertical-align: top; }
th { background: var(--zebra); }
tbody tr:nth-child(even) { background: var(--zebra); }
code.verdict { color: #fff; font-weight: 600; font-family: inherit; font-size: 0.8em; padding: 0.15em 0.55em; border-radius: 1em; white-space: nowrap; }
code.verdict-supported { background: var(--supported); }
code.verdict-refuted { background: var(--refuted); }
code.verdict-qualified { background: var(--qualified); }
code.verdict-inconclusive { background: var(--inconclusive); }
code.verdict-not-checkable { background: var(--not-checkable); }
code.verdict-error, code.verdict-stale { background: var(--fault); }
.katex { font-size: 1.1em; }
.katex-block { overflow-x: auto; overflow-y: hidden; }
.katex-error { color: var(--refuted); }
`;
