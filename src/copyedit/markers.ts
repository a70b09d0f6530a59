// The book's link and citation markers (`[term](@key:N)`, `[@key:N]`), and the well-formed forms
// learned from how often each shape occurs: a shape the book uses again and again is its convention.
import type { ChapterText } from './chapter-text.js';

export interface Marker {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `link` for `](@key:value)`, `cite` for `[@key:value]`, `bare` for an `@key:value` in neither. */
  readonly kind: 'link' | 'cite' | 'bare';
  readonly key: string;
  /** The marker with its digits as N: `](@entry_id:N)`. */
  readonly shape: string;
}

const MARKER = /\]\(@([^\s():\]]+):([^\s()]*)\)|\[@([^\s:\]]+):([^\]\s]*)\]|@([A-Za-z][\w-]*):(\S*?)(?=[\s)\]，。；、]|$)/g;

export function markers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const kind = m[1] !== undefined ? 'link' : m[3] !== undefined ? 'cite' : 'bare';
    const key = m[1] ?? m[3] ?? m[5] ?? '';
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind, key, shape: m[0].replace(/\d+/g, 'N') });
  }
  return out;
}

/** A shape is a convention when it occurs at least `min` times across the book. */
export function learnedForms(book: readonly ChapterText[], min = 5): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of book) for (const m of markers(ch.text)) counts.set(m.shape, (counts.get(m.shape) ?? 0) + 1);
  return new Map([...counts].filter(([, n]) => n >= min));
}
