/**
 * What the content check learnt of each file, kept between runs by the file's bytes: at 10,000
 * profiles, parsing every front matter and compiling every body again took most of a rebuild's
 * first minute, for files that had not changed.
 *
 * An entry is keyed by the SHA-1 of (the checker's own source, what is being read, the file's
 * path and bytes), so a new version of the checker or of the site's text rules makes every entry
 * new. It holds plain JSON only (the front matter as YAML gives it, and the problems found); the
 * schemas still run on every build. The file lives in node_modules/.cache (ignored by git, kept by
 * CI caches) or under ASTRO_CACHE_DIR; only the entries of the last run are written back, so it
 * never outgrows the content.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from './files.ts';

export interface MemoProblem {
  line: number | undefined;
  field: string;
  vi: string;
  en: string;
}

export interface MemoEntry {
  /** The front matter (or YAML file) as data, when it parsed. */
  data?: unknown;
  problems: MemoProblem[];
}

/** The checker's own code: a change to any of these files makes every entry new. */
const CHECKER_SOURCES = ['content-check.ts', 'mdx-body.ts', 'format.ts', 'content-memo.ts'];

let fingerprintMemo: string | undefined;
function checkerFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const h = createHash('sha1');
  for (const name of CHECKER_SOURCES) h.update(readFileSync(new URL(`./${name}`, import.meta.url)));
  fingerprintMemo = h.digest('hex');
  return fingerprintMemo;
}

export class ContentMemo {
  private readonly file: string | undefined;
  private readonly before: Map<string, MemoEntry>;
  private readonly used = new Map<string, MemoEntry>();
  private changed = false;

  private constructor(file: string | undefined, before: Map<string, MemoEntry>) {
    this.file = file;
    this.before = before;
  }

  /**
   * The memo of the project at `root`: node_modules/.cache/content-check/memo.json, or beside
   * Astro's cache when ASTRO_CACHE_DIR moves it (a copy of the project that links node_modules,
   * as the benchmark's, then keeps its memo to itself, and a cold build is cold).
   */
  static open(root: string): ContentMemo {
    const cache = process.env.ASTRO_CACHE_DIR;
    const file = cache ? join(cache, 'content-check', 'memo.json') : join(root, 'node_modules', '.cache', 'content-check', 'memo.json');
    let before = new Map<string, MemoEntry>();
    try {
      before = new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, MemoEntry][]);
    } catch {
      // No memo yet, or a damaged one: everything is checked afresh.
    }
    return new ContentMemo(file, before);
  }

  /** A memo that forgets: for tests and one-off checks. */
  static none(): ContentMemo {
    return new ContentMemo(undefined, new Map());
  }

  key(what: string, file: string, raw: string): string {
    return createHash('sha1').update(checkerFingerprint()).update('\0').update(what).update('\0').update(file).update('\0').update(raw).digest('base64url');
  }

  get(key: string): MemoEntry | undefined {
    const entry = this.used.get(key) ?? this.before.get(key);
    if (entry) this.used.set(key, entry);
    return entry;
  }

  /** An entry of an earlier run, looked at without keeping it (a save that prunes drops it unless someone else uses it). */
  peek(key: string): MemoEntry | undefined {
    return this.used.get(key) ?? this.before.get(key);
  }

  set(key: string, entry: MemoEntry): void {
    this.used.set(key, entry);
    this.changed = true;
  }

  /**
   * Write this run's entries back (atomically); a memo that cannot be written is only a lost
   * speed-up. With `prune` (the full check), only this run's entries are kept; without it (a
   * reader of part of the content), they are added to the earlier ones.
   */
  save({ prune = true }: { prune?: boolean } = {}): void {
    // Nothing new, and (when pruning) nothing gone: the file on disk already says it.
    if (!this.file || (!this.changed && (!prune || this.used.size === this.before.size))) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const entries = prune ? this.used : new Map([...this.before, ...this.used]);
      writeFileAtomic(this.file, JSON.stringify([...entries]));
    } catch {
      // Read-only checkout or full disk: the next run checks everything again.
    }
  }
}
