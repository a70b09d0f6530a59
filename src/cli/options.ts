// Every CLI option, declared once as data; commands pick theirs and --help is generated from them.
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option } from 'commander';
import { BUDGETS, KINDS } from '../claim/types.js';
import { BACKENDS } from '../backend/select.js';
import { parseShard } from './shard.js';
import { parseBackends } from './backends.js';

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) throw new InvalidArgumentError('expected a whole number from 0 to 2147483647');
  return n;
}

function positive(value: string): number {
  const n = integer(value);
  if (n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return n;
}

const spec = {
  chapter: { flags: '--chapter <name...>', description: 'only the claims of these chapters (the source file stem, e.g. depth-vs-width)' },
  claim: { flags: '--claim <id...>', description: 'only these claims, by id (a trailing * matches a prefix, e.g. depth-vs-width/*)' },
  kind: { flags: '--kind <kind...>', description: 'only claims of these kinds', choices: KINDS },
  seeds: { flags: '--seeds <k>', description: 'how many seeds to run (1 to k)', default: 3, parse: positive },
  stabilityOut: { flags: '--out <dir>', description: 'folder for stability.json, stability.md and a folder of reports per seed', default: 'reports/stability' },
  seed: { flags: '--seed <n>', description: 'run seed; every claim derives its own seed from it and its id', default: 1, parse: integer },
  budget: { flags: '--budget <name>', description: 'cases, samples and training steps: quick (CI), standard, full (nightly)', choices: BUDGETS, default: 'standard' },
  backend: { flags: '--backend <name>', description: 'force a tfjs backend (default: tensorflow if it loads, else wasm, else cpu)', choices: BACKENDS },
  workers: { flags: '--workers <n>', description: 'claims run side by side, each worker with its own backend (default: the number of cores)', default: availableParallelism(), parse: positive },
  backends: { flags: '--backends <a,b>', description: `two or more backends to compare, comma-separated, the reference first (${BACKENDS.join(', ')})`, default: ['wasm', 'cpu'], defaultText: 'wasm,cpu', parse: parseBackends },
  parityOut: { flags: '--out <dir>', description: 'folder for parity.json, parity.md and each backend\'s results', default: 'reports/parity' },
  shard: { flags: '--shard <k/N>', description: 'run only slice k of N (every N-th claim); `claimcheck merge` joins the slices', parse: parseShard },
  out: { flags: '--out <dir>', description: 'folder for results.json, report.md, report.html, junit.xml and results.jsonl', default: 'reports/latest' },
  watchOut: { flags: '--out <dir>', description: 'folder for the results.jsonl of the latest check (the result cache, .cache/claimcheck beside it, is shared with runs into reports/)', default: 'reports/watch' },
  profile: { flags: '--profile', description: 'time every tfjs kernel call; results.json lists each claim\'s kernels by time and the report sums them' },
  resume: { flags: '--resume', description: 'continue an interrupted run from <out>/results.jsonl (same seed, budget and filters)' },
  fresh: { flags: '--fresh', description: 'run every claim, reusing no result cached by earlier runs (the cache is .cache/claimcheck beside --out; new results are still stored)' },
  failOn: { flags: '--fail-on <verdict...>', description: 'also exit non-zero (3) when a claim gets one of these verdicts', choices: ['refuted', 'qualified', 'inconclusive'] },
  replaySeed: { flags: '--seed <n>', description: 'the fast-check seed printed in the replay command', parse: integer, mandatory: true },
  path: { flags: '--path <path>', description: "fast-check's counterexample path printed in the replay command", mandatory: true },
  from: { flags: '--from <file>', description: 'the results.json to read', default: 'reports/latest/results.json' },
  siteOut: { flags: '--out <dir>', description: 'folder for the site: index.html, a page per chapter, results.json, history.jsonl', default: 'reports/site' },
  history: { flags: '--history <file>', description: 'the run history (default: history.jsonl beside the folder of --from)' },
  parity: { flags: '--parity <file>', description: 'the parity.json of a `claimcheck parity` run, published as the parity page (a note says so when the file does not exist)' },
  runs: { flags: '--runs <n>', description: 'how many recent comparable runs the verdict history and stability read', default: 20, parse: positive },
  all: { flags: '--all', description: 'list every sentence with its status, not only the uncovered ones' },
  sentence: { flags: '--sentence <n>', description: 'the sentence, by its ordinal in the chapter (as `claimcheck coverage` prints it: #N)', parse: integer },
  quote: { flags: '--quote <text>', description: 'the sentence, by a verbatim span inside it' },
  claimsDir: { flags: '--claims-dir <dir>', description: 'folder of chapter claim folders (default: claims/)', hidden: true },
  registry: { flags: '--registry <module>', description: 'module exporting the claims (default: claims/index.ts)', hidden: true },
  results: { flags: '--results <file>', description: 'the results.json whose findings to correct (`claimcheck run` writes reports/latest/results.json)', default: 'reports/latest/results.json' },
  finding: { flags: '--finding <id...>', description: 'correct these findings, by the id results.json and the report give them (repeatable; a claim folded into a finding selects it)' },
  fixAll: { flags: '--all', description: 'correct every finding of the run' },
  write: { flags: '--write', description: 'apply the edits to the chapters, then re-check the edited sentences\' claims and print what now holds' },
  fixOut: { flags: '--out <dir>', description: 'folder for the re-check\'s results.jsonl (default: fix/ beside the folder of --results, sharing its result cache)' },
  sources: { flags: '--sources <dir>', description: 'folder holding the chapters (default: sources/)', hidden: true },
} as const;

export type OptionName = keyof typeof spec;

/** Builds the commander Option for a declared option. */
export function option(name: OptionName): Option {
  const s = spec[name] as { flags: string; description: string; choices?: readonly string[]; default?: unknown; defaultText?: string; parse?: (v: string) => unknown; hidden?: boolean; mandatory?: boolean };
  const o = new Option(s.flags, s.description);
  if (s.choices) o.choices(s.choices);
  if (s.default !== undefined) o.default(s.default, s.defaultText);
  if (s.parse) o.argParser(s.parse);
  if (s.hidden) o.hideHelp();
  if (s.mandatory) o.makeOptionMandatory();
  return o;
}
