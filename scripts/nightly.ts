// `npm run nightly`: what .github/workflows/nightly.yml does, on this machine, into a local folder.
// Shards run one after another, then the merge, then the site. See src/site/nightly-plan.ts.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NIGHTLY_HELP, NightlyUsageError, nightlyPaths, nightlyPlan, parseNightlyArgs } from '../src/site/nightly-plan.js';

const BIN = fileURLToPath(new URL('../bin/claimcheck.js', import.meta.url));

function tfjsNodeInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('@tensorflow/tfjs-node');
    return true;
  } catch {
    return false;
  }
}

function main(argv: string[]): number {
  let options;
  try {
    options = parseNightlyArgs(argv);
  } catch (e) {
    if (!(e instanceof NightlyUsageError)) throw e;
    process.stderr.write(`nightly: ${e.message}\n\n${NIGHTLY_HELP}`);
    return 2;
  }
  if (!options) {
    process.stdout.write(NIGHTLY_HELP);
    return 0;
  }
  const started = Date.now();
  let plan = nightlyPlan(options);
  // The default parity step compares tfjs-node with wasm, which only a machine that could install
  // tfjs-node can run; elsewhere it is skipped, not failed, unless the backends were asked for.
  if (!argv.some((a) => a.startsWith('--parity-backends')) && options.parityBackends.split(',').includes('tensorflow') && !tfjsNodeInstalled()) {
    process.stderr.write('nightly: @tensorflow/tfjs-node is not installed here, so the parity step (tensorflow against wasm) is skipped; --parity-backends wasm,cpu compares the bundled backends\n');
    plan = plan.filter((s) => s.step !== 'parity');
  }
  for (const step of plan) {
    rmSync(step.fresh, { recursive: true, force: true });
    process.stderr.write(`\n$ claimcheck ${step.argv.join(' ')}\n`);
    const t = Date.now();
    const r = spawnSync(process.execPath, [BIN, ...step.argv], { stdio: 'inherit' });
    const code = r.status ?? 1;
    process.stderr.write(`nightly: ${step.step} exited ${code} after ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
    if (!step.ok.includes(code)) {
      process.stderr.write(`nightly: stopping: ${step.step} failed (exit ${code}${r.signal ? `, ${r.signal}` : ''})\n`);
      return code === 0 ? 1 : code;
    }
    if (code === 1) process.stderr.write('nightly: some claims errored or went stale; they are reported as faults of the suite, and the job goes on\n');
  }
  const site = join(resolve(nightlyPaths(options.out).site), 'index.html');
  if (options.steps.includes('site')) process.stdout.write(`nightly: site at ${site}\n`);
  process.stdout.write(`nightly: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
