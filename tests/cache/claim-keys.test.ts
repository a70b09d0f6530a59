// Cache keys change exactly when something a claim's result depends on changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorText } from '../../src/cache/anchor-text.js';
import { claimKeys, codeFingerprints, type RunIdentity } from '../../src/cache/claim-keys.js';
import { splitSentences } from '../../src/coverage/sentences.js';
import { loadRegistry } from '../../src/runner/registry.js';
import type { Claim } from '../../src/claim/types.js';
import { copyCacheProject, type CacheProject } from './cache-project.js';

let project: CacheProject;
let claims: Claim[];
let run: RunIdentity;

const keysNow = async (over: Partial<RunIdentity> = {}) => claimKeys(claims, await codeFingerprints(claims), { ...run, ...over });
/** The ids whose key differs between two key sets. */
const changed = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((id) => a.get(id) !== b.get(id)).sort();

beforeAll(async () => {
  project = copyCacheProject();
  claims = await loadRegistry(project.registry);
  run = { sourcesDir: project.sources, seed: 1, budget: 'quick', backend: 'wasm' };
});
afterAll(() => project.remove());

describe('result cache keys', () => {
  it('are stable when nothing changes', async () => {
    const a = await keysNow();
    expect(a.size).toBe(4);
    expect(changed(a, await keysNow())).toEqual([]);
  });

  it('change for the claims that import an edited helper module, and only for them', async () => {
    const before = await keysNow();
    project.edit('claims/helpers/add.ts', 'a + b', 'b + a');
    expect(changed(before, await keysNow())).toEqual(['cachefix/sum']);
    const middle = await keysNow();
    project.edit('claims/helpers/stated-number.ts', 'Number(m[1])', 'Number(m[1]!)');
    expect(changed(middle, await keysNow())).toEqual(['cachefix/product', 'cachefix/sum']);
  });

  it('change for a claim whose own definition changed, and only for it', async () => {
    const before = await keysNow();
    project.edit('claims/product.ts', 'Three times four equals', 'Three multiplied by four equals');
    expect(changed(before, await keysNow())).toEqual(['cachefix/product']);
  });

  it('change for the claim whose sentence changed, and for a claim that reads the whole chapter', async () => {
    const before = await keysNow();
    project.edit('sources/cachefix.md', '三乘四等于 12', '三乘四等于 13');
    expect(changed(before, await keysNow())).toEqual(['cachefix/outline', 'cachefix/product']);
  });

  it('stay when other text changes or lines move above the sentence, except for a claim that reads the whole chapter', async () => {
    const before = await keysNow();
    project.edit('sources/cachefix.md', '这一段只是叙述', '这一段仍然只是叙述');
    project.edit('sources/cachefix.md', '# 缓存测试章\n', '# 缓存测试章\n\n新加的一段。\n');
    expect(changed(before, await keysNow())).toEqual(['cachefix/outline']);
  });

  it('change for a claim that reads the chapter\'s headings when a heading changes, and not when a sentence does', async () => {
    const before = await keysNow();
    project.edit('sources/cachefix.md', '没有断言', '没有任何断言');
    expect(changed(before, await keysNow())).toEqual(['cachefix/outline']);
    const middle = await keysNow();
    project.edit('sources/cachefix.md', '# 缓存测试章', '# 缓存测试章（修订）');
    expect(changed(middle, await keysNow())).toEqual(['cachefix/outline', 'cachefix/title']);
  });

  it('change for every claim with the seed, the budget or the backend', async () => {
    const before = await keysNow();
    for (const over of [{ seed: 2 }, { budget: 'standard' as const }, { backend: 'cpu' }]) {
      expect(changed(before, await keysNow(over)), JSON.stringify(over)).toEqual(['cachefix/outline', 'cachefix/product', 'cachefix/sum', 'cachefix/title']);
    }
  });

  it('anchor a quote with slots to the sentence its values are in, not to its neighbours', () => {
    const anchor = (text: string, quote: string) => anchorText(splitSentences('x.md', text), text, quote);
    const text = '三加四等于 8，三乘四等于 13。二的十次方是 1024。\n\n正方形的面积是边长的平方 a2。本章有 2 个标题。\n';
    expect(anchor(text, '二的十次方是 {n:int}')).toBe('二的十次方是 1024。');
    expect(anchor(text, '本章有 {k:int} 个标题')).toBe('本章有 2 个标题。');
    expect(anchor(text.replace('13', '12'), '二的十次方是 {n:int}')).toBe('二的十次方是 1024。');
    expect(anchor(text.replace('13', '12'), '三乘四等于 {p:int}')).toBe('三加四等于 8，三乘四等于 12。');
  });
});
