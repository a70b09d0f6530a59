import { configDefaults, defineConfig } from 'vitest/config';

// Two tiers behind `npm test` (tests/README.md): unit (the engine, nets, reports, site, limits)
// and claims (every real claim at the quick budget, held to the golden snapshot).
const CLAIMS = 'tests/claims/**/*.test.ts';

export default defineConfig({
  test: {
    // Engine tests start worker threads with their own tfjs backend; claim tests train small nets.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, CLAIMS] } },
      // One file at a time: the whole-suite run and the fix round trip each keep 2 workers busy, and
      // sharing the cores would push time-limited claims toward their limits.
      { extends: true, test: { name: 'claims', include: [CLAIMS], fileParallelism: false } },
    ],
  },
});
