// The tests that judge decide.ts and judge.ts, for mutation testing (stryker.config.json): pure, in-thread, seconds.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/runner/decide.test.ts', 'tests/runner/judge.test.ts', 'tests/runner/judgement-rules.test.ts', 'tests/runner/gated-kinds.test.ts'],
    testTimeout: 60_000,
  },
});
