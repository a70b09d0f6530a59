// A sentence's address for people: file, line, section path and ordinal.
import type { Sentence } from './sentences.js';

/** `file.md:12 § 20.1 深度学习的质疑 › 20.1.1 训练 (#14)`. */
export function formatLocator(s: Sentence): string {
  const section = s.headingPath.length ? ` § ${s.headingPath.join(' › ')}` : '';
  return `${s.file}:${s.line}${section} (#${s.ordinal})`;
}
