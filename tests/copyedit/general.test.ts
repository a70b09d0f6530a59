// The rules are general: no chapter's name and no Chinese phrase of four or more characters from
// the sources appears anywhere in the copy-edit code, comments included.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sources } from '../coverage/sources.js';

const root = fileURLToPath(new URL('../../src/copyedit/', import.meta.url));
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const code = files(root).map((f) => ({ file: f.slice(root.length), text: readFileSync(f, 'utf8') }));
const CJK = /[\p{Script=Han}]{4,}/gu;

describe('src/copyedit holds no chapter-specific text', () => {
  it('reads some code and some sources', () => {
    expect(code.length).toBeGreaterThan(10);
    expect(sources.size).toBe(5);
  });

  it('names no chapter', () => {
    for (const chapter of [...sources.keys()].map((f) => f.replace(/\.md$/, ''))) {
      for (const c of code) expect(c.text.includes(chapter), `${c.file} names ${chapter}`).toBe(false);
    }
  });

  it('holds no CJK string of four or more characters that occurs in the sources', () => {
    const book = [...sources.values()].join('\n');
    const found: string[] = [];
    for (const c of code) {
      for (const m of c.text.matchAll(CJK)) {
        // Every four-character window of a longer run counts, not only the run as a whole.
        for (let i = 0; i + 4 <= m[0].length; i++) {
          const w = m[0].slice(i, i + 4);
          if (book.includes(w)) found.push(`${c.file}: ${w}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
