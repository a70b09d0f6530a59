import { describe, it, expect } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { claim, results, sampleResults } from './fixtures/build.js';

const hostile = claim({
  source: { file: 'evil.md', quote: '若 $\\sqrt{2}$ 则 <script>alert(1)</script> <img src=x onerror=alert(2)> [点我](javascript:alert(3))', line: 1 },
  statement: 'See <a href="https://evil.example">here</a> and https://evil.example and $\\href{https://evil.example}{x}$.',
  summary: '<iframe src="https://evil.example"></iframe>',
  evidence: { ...claim().evidence, records: { '<b>name</b>': '<i>value</i>' } },
});
const html = renderHtml(renderMarkdown(results([hostile, ...sampleResults().claims])), 'claimcheck <report>');
const tags = (s: string): string[] => s.match(/<[a-zA-Z][^>]*>/g) ?? [];

describe('renderHtml', () => {
  it('is one offline page with its charset, language and title', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>claimcheck &lt;report&gt;</title>');
  });

  it('renders hostile source text as text, not markup', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(tags(html).filter((t) => /^<(img|iframe|a|script|object|embed)\b/i.test(t))).toEqual([]);
    expect(tags(html).some((t) => /\son\w+=/i.test(t))).toBe(false);
    expect(html).not.toMatch(/href=["']?javascript:/i);
  });

  it('renders math server-side with KaTeX', () => {
    expect(html).toContain('class="katex"');
    expect(html).toContain('<annotation encoding="application/x-tex">\\sqrt{2}</annotation>');
  });

  it('references no external URL', () => {
    const links = tags(html).flatMap((t) => [...t.matchAll(/\s(?:src|href|action|poster)\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1]!));
    expect(links.filter((l) => /^(https?:)?\/\//i.test(l))).toEqual([]);
    expect(html).not.toMatch(/<script\s[^>]*src/i);
    expect(html).not.toMatch(/@import/);
    const urls = [...html.matchAll(/url\(\s*["']?([^"')]*)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.startsWith('data:font/woff2;base64,'))).toBe(true);
  });

  it('inlines only the woff2 fonts', () => {
    expect(html).not.toMatch(/\.(woff|ttf)\b/);
    expect(html).not.toContain('format("truetype")');
  });

  it('turns verdict names in inline code into coloured badges', () => {
    expect(html).toContain('<code class="verdict verdict-refuted">refuted</code>');
    expect(html).toContain('<code class="verdict verdict-stale">stale</code>');
    expect(html).toMatch(/code\.verdict-refuted \{ background: var\(--refuted\)/);
    expect(html).toContain('prefers-color-scheme: dark');
  });
});
