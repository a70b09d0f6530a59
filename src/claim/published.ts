// Published numbers: what a cited paper or figure reported, kept in record modules with where it was reported.
import type { PublishedNumber } from './types.js';

/**
 * A number a paper or figure published. `source` locates it (paper and table, figure or page);
 * null marks a number nobody has located yet, which the report lists as unverified, never as a
 * finding or a supported sentence.
 */
export function published(value: number, source: string | null): PublishedNumber {
  if (!Number.isFinite(value)) throw new TypeError(`published: ${value} is not a finite number`);
  return Object.freeze({ value, source });
}
