// The claimcheck command line: commands, their options (declared in options.ts) and exit codes.
import { Command, CommanderError } from 'commander';
import { ClaimDefinitionError } from '../claim/define-claim.js';
import { RegistryError } from '../runner/registry.js';
import { ResumeMismatchError } from '../runner/run-suite.js';
import { EXIT } from './exit-codes.js';
import { UsageError } from './filter.js';
import { option } from './options.js';
import type { Io } from './commands/io.js';
import { runCommand } from './commands/run.js';
import { listCommand } from './commands/list.js';
import { replayCommand } from './commands/replay.js';
import { reportCommand } from './commands/report.js';
import { showCommand } from './commands/show.js';
import { coverageCommand } from './commands/coverage.js';
import { newClaimCommand } from './commands/new-claim.js';
import { mergeCommand } from './commands/merge.js';
import { siteCommand } from './commands/site.js';
import { watchCommand } from './commands/watch.js';
import { copyeditCommand } from './commands/copyedit.js';
import { parityCommand } from './commands/parity.js';
import { stabilityCommand } from './commands/stability.js';
import { fixCommand } from './commands/fix.js';

function program(io: Io, setCode: (code: number) => void): Command {
  const p = new Command('claimcheck')
    .description('Checks every statement of a textbook chapter by computation and reports what holds.\n' +
      'Verdicts: supported, refuted, qualified, inconclusive, not-checkable; error and stale are faults of the suite.')
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  const filters = ['chapter', 'claim', 'kind'] as const;
  const run = p.command('run', { isDefault: true })
    .description('run claims, write results.json, report.md and report.html (the default command)');
  for (const o of [...filters, 'seed', 'budget', 'backend', 'workers', 'shard', 'out', 'resume', 'profile', 'failOn', 'registry', 'sources'] as const) run.addOption(option(o));
  run.addOption(option('fresh'));
  run.action(async (flags) => setCode(await runCommand(flags, io)));

  const watch = p.command('watch <chapter>').description('on each save of the chapter, re-check the claims whose sentence changed and print their new verdicts (Ctrl-C stops)');
  for (const o of ['seed', 'budget', 'backend', 'workers', 'watchOut', 'registry', 'sources'] as const) watch.addOption(option(o));
  watch.action(async (chapter: string, flags) => setCode(await watchCommand(chapter, flags, io)));
  const fix = p.command('fix')
    .description('write the corrections of a run\'s findings as a unified diff against the chapters; --write applies them and re-checks')
    .addHelpText('after', `
Reads the findings of a run (--results, default reports/latest/results.json) and makes each
finding's correction, content and copy-edit alike, an edit of the chapter as it reads now: the
span it names is found in the sentence the run quoted, and only the characters that change are
edited, so two findings on one sentence (different numbers in it) never collide. Edits that
overlap with different text are a conflict: neither finding is applied. A finding whose
correction is only what was observed, or whose span is no longer in the text verbatim, is
listed as needing the author's hand, never forced.

Without a selection, lists the findings and whether each is an edit. With --finding or --all,
prints the edits as a unified diff on stdout (git apply or patch -p1 take it in the folder that
holds sources/; the summary goes to stderr). With --write, applies them to the files, re-checks
the claims of every edited sentence at the run's seed and budget (unchanged results come from
the cache), and prints per sentence the text before and after and the new verdicts, then how
many fixed findings now hold.

Examples:
  claimcheck fix                                   the findings and which are edits
  claimcheck fix --all > fix.patch                 every edit, as a diff
  claimcheck fix --finding <id> --write            apply one finding's edit and re-check
Exit codes: 0 done (findings left for the author's hand are listed), 1 a re-checked claim
errored or went stale, 2 bad arguments, no results yet, or an unknown finding id.`);
  for (const o of ['results', 'finding', 'fixAll', 'write', 'fixOut', 'workers', 'backend', 'registry', 'sources'] as const) fix.addOption(option(o));
  fix.action(async (flags) => setCode(await fixCommand(flags, io)));

  const parity = p.command('parity')
    .description('run claims on two or more backends with the same seed and compare verdicts and measurements claim by claim')
    .addHelpText('after', `
Exact, arithmetic and architecture claims must agree on the verdict and on every measurement within
float tolerance; statistical and experiment claims must agree on the verdict, and each mean must
differ by less than its interval width. Not-checkable claims are skipped. Writes parity.json,
parity.md and each backend's results.json into --out, differences first.
Exit codes: 0 no difference, 3 a difference was found, 2 bad arguments or a backend that cannot load.`);
  for (const o of ['backends', ...filters, 'seed', 'budget', 'workers', 'parityOut', 'registry', 'sources'] as const) parity.addOption(option(o));
  parity.action(async (flags) => setCode(await parityCommand(flags, io)));

  const list = p.command('list').description('list claims with their kind, source line and statement');
  for (const o of [...filters, 'registry', 'sources'] as const) list.addOption(option(o));
  list.action(async (flags) => setCode(await listCommand(flags, io)));

  const replay = p.command('replay <id>').description('rerun one counterexample from the seed and path a report prints');
  for (const o of ['replaySeed', 'path', 'budget', 'backend', 'registry', 'sources'] as const) replay.addOption(option(o));
  replay.action(async (id: string, flags) => setCode(await replayCommand(id, flags, io)));

  const coverage = p.command('coverage').description('sentences per chapter: covered by a claim, narrative, or uncovered (listed with their locators)');
  for (const o of ['chapter', 'all', 'registry', 'sources'] as const) coverage.addOption(option(o));
  coverage.action(async (flags) => setCode(await coverageCommand(flags, io)));

  const copyedit = p.command('copyedit').description('check the text as written (no claims run): lost symbols, math that does not parse, markup debris, script, terminology, numbers, symbols');
  for (const o of ['chapter', 'registry', 'sources'] as const) copyedit.addOption(option(o));
  copyedit.option('--json', 'print the hits as JSON');
  copyedit.action(async (flags) => setCode(await copyeditCommand(flags, io)));

  const create = p.command('new <chapter>').description('write a placeholder claim for one sentence into its section file');
  for (const o of ['sentence', 'quote', 'sources', 'claimsDir'] as const) create.addOption(option(o));
  create.action(async (chapter: string, flags) => setCode(await newClaimCommand(chapter, flags, io)));

  const show = p.command('show <id>').description('print one claim: its quote in context, statement, reading, last verdict and evidence');
  for (const o of ['from', 'registry', 'sources'] as const) show.addOption(option(o));
  show.action(async (id: string, flags) => setCode(await showCommand(id, flags, io)));

  const merge = p.command('merge <shard...>').description('join the outputs of `run --shard k/N` (folders or results.json files) into one run');
  for (const o of ['out', 'registry', 'sources'] as const) merge.addOption(option(o));
  merge.action(async (inputs: string[], flags) => setCode(await mergeCommand(inputs, flags, io)));

  const site = p.command('site').description('build the static site from a results.json and the history: summary, a page per chapter, plots');
  for (const o of ['from', 'siteOut', 'history', 'parity', 'runs', 'sources'] as const) site.addOption(option(o));
  site.action(async (flags) => setCode(await siteCommand(flags, io)));

  const stability = p.command('stability').description('run the claims with seeds 1..K and list, per sentence, the verdicts seen and the seeds that gave them');
  for (const o of [...filters, 'seeds', 'budget', 'backend', 'workers', 'stabilityOut', 'resume', 'registry', 'sources'] as const) stability.addOption(option(o));
  stability.action(async (flags) => setCode(await stabilityCommand(flags, io)));

  const report = p.command('report').description('rebuild report.md and report.html from a results.json');
  report.addOption(option('from'));
  report.option('--out <dir>', 'where to write the documents (default: next to --from)');
  report.action(async (flags) => setCode(await reportCommand(flags, io)));
  return p;
}

/** Runs the CLI on argv and returns the exit code; expected failures print a message, not a stack. */
export async function main(argv: string[], io: Io = { out: process.stdout, err: process.stderr }): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => { code = c; }).parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof UsageError || e instanceof RegistryError || e instanceof ClaimDefinitionError || e instanceof ResumeMismatchError) {
      io.err.write(`claimcheck: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
