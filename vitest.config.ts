/**
 * Three test projects:
 *   unit  — plain functions in src/lib, src/schema, tools (fast, parallel)
 *   build — reads the built site in dist/ (`npm test` builds it first)
 *   e2e   — real Chromium (Debian's /usr/bin/chromium) against a static server over dist/
 *
 * The projects run one after another (groupOrder), not side by side: the machine has 2 cores,
 * and the Nu validator (Java) and Chromium each want one to themselves.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // Parsing every built page and running the Nu validator over them takes a while.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium per file, one file at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
