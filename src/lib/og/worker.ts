/**
 * One rendering worker of the Open Graph pool (pool.ts): receives a card and the cache file it
 * belongs in, renders it (satori → resvg → palette PNG), and writes the file atomically (temp file
 * and rename), so a killed build never leaves a truncated PNG in the cache. Answers with the
 * timings and the size, or with the error.
 */
import { parentPort } from 'node:worker_threads';
import { isOgPng, writeFileAtomic } from '../og-cache.ts';
import { renderOgImageTimed } from '../og-image.ts';
import type { RenderReply, RenderRequest } from './pool.ts';

if (!parentPort) throw new Error('src/lib/og/worker.ts runs as a worker thread of src/lib/og/pool.ts');
const port = parentPort;

port.on('message', (request: RenderRequest) => {
  void (async (): Promise<RenderReply> => {
    try {
      const { png, timings } = await renderOgImageTimed(request.card);
      if (!isOgPng(png)) throw new Error('the renderer returned something that is not a 1200×630 PNG');
      await writeFileAtomic(request.file, png);
      return { id: request.id, ok: true, timings, bytes: png.length };
    } catch (err) {
      return { id: request.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
  })().then((reply) => port.postMessage(reply));
});
