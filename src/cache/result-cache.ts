// Claim results kept by key on disk, one file each, so a later run reuses what has not changed.
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { claimResultSchema, type ClaimResult } from '../results/schema.js';

/** A folder of cached results; an unreadable entry is skipped with a warning, never fatal. */
export class ResultCache {
  /** With `read: false` (--fresh) nothing is reused, but new results are still stored for later runs. */
  constructor(readonly dir: string, private readonly warn: (message: string) => void, private readonly options: { read: boolean } = { read: true }) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The result stored under `key`, or null when there is none or it cannot be read. */
  get(key: string): ClaimResult | null {
    const path = this.path(key);
    if (!this.options.read || !existsSync(path)) return null;
    try {
      const entry = JSON.parse(readFileSync(path, 'utf8')) as { key?: unknown; result?: unknown };
      const parsed = claimResultSchema.safeParse(entry.result);
      if (entry.key === key && parsed.success) return parsed.data;
      this.warn(`ignoring cache entry ${path}: not a result stored under its key`);
    } catch (e) {
      this.warn(`ignoring cache entry ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return null;
  }

  /** Stores a result; written to a temporary file and renamed, so a reader never sees half of it. */
  put(key: string, result: ClaimResult): void {
    const path = this.path(key);
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      writeFileSync(tmp, JSON.stringify({ key, result }));
      renameSync(tmp, path);
    } catch (e) {
      this.warn(`could not write cache entry ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
