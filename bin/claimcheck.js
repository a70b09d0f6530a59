#!/usr/bin/env node
// Node 20 cannot strip TypeScript types: register tsx, then start the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
