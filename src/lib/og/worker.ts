/**
 * One rendering worker of the Open Graph pool (pool.ts): receives cards and the cache files they
 * belong in, renders each in turn (satori → resvg → palette PNG), and writes the file atomically (temp file
 * and rename), so a killed build never leaves a truncated PNG in the cache. Answers with the
 * timings and the size, or with the error.
 */
import { parentPort } from 'node:worker_threads';
import { isOgPng, writeFileAtomic } from '../og-cache.ts';
import { renderOgImageTimed } from '../og-image.ts';
import type { RenderReply, RenderRequest } from './pool.ts';

if (!parentPort) throw new Error('src/lib/og/worker.ts runs as a worker thread of src/lib/og/pool.ts');
const port = parentPort;

/** Cards arrive ahead of time (pool.ts AHEAD); they are drawn one at a time, in the order sent. */
const queue: RenderRequest[] = [];
let drawing = false;

async function draw(request: RenderRequest): Promise<RenderReply> {
  try {
    const { png, timings } = await renderOgImageTimed(request.card);
    if (!isOgPng(png)) throw new Error('the renderer returned something that is not a 1200×630 PNG');
    await writeFileAtomic(request.file, png);
    return { id: request.id, ok: true, timings, bytes: png.length };
  } catch (err) {
    return { id: request.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

async function drain(): Promise<void> {
  drawing = true;
  for (let request = queue.shift(); request; request = queue.shift()) port.postMessage(await draw(request));
  drawing = false;
}

port.on('message', (request: RenderRequest) => {
  queue.push(request);
  if (!drawing) void drain();
});
