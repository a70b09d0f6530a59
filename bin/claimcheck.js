#!/usr/bin/env node
// Node 20 cannot strip TypeScript types: register tsx, then start the CLI.
import { register } from 'tsx/esm/api';

register();
// `claimcheck coverage | head` closes the pipe early: that is the reader's choice, not a failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
