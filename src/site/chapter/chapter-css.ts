// The chapter page's look: marks coloured by verdict like a coverage report, each also told apart by
// its underline and icon (never colour alone), the legend, and evidence panels that open on :target.

/** Inlined after SITE_CSS. */
export const CHAPTER_CSS = `
:root {
  --s-supported: #dafbe1; --s-refuted: #ffebe9; --s-qualified: #fff1e5; --s-inconclusive: #eaeef2; --s-fault: #f5e8ff; --s-fault-2: #e4ccff;
}
@media (prefers-color-scheme: dark) {
  :root { --s-supported: #12361f; --s-refuted: #4a1a1c; --s-qualified: #4a2a12; --s-inconclusive: #2a3038; --s-fault: #2e1f4a; --s-fault-2: #432c6b; }
}
.chapter-text { font-size: 1.04rem; line-height: 1.95; border: 1px solid var(--border); border-radius: 6px; padding: 0.6em 1.4em; margin: 1em 0 2em; overflow-wrap: anywhere;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif; }
.chapter-text h1, .chapter-text h2, .chapter-text h3 { border: none; }
a.s { color: inherit; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 0.25em; border-radius: 2px; padding: 0.1em 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
a.s:hover { filter: brightness(0.95); }
a.s:focus-visible, a.s:target { outline: 3px solid var(--accent); outline-offset: 1px; }
a.s.s-block { display: block; text-decoration: none; border-left: 4px solid; padding: 0 0.5em; }
.s-icon { font-size: 0.72em; font-weight: 700; vertical-align: super; margin-left: 0.12em; line-height: 0; font-family: "DejaVu Sans", system-ui, sans-serif; }
.v-supported { --v: var(--supported); background: var(--s-supported); text-decoration-style: solid; }
.v-refuted { --v: var(--refuted); background: var(--s-refuted); text-decoration-style: wavy; }
.v-qualified { --v: var(--qualified); background: var(--s-qualified); text-decoration-style: dashed; }
.v-inconclusive { --v: var(--inconclusive); background: var(--s-inconclusive); text-decoration-style: dotted; }
.v-not-checkable { --v: var(--not-checkable); background: transparent; text-decoration-style: dotted; text-decoration-thickness: 1px; }
.v-error, .v-stale { --v: var(--fault); background: repeating-linear-gradient(135deg, var(--s-fault) 0 6px, var(--s-fault-2) 6px 12px); text-decoration-style: double; }
a.s, .swatch { text-decoration-color: var(--v); border-color: var(--v); }
.s-icon { color: var(--v); }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.swatch { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 0.25em; padding: 0.05em 0.4em; border-radius: 3px; white-space: nowrap; }
.legend { border: 1px solid var(--border); border-radius: 6px; padding: 0.5em 1em; background: var(--card); }
.legend p { margin: 0.3em 0; }
.legend ul { list-style: none; padding: 0; margin: 0.4em 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 0.3em 1.2em; }
.legend-count { font-weight: 700; font-variant-numeric: tabular-nums; }
.legend-means { color: var(--muted); font-size: 0.88em; }
.evidence { display: none; margin: 0.4em 0 1.4em; padding: 0.4em 1em 0.6em; border: 1px solid var(--border); border-left: 5px solid var(--v); border-radius: 0 6px 6px 0; background: var(--card); font-size: 0.95rem; line-height: 1.6; scroll-margin-top: 30vh; }
.evidence:target { display: block; }
.evidence .ev-head { font-weight: 600; }
.evidence .ev-quote { border-left: 3px solid var(--quote); padding-left: 0.8em; }
.evidence .assertion { border-top: 1px solid var(--border); margin-top: 0.5em; }
.evidence .reading { margin-left: 0.8em; padding-left: 0.8em; border-left: 2px solid var(--border); }
.evidence[class] { background: var(--card); text-decoration: none; }
.evidence th { white-space: nowrap; }
.evidence td:first-child { min-width: 7em; }
.xref { border-bottom: 1px solid var(--border); }
.figure-ref { display: inline-block; border: 1px dashed var(--border); border-radius: 4px; padding: 0.2em 0.6em; color: var(--muted); }
.figure-file { font-size: 0.85em; }
.not-placed li { margin: 0.3em 0; }
@media (max-width: 40rem) {
  .chapter-text { padding: 0.4em 0.7em; font-size: 1rem; }
  .evidence { padding: 0.3em 0.6em; }
  .evidence .reading { margin-left: 0; padding-left: 0.5em; }
  .legend ul { grid-template-columns: 1fr; }
}
`;
