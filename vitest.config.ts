import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Both cores: Vitest's default on a run is one worker fewer than the machine has, one worker here, and the
    // real-corpus scorer (~170 s of ingest) then ran alone before everything else (unit stage 470 s → 268 s, session 55).
    maxWorkers: 2,
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
