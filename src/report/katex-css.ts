// KaTeX's stylesheet with its fonts inlined, so a report renders math with no network and no files beside it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: string | null = null;

/** katex.min.css with each @font-face reduced to its woff2 source, embedded as a data: URI. */
export function katexCss(): string {
  if (cached !== null) return cached;
  const cssPath = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
  const dir = dirname(cssPath);
  // Every browser that renders KaTeX's HTML reads woff2; the woff/ttf fallbacks would triple the file.
  cached = readFileSync(cssPath, 'utf8').replace(/src:([^;}]*)/g, (whole, list: string) => {
    const woff2 = /url\(["']?(fonts\/[^"')]+\.woff2)["']?\)/.exec(list);
    if (!woff2) return whole;
    const data = readFileSync(join(dir, woff2[1]!)).toString('base64');
    return `src:url(data:font/woff2;base64,${data}) format("woff2")`;
  });
  return cached;
}
