// A temporary copy of the cache fixture project (claims, helpers, a chapter) that a test may edit.
// It sits at the fixture's depth under tests/.tmp, so its claims' relative imports of src/ still resolve.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURE = fileURLToPath(new URL('../fixtures/cache-project', import.meta.url));
const TMP = fileURLToPath(new URL('../.tmp', import.meta.url));

export interface CacheProject {
  dir: string;
  registry: string;
  sources: string;
  chapter: string;
  /** Replaces `from` (which must occur) by `to` in a file of the copy. */
  edit(relativePath: string, from: string, to: string): void;
  remove(): void;
}

export function copyCacheProject(): CacheProject {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, 'cache-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return {
    dir,
    registry: join(dir, 'claims/index.ts'),
    sources: join(dir, 'sources'),
    chapter: join(dir, 'sources/cachefix.md'),
    edit(relativePath, from, to) {
      const path = join(dir, relativePath);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(from)) throw new Error(`${relativePath} does not contain «${from}»`);
      writeFileSync(path, text.replace(from, to));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
