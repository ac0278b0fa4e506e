import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two workers at least: Vitest's default on a run is one worker fewer than the cores, one worker on two cores, and the
    // real-corpus scorer (~170 s of ingest) then ran alone before everything else (session 55). The test files that build a
    // site take turns (tests/unit/ingest/cli-support.ts `buildCorpus`).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          env: { TZ: 'UTC', LANG: 'C' },
          // One module graph per worker instead of one per file: the ingest is imported ~230 times
          // otherwise (222 s → 93 s here). Tests share no mutable module state; keep it that way.
          isolate: false,
        },
      },
    ],
  },
});
