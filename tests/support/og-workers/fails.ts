/** A stand-in Open Graph worker that answers every card with an error (tests/unit/og-build.test.ts). */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', (request: { id: number; card: { title: string } }) => {
  parentPort?.postMessage({ id: request.id, ok: false, error: `Error: cannot draw "${request.card.title}"` });
});
