// .github/workflows/nightly.yml: valid for GitHub's own parser, and running the same claimcheck
// commands as `npm run nightly` (the parity job beside a shard matrix, then merge and site).
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nightlyPaths, nightlyPlan, parseNightlyArgs } from '../../src/site/nightly-plan.js';

// The parser imports its schema JSON without an import attribute, which Node's own loader refuses
// in vitest's externalised node_modules; tsx's loader accepts it.
const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await tsImport('@actions/workflow-parser', import.meta.url) as typeof import('@actions/workflow-parser');

const PATH = new URL('../../.github/workflows/nightly.yml', import.meta.url);
const text = readFileSync(PATH, 'utf8');

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; if?: string }
interface Job { needs?: string | string[]; steps: Step[]; strategy?: { matrix: Record<string, unknown[]> }; permissions?: Record<string, string>; environment?: { name: string } }
const wf = parse(text, { uniqueKeys: true, strict: true }) as { on: Record<string, unknown>; env: Record<string, string | number>; jobs: Record<string, Job> };

const SEED = '42';
const env = { ...wf.env, BUDGET: 'full', SEED };

// The arguments after `npm run nightly --`, with the workflow's env and matrix values put in.
function nightlyArgs(run: string, matrix: Record<string, unknown>): string[] {
  const line = run.split('\n').find((l) => l.includes('npm run nightly --'))!;
  const filled = line
    .replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_m, k: string) => String(matrix[k]))
    .replace(/\$(\w+)/g, (_m, k: string) => String(env[k as keyof typeof env]));
  const after = filled.slice(filled.indexOf('--') + 2);
  return [...after.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const nightlySteps = (job: Job) => job.steps.filter((s) => s.run?.includes('npm run nightly'));

describe('the nightly workflow', () => {
  it("passes GitHub's workflow parser without an error", async () => {
    const parsed = parseWorkflow({ name: 'nightly.yml', content: text }, new NoOperationTraceWriter());
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
    // Conversion validates further (cron syntax, expression contexts) into the same error list.
    expect(parsed.context.errors.getErrors().map((e: { message: string }) => e.message)).toEqual([]);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.map((j: { id: unknown }) => String(j.id))).toEqual(['shard', 'parity', 'site', 'deploy']);
  });

  it('would catch a broken workflow (the check has teeth)', async () => {
    const breakages = [
      ['runs-on: ubuntu-latest\n    timeout-minutes: 240', 'runs-onn: ubuntu-latest\n    timeout-minutes: 240'],
      ["cron: '17 2 * * *'", "cron: '77 2 * * *'"],
      ['name: shard ${{ matrix.shard }}', 'name: shard ${{ env.OUT }}'],
    ];
    for (const [from, to] of breakages) {
      const parsed = parseWorkflow({ name: 'broken.yml', content: text.replace(from!, to!) }, new NoOperationTraceWriter());
      if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value);
      expect(parsed.context.errors.getErrors().length, to).toBeGreaterThan(0);
    }
  });

  it('runs on a schedule and by hand, at the full budget by default', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(String(wf.env.BUDGET)).toContain("'full'");
    expect(parseNightlyArgs([])!.budget).toBe('full');
  });

  it('runs exactly the commands `npm run nightly` runs: parity beside the shards across the matrix, then merge and site', () => {
    const shards = Number(wf.env.SHARDS);
    expect(wf.jobs.shard!.strategy!.matrix.shard).toEqual(Array.from({ length: shards }, (_, i) => i + 1));
    expect(parseNightlyArgs([])!.shards).toBe(shards);
    const inWorkflow = [
      ...nightlySteps(wf.jobs.parity!).flatMap((s) => nightlyPlan(parseNightlyArgs(nightlyArgs(s.run!, {}))!)),
      ...wf.jobs.shard!.strategy!.matrix.shard!.flatMap((k) => nightlySteps(wf.jobs.shard!).flatMap((s) => nightlyPlan(parseNightlyArgs(nightlyArgs(s.run!, { shard: k }))!))),
      ...nightlySteps(wf.jobs.site!).flatMap((s) => nightlyPlan(parseNightlyArgs(nightlyArgs(s.run!, {}))!)),
    ];
    const local = nightlyPlan(parseNightlyArgs(['--budget', 'full', '--shards', String(shards), '--seed', SEED, '--out', String(wf.env.OUT)])!);
    expect(inWorkflow.map((s) => s.argv)).toEqual(local.map((s) => s.argv));
    expect(local.map((s) => s.argv[0])).toEqual(['parity', ...Array(shards).fill('run'), 'merge', 'site']);
    // The parity job compares tfjs-node, the shards' backend, with wasm at the quick budget.
    expect(inWorkflow[0]!.argv.slice(0, 5)).toEqual(['parity', '--backends', 'tensorflow,wasm', '--budget', 'quick']);
    // No claimcheck command of its own: everything goes through the nightly script.
    const runs = Object.values(wf.jobs).flatMap((j) => j.steps.flatMap((s) => (s.run ? [s.run] : [])));
    expect(runs.filter((r) => /claimcheck|bin\/claimcheck/.test(r))).toEqual([]);
  });

  it('installs with install scripts allowed, so tfjs-node can fetch its native library', () => {
    const installs = Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => s.run?.startsWith('npm ci')));
    expect(installs).toHaveLength(3);
    for (const s of installs) expect(s.run).not.toContain('--ignore-scripts');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.allowScripts['@tensorflow/tfjs-node']).toBe(true);
    expect(pkg.scripts.nightly).toBe('node --import tsx scripts/nightly.ts');
  });

  it('hands the shards to the merge, keeps the history, uploads the site and deploys it to Pages', () => {
    const out = String(wf.env.OUT);
    const paths = nightlyPaths(out);
    const uses = (job: Job, action: string) => job.steps.filter((s) => s.uses?.startsWith(`${action}@`));
    expect(uses(wf.jobs.shard!, 'actions/upload-artifact')[0]!.with!.path).toBe(paths.shard(0).replace('shard-0', 'shard-${{ matrix.shard }}').replace(out, '${{ env.OUT }}'));
    expect(uses(wf.jobs.site!, 'actions/download-artifact')[0]!.with).toMatchObject({ pattern: 'shard-*', path: '${{ env.OUT }}' });
    expect([wf.jobs.site!.needs].flat()).toEqual(['shard', 'parity']);
    // The parity report reaches the site where its step reads it.
    expect(uses(wf.jobs.parity!, 'actions/upload-artifact')[0]!.with).toMatchObject({ name: 'parity', path: paths.parity.replace(out, '${{ env.OUT }}') });
    expect(uses(wf.jobs.site!, 'actions/download-artifact')[1]!.with).toMatchObject({ name: 'parity', path: paths.parity.replace(out, '${{ env.OUT }}') });
    const site0 = nightlyPlan(parseNightlyArgs(['--step', 'site', '--out', out])!)[0]!.argv;
    expect(site0[site0.indexOf('--parity') + 1]).toBe(`${paths.parity}/parity.json`);
    const history = '${{ env.OUT }}/history.jsonl';
    expect(paths.history).toBe(`${out}/history.jsonl`);
    expect(uses(wf.jobs.site!, 'actions/cache/restore')[0]!.with!.path).toBe(history);
    expect(uses(wf.jobs.site!, 'actions/cache/save')[0]!.with!.path).toBe(history);
    const site = '${{ env.OUT }}/site';
    expect(paths.site).toBe(`${out}/site`);
    expect(uses(wf.jobs.site!, 'actions/upload-artifact')[0]!.with!.path).toBe(site);
    expect(uses(wf.jobs.site!, 'actions/upload-pages-artifact')[0]!.with!.path).toBe(site);
    const deploy = wf.jobs.deploy!;
    expect([deploy.needs].flat()).toEqual(['site']);
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(deploy.environment!.name).toBe('github-pages');
    expect(uses(deploy, 'actions/deploy-pages')).toHaveLength(1);
  });
});
