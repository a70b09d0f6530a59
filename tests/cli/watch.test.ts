// `claimcheck watch` as a real process on a temporary copy of the cache fixture project: an edited
// number is re-checked and its new verdict printed; the unchanged claim is not re-checked; Ctrl-C exits 0.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyCacheProject, type CacheProject } from '../cache/cache-project.js';

const BIN = fileURLToPath(new URL('../../bin/claimcheck.js', import.meta.url));
let project: CacheProject;

beforeAll(() => { project = copyCacheProject(); });
afterAll(() => project.remove());

/** Resolves when the output so far matches `pattern`; rejects after `ms`. */
function waitFor(read: () => string, pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const t = setInterval(() => {
      const m = read().match(pattern);
      if (m) { clearInterval(t); resolve(m); } else if (Date.now() - started > ms) { clearInterval(t); reject(new Error(`no ${pattern} within ${ms} ms in:\n${read()}`)); }
    }, 20);
  });
}

describe('claimcheck watch', () => {
  it('re-checks the claim whose number was edited, prints its new verdict, and stops cleanly on Ctrl-C', async () => {
    const child = spawn(process.execPath, [BIN, 'watch', 'cachefix', '--budget', 'quick', '--workers', '1', '--registry', project.registry, '--sources', project.sources, '--out', join(project.dir, 'reports/watch')]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const before = await waitFor(() => out, /(\S+) +cachefix\/sum \(line 3\): 3 \+ 4: 7 vs band \[7, 7\]/, 60_000);
      await waitFor(() => out, /watching /, 10_000);
      project.edit('sources/cachefix.md', '三加四等于 7', '三加四等于 8');
      const after = await waitFor(() => out.slice(out.indexOf('cachefix.md saved')), /saved[\s\S]*?(\S+) +cachefix\/sum \(line 3\): 3 \+ 4: 7 vs band \[8, 8\][\s\S]*done in/, 30_000);
      // The engine's verdict follows the edited number (which verdict is the engine's business).
      expect(after[1]).not.toBe(before[1]);
      expect(out.slice(out.indexOf('cachefix.md saved'))).not.toContain('cachefix/product');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(out).toContain('claimcheck watch: stopped');
  }, 120_000);
});
