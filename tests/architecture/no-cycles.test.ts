// No import cycle in src/: a cycle makes the load order decide which module sees the other half
// undefined, and it hides which layer rests on which. Type-only imports count too, since they
// tie the two modules' meanings together just the same.
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

describe('src/ imports', () => {
  it('form no cycle', async () => {
    const graph = await madge(src, {
      fileExtensions: ['ts', 'mjs'],
      tsConfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
      detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
    });
    expect(Object.keys(graph.obj()).length, 'madge found no modules: the path or tsconfig is wrong').toBeGreaterThan(100);
    expect(graph.circular().map((c) => c.join(' -> '))).toEqual([]);
  }, 120_000);
});
