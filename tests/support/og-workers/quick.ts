/**
 * A stand-in Open Graph worker that spends ~5 ms on each card, in the order received, and answers
 * with the time it started it (as timings.layout, ms since the epoch) instead of drawing
 * (tests/unit/og-build.test.ts).
 */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', (request: { id: number }) => {
  const started = Date.now();
  while (Date.now() - started < 5) {
    // busy, like a card being drawn
  }
  parentPort?.postMessage({ id: request.id, ok: true, timings: { layout: started, rasterise: 0, encode: 0 }, bytes: 0 });
});
