import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Native segmenters and worker pools do not like being loaded in many threads at once on 2 cores.
    pool: 'forks',
  },
});
