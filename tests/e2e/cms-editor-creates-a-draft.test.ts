/**
 * An editor opens /admin/ in Chromium, logs in to the local backend, fills the form of a new
 * profile and saves it: the file appears in content/profiles/<slug>/index.mdx of a TEMPORARY copy
 * of the content (never the repository's content/), as a draft, and passes the content check.
 * The backend really runs here: decap-server (Decap's local proxy) on a loopback port, writing the
 * files of the temporary copy. The built /admin/ is served from dist/ by nginx with the site's own
 * configuration and Content-Security-Policy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent, errorsOf } from '../../src/lib/content-check.ts';
import { SLUG_PATTERN } from '../../src/schema/common.ts';
import { profileDataSchema } from '../../src/schema/profile.ts';
import { launchChromium } from '../support/browser.ts';
import { requireDist } from '../support/dist.ts';
import { importSandbox, PLAN_SLUG, type Sandbox } from '../support/import-fixtures.ts';
import { ROOT } from '../support/paths.ts';
import { startNginx, type LocalNginx } from '../support/nginx.ts';

const TITLE = 'Đường hoa giả lập kiểm thử CMS';

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

/** decap-server in file-system mode over `dir`, on 127.0.0.1:`port`; resolves once it listens. */
async function startProxy(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((res, rej) => {
    let log = '';
    const timer = setTimeout(() => rej(new Error(`decap-server did not start:\n${log}`)), 20_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes('listening')) {
        clearTimeout(timer);
        res();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => rej(new Error(`decap-server exited (${code}):\n${log}`)));
  });
  return child;
}

/** Pick an option of a Decap select or relation field: type, wait for the option, choose it. */
async function choose(page: Page, label: string | RegExp, typed: string, option: string | RegExp): Promise<void> {
  const input = page.getByLabel(label, { exact: typeof label === 'string' });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe('the CMS at /admin/', () => {
  let sandbox: Sandbox;
  let proxy: ChildProcess | undefined;
  let server: LocalNginx;
  let browser: Browser;
  let port: number;

  beforeAll(async () => {
    requireDist();
    sandbox = importSandbox();
    port = await freePort();
    proxy = await startProxy(sandbox.root, port);
    // Real nginx with the site's own configuration, so /admin/ runs under the headers and
    // Content-Security-Policy it will be served with (src/lib/serve/rules.ts).
    server = await startNginx();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    proxy?.kill();
    sandbox?.remove();
  });

  it('an editor creates a profile with the form; it is saved as a draft that passes the content check', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    // The built config points at decap-server's default port; this test's proxy runs on another.
    await page.route('**/admin/config.yml', async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace('http://127.0.0.1:8081/api/v1', `http://127.0.0.1:${port}/api/v1`);
      await route.fulfill({ response: res, body });
    });
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.hostname !== '127.0.0.1' && u.protocol !== 'data:' && u.protocol !== 'blob:') foreign.push(r.url());
    });

    await page.goto(server.url('/admin/'));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.goto(server.url('/admin/#/collections/profiles/new'));

    await choose(page, 'Loại', 'Mô hình', 'Mô hình');
    await choose(page, 'Đối tượng', 'Tập thể', 'Tập thể');
    await page.getByLabel('Tên đơn vị hoặc cá nhân (đúng như văn bản ghi)').fill('Tổ dân phố Giả Lập');
    await page.getByLabel('Tên mô hình, điển hình').fill(TITLE);
    await page.getByLabel('Tóm tắt (1–2 câu, chỉ dựa vào nguồn)').fill('Hồ sơ giả lập do kiểm thử tạo qua trang quản trị.');
    await choose(page, 'Lĩnh vực', 'Văn hóa', /Văn hóa – xã hội/);
    await page.getByLabel('Địa chỉ (đúng như văn bản ghi)').fill('xã Thành Lập, huyện Lương Sơn');
    await page.getByLabel('Tên tỉnh (ví dụ: tỉnh Hòa Bình)').fill('tỉnh Hòa Bình');
    // Optional fields' labels end with Decap's "(không bắt buộc)".
    await choose(page, /^Mã tỉnh/, '(17)', /\(17\)/);

    await page.getByRole('button', { name: /lần công nhận/ }).click();
    await choose(page, 'Kế hoạch', 'giả lập', /giả lập/);
    await page.getByLabel('Năm').fill('2024');
    await page.getByLabel('Số thứ tự trong phụ lục').fill('7');
    await page.getByLabel('Hình thức công nhận').fill('Danh sách giả lập');
    await page.getByLabel('Trích dẫn (chép nguyên văn dòng phụ lục)').fill('Tổ dân phố Giả Lập — Đường hoa giả lập');

    await page.getByRole('button', { name: /Add nguồn|Thêm nguồn/ }).click();
    await page.getByLabel('Tên văn bản, bài viết').fill('Kế hoạch giả lập');
    await choose(page, /^Kế hoạch \(nếu nguồn là kế hoạch\)/, 'giả lập', /giả lập/);

    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay', { exact: true }).click();

    // The file appears in the temporary copy's content/profiles/.
    const profiles = join(sandbox.root, 'content/profiles');
    let created: string | undefined;
    for (let i = 0; i < 100 && !created; i++) {
      created = readdirSync(profiles).find((d) => d !== 'hop-tac-xa-gia-lap-dong-tam-trong-rau-huu-co' && existsSync(join(profiles, d, 'index.mdx')));
      if (!created) await page.waitForTimeout(200);
    }
    expect(created, 'no profile folder was written by the CMS').toBeDefined();
    expect(created).toMatch(SLUG_PATTERN);
    expect(created).toBe('duong-hoa-gia-lap-kiem-thu-cms');

    const text = readFileSync(join(profiles, created!, 'index.mdx'), 'utf8');
    const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
    expect(data).toMatchObject({
      kind: 'mo-hinh',
      subject: 'tap-the',
      title: TITLE,
      fields: ['van-hoa-xa-hoi'],
      draft: true,
      recognitions: [expect.objectContaining({ plan: PLAN_SLUG, year: 2024, row: 7 })],
      sources: [expect.objectContaining({ plan: PLAN_SLUG })],
      locality: expect.objectContaining({ province: { name: 'tỉnh Hòa Bình', code: '17' } }),
    });
    // A draft's problems are only warnings: ask for none at all for this file, and a valid profile.
    const report = checkContent(sandbox.root);
    expect(errorsOf(report)).toEqual([]);
    expect(report.problems.filter((p) => p.file.includes(created!))).toEqual([]);
    expect(profileDataSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    // The repository's own content was not touched.
    expect(existsSync(resolve(ROOT, 'content/profiles', created!))).toBe(false);
    expect(foreign).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
