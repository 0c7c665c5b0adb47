/** A stand-in Open Graph worker that dies on its first card (tests/unit/og-build.test.ts). */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  process.exit(3);
});
