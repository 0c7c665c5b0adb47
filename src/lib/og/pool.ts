/**
 * A pool of worker threads that render Open Graph cards into the cache (worker.ts), so the images
 * are drawn on other cores while Astro renders pages on the main thread.
 *
 * - Size: one worker per core (os.availableParallelism()), or OG_WORKERS; each worker is sent
 *   AHEAD cards at a time, so it never waits for the main thread between cards.
 * - Never hangs a build: a worker that throws, or dies, rejects its task and every queued and
 *   later task with an error naming the card; close() stops every worker. Workers are unref'd,
 *   so they never keep the process alive on their own (the caller awaits what it needs).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OgCard, OgRenderTimings } from '../og-image.ts';

export interface RenderRequest {
  id: number;
  card: OgCard;
  /** Cache file to write (atomically). */
  file: string;
}

export type RenderReply = { id: number; ok: true; timings: OgRenderTimings; bytes: number } | { id: number; ok: false; error: string };

export interface RenderResult {
  timings: OgRenderTimings;
  bytes: number;
}

interface Task {
  request: RenderRequest;
  resolve: (r: RenderResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to the worker and not yet answered, by id, in the order sent. */
  tasks: Map<number, Task>;
}

/**
 * Cards sent ahead to each worker (it draws them one after another). The next card must not wait
 * for the main thread, which on a large site is busy rendering pages and may answer a worker's
 * message late: with one card at a time, the workers of a 100,000-profile build stood idle most
 * of the time (BENCHMARKS.md).
 */
const AHEAD = 32;

export interface OgPoolOptions {
  /** Worker count; default OG_WORKERS or the number of cores. */
  size?: number;
  /** The worker script; default worker.ts beside this file (tests pass a failing one). */
  workerUrl?: URL;
}

/** OG_WORKERS when it is a positive integer, else one worker per core. */
export function defaultPoolSize(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.OG_WORKERS);
  return Number.isInteger(n) && n > 0 ? n : Math.max(1, availableParallelism());
}

const describe = (card: OgCard): string => `"${card.title}"`;

export class OgRenderPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  private closed = false;

  constructor(options: OgPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    const url = options.workerUrl ?? new URL('./worker.ts', import.meta.url);
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn(url));
  }

  private spawn(url: URL): Slot {
    const worker = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    worker.unref();
    const slot: Slot = { worker, tasks: new Map() };
    worker.on('message', (reply: RenderReply) => {
      const task = slot.tasks.get(reply.id);
      if (!task) return;
      slot.tasks.delete(reply.id);
      if (reply.ok) task.resolve({ timings: reply.timings, bytes: reply.bytes });
      else this.fail(new Error(`Không tạo được ảnh xem trước ${describe(task.request.card)} / Open Graph image failed for ${describe(task.request.card)}:\n${reply.error}`), task);
      this.pump();
    });
    const died = (why: string) => {
      if (this.closed) return;
      const first = slot.tasks.values().next().value;
      const card = first ? describe(first.request.card) : 'no card';
      this.fail(new Error(`Luồng tạo ảnh xem trước bị dừng / an Open Graph worker ${why} (while rendering ${card})`), first);
      slot.tasks.clear();
    };
    worker.on('error', (err) => died(`threw: ${err.stack ?? err.message}`));
    worker.on('exit', (code) => died(`exited with code ${code}`));
    return slot;
  }

  /** Render `card` into the cache file `file`; resolves when the file is in place. */
  render(card: OgCard, file: string): Promise<RenderResult> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('OgRenderPool: closed'));
    return new Promise<RenderResult>((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, card, file }, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.failure) return;
    for (const slot of this.slots) {
      while (slot.tasks.size < AHEAD) {
        const task = this.queue.shift();
        if (!task) return;
        slot.tasks.set(task.request.id, task);
        slot.worker.postMessage(task.request);
      }
    }
  }

  /** The first error stops the pool: every pending task fails with it, and the workers stop. */
  private fail(error: Error, task?: Task): void {
    this.failure ??= error;
    task?.reject(error);
    for (const queued of this.queue.splice(0)) queued.reject(this.failure);
    for (const slot of this.slots) {
      for (const sent of slot.tasks.values()) if (sent !== task) sent.reject(this.failure);
      slot.tasks.clear();
    }
    void this.close();
  }

  /** Stop every worker (waiting for none of their work). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const closing = this.failure ?? new Error('OgRenderPool: closed before the card was rendered');
    for (const queued of this.queue.splice(0)) queued.reject(closing);
    for (const slot of this.slots) {
      for (const sent of slot.tasks.values()) sent.reject(closing);
      slot.tasks.clear();
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
