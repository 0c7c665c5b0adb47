/**
 * `npm run build` in a throw-away copy of the project:
 *   - a blank draft (as `npm run new` makes it) does not stop the build, and nothing of it is
 *     published anywhere (pages, search records and index, sitemap, OG images, redirects);
 *   - a build stopped by an error in a published profile's body reports it in Vietnamese with
 *     file and line, without a stack trace, and leaves the last good dist/ byte-identical;
 *   - a build killed halfway leaves the last good dist/ byte-identical too.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankDraft } from '../support/drafts.ts';
import { copyProject, run } from '../support/fixture-site.ts';
import { treeDigests as snapshot, treeFiles as files } from '../support/tree.ts';

const DRAFT_SLUG = 'du-lieu-thu-ban-nhap-trong';
const DRAFT_TITLE = 'Bản nháp thử chưa điền';
const BLANK_DRAFT = blankDraft(DRAFT_TITLE, 'Nội dung còn { dở dang <div>\n');

describe('npm run build, in a copy of the project', () => {
  let project: { root: string; remove(): void };
  const build = (timeoutMs = 300_000) =>
    run(process.execPath, ['tools/build.ts'], project.root, timeoutMs);
  let first: { code: number | null; log: string };

  beforeAll(async () => {
    project = copyProject('atomic');
    process.env.ASTRO_CACHE_DIR = path.join(project.root, '.cache');
    mkdirSync(path.join(project.root, 'content/profiles', DRAFT_SLUG));
    writeFileSync(path.join(project.root, 'content/profiles', DRAFT_SLUG, 'index.mdx'), BLANK_DRAFT);
    first = await build();
  }, 400_000);
  afterAll(() => {
    delete process.env.ASTRO_CACHE_DIR;
    project?.remove();
  });

  it('builds past a blank draft, warning about it, and publishes nothing of it', () => {
    expect(first.code, first.log).toBe(0);
    expect(first.log).toContain(`content/profiles/${DRAFT_SLUG}/index.mdx`);
    const dist = path.join(project.root, 'dist');
    expect(existsSync(path.join(dist, 'mo-hinh', DRAFT_SLUG))).toBe(false);
    const leaks = files(dist).filter((f) => {
      if (f.includes(DRAFT_SLUG)) return true;
      if (statSync(path.join(dist, f)).size > 5_000_000) return false;
      const text = readFileSync(path.join(dist, f), 'latin1');
      return text.includes(DRAFT_SLUG) || readFileSync(path.join(dist, f), 'utf8').includes(DRAFT_TITLE);
    });
    expect(leaks).toEqual([]);
  });

  it('stops on an error in a published body, says where in Vietnamese, and keeps dist/ byte-identical', async () => {
    const dist = path.join(project.root, 'dist');
    const before = snapshot(dist);
    const profiles = readdirSync(path.join(project.root, 'content/profiles')).filter((s) => s !== DRAFT_SLUG);
    const victim = path.join(project.root, 'content/profiles', profiles[0]!, 'index.mdx');
    const good = readFileSync(victim, 'utf8');
    writeFileSync(victim, `${good}\nMột câu có dấu { lạ.\n`);
    try {
      const failed = await build();
      expect(failed.code).not.toBe(0);
      const line = `${good}\nMột câu`.split('\n').length;
      expect(failed.log).toContain(`content/profiles/${profiles[0]}/index.mdx:${line}`);
      expect(failed.log).toContain('\\{');
      expect(failed.log).toContain('Bản dựng đã dừng');
      expect(failed.log).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(snapshot(dist)).toEqual(before);
    } finally {
      writeFileSync(victim, good);
    }
  });

  it('leaves dist/ byte-identical when the build is killed halfway', async () => {
    const dist = path.join(project.root, 'dist');
    const before = snapshot(dist);
    const next = path.join(project.root, '.build', 'next');
    const child = spawn(process.execPath, ['tools/build.ts'], { cwd: project.root, detached: true, stdio: 'ignore', env: process.env });
    // Kill it once Astro has started writing its output: the moment a non-atomic build would have
    // emptied dist/.
    const started = Date.now();
    while (!(existsSync(next) && files(next).length > 20) && Date.now() - started < 120_000) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(next), 'the build never started writing').toBe(true);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((r) => child.on('close', r));
    expect(snapshot(dist)).toEqual(before);
    // The next build clears what the killed one left and succeeds.
    const again = await build();
    expect(again.code, again.log).toBe(0);
    expect(existsSync(next)).toBe(false);
  });
});
