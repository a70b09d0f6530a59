// Small Markdown pieces shared by the report sections; private to src/report.
import type { ClaimResult, Verdict } from '../results/schema.js';
import { escapeMarkdown } from './escape.js';
import { formatNumber } from './format-number.js';

type Scalar = number | string | boolean;

/** Source or claim text made safe where it starts a line (its own paragraph, a quote). */
export const text = (s: string): string => escapeMarkdown(s);

/** Source or claim text made safe after a label on the same line. */
export const after = (s: string): string => escapeMarkdown(s, { midLine: true });

/** Text for a heading or list item, which must stay on one line. */
export const oneLine = (s: string): string => escapeMarkdown(s.replace(/\s*\n\s*/g, ' '), { midLine: true });

/** Source or claim text made safe for a table cell. */
export const cell = (s: string): string => escapeMarkdown(s, { cell: true });

/** A verdict as inline code: the HTML renderer turns exactly these into coloured badges. */
export const badge = (v: Verdict): string => `\`${v}\``;

/** Errors and stale anchors are failures of the suite, never statements about the text. */
export const isFault = (v: Verdict): boolean => v === 'error' || v === 'stale';

const scalar = (v: Scalar): string => (typeof v === 'number' ? formatNumber(v) : String(v));

/** `k=v, …` for case parameters and records; a dash when there are none. */
export function whereText(where: Readonly<Record<string, Scalar>> | null | undefined): string {
  const entries = Object.entries(where ?? {});
  return entries.length ? entries.map(([k, v]) => `${k}=${scalar(v)}`).join(', ') : '—';
}

/** `[lo, hi]`; in a band a null end is open, so it prints as an infinity. */
export function interval(pair: readonly [number | null, number | null] | null, open = false): string {
  if (!pair) return '—';
  const end = (x: number | null, inf: number): string => formatNumber(x === null && open ? inf : x);
  return `[${end(pair[0], -Infinity)}, ${end(pair[1], Infinity)}]`;
}

// A code fence or span must be longer than any backtick run inside it.
const longestTicks = (s: string): number => Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));

/** A fenced block whose content is shown (and copied) verbatim. */
export function fenced(content: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestTicks(content) + 1));
  return `${fence}${info}\n${content.replace(/\n+$/, '')}\n${fence}`;
}

/** An inline code span holding `content` verbatim. */
export function codeSpan(content: string): string {
  const ticks = '`'.repeat(longestTicks(content) + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${content.replace(/\s*\n\s*/g, ' ')}${pad}${ticks}`;
}

/** Prefixes Markdown lines with `> `. */
export const blockquote = (markdown: string): string => markdown.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');

/** The Chinese quote as a block quote, with the file and line it anchors to. */
export function quoteBlock(c: ClaimResult): string {
  const where = c.source.line === null ? c.source.file : `${c.source.file}:${c.source.line}`;
  return blockquote(`${text(c.source.quote)}\n\n— ${after(where)}`);
}

/** Milliseconds as a short human duration. */
export function durationText(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.floor(s - 60 * m)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Chapters in the order their first claim appears (claims arrive in source order). */
export const chaptersInOrder = (claims: readonly ClaimResult[]): string[] => [...new Set(claims.map((c) => c.chapter))];
