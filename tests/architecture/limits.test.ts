// The size and shape limits that keep the library readable by a newcomer (issue 21). Where the
// code does not meet a limit yet, today's offenders are listed here, and an entry must go as soon
// as its file meets the limit (the test says so), so the lists only shrink.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CODE = /\.(ts|mjs)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const rel = (path: string) => relative(root, path).split(sep).join('/');
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').length - 1;
const codeFiles = (dir: string) => walk(join(root, dir)).filter((f) => CODE.test(f));

const NETS_MAX_LINES = 250;
const FOLDER_MAX_FILES = 15;
const CLAIM_MAX_LINES = 350;

/** Claim files over the limit when it was set (8 of them, 446 to 911 lines): to be split along the source's sub-headings. */
const LONG_CLAIM_FILES: readonly string[] = [
];

/**
 * Where parameters may be updated by an optimizer (`.minimize(` or `applyGradients`): the one training
 * loop and the named exceptions, optimisations that are not training (tests/README.md lists them).
 */
const OPTIMIZER_STEPS: Record<string, string> = {
  'src/nets/train/loop.ts': 'the one training loop',
  'src/nets/train/adam.ts': 'the Adam update the loop (and the path fit below) steps with, tf.train.adam\'s bit for bit',
  'src/nets/landscape/mode-connectivity.ts': 'exception: fits a path between two minima, not a network',
};

/**
 * The layers of src/nets, lowest first: a folder may import from its own rank or below, never
 * above, so the base does not depend on what is built on it.
 */
const NETS_RANK: Record<string, number> = {
  base: 0, published: 0, count: 1, regions: 1, build: 2, theory: 3, train: 4, probe: 5, landscape: 5, experiments: 6,
};

describe('limits', () => {
  it(`no file in src/nets is over ${NETS_MAX_LINES} lines`, () => {
    const over = codeFiles('src/nets').filter((f) => lines(f) > NETS_MAX_LINES).map((f) => `${rel(f)}: ${lines(f)}`);
    expect(over).toEqual([]);
  });

  it(`no folder in src/ holds more than ${FOLDER_MAX_FILES} files`, () => {
    const perFolder = new Map<string, number>();
    for (const f of codeFiles('src')) perFolder.set(rel(dirname(f)), (perFolder.get(rel(dirname(f))) ?? 0) + 1);
    expect([...perFolder].filter(([, n]) => n > FOLDER_MAX_FILES).map(([d, n]) => `${d}: ${n}`)).toEqual([]);
  });

  it(`no claim file is over ${CLAIM_MAX_LINES} lines, except the listed ones`, () => {
    const problems: string[] = [];
    const files = codeFiles('claims').map(rel);
    for (const f of files) {
      const n = lines(join(root, f)), listed = LONG_CLAIM_FILES.includes(f);
      if (!listed && n > CLAIM_MAX_LINES) problems.push(`${f}: ${n} lines`);
      if (listed && n <= CLAIM_MAX_LINES) problems.push(`${f}: ${n} lines now, remove it from LONG_CLAIM_FILES`);
    }
    for (const f of LONG_CLAIM_FILES) if (!files.includes(f)) problems.push(`${f}: gone, remove it from LONG_CLAIM_FILES`);
    expect(problems).toEqual([]);
  });

  it('optimizer steps (.minimize( or applyGradients) only in the listed places', () => {
    const using = [...codeFiles('src'), ...codeFiles('claims')]
      .filter((f) => /\.minimize\(|applyGradients/.test(readFileSync(f, 'utf8'))).map(rel).sort();
    expect(using).toEqual(Object.keys(OPTIMIZER_STEPS).sort());
  });

  it('src/nets imports go from a higher layer to a lower one, never up', () => {
    const up: string[] = [];
    for (const f of codeFiles('src/nets')) {
      const from = rel(f).split('/')[2]!;
      expect(NETS_RANK[from], `${rel(f)}: folder ${from} has no rank in NETS_RANK`).toBeDefined();
      for (const m of readFileSync(f, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = rel(resolve(dirname(f), m[1]!));
        if (!target.startsWith('src/nets/')) continue;
        const to = target.split('/')[2]!;
        if (NETS_RANK[to]! > NETS_RANK[from]!) up.push(`${rel(f)} -> ${target}`);
      }
    }
    expect(up).toEqual([]);
  });
});
