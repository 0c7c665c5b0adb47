/**
 * A year's list imported with npm run import, in a throw-away copy of the project: the drafts it
 * makes are left out of the site; once an editor sets draft: false on a complete one, the site
 * builds and shows it at /mo-hinh/<slug>/. (One extra site build, ~1 min: the behaviour needs it.)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importTable } from '../../src/lib/import/index.ts';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { addSyntheticPlan, PLAN_SLUG, writeCsv } from '../support/import-fixtures.ts';

describe('an imported list, one row published', () => {
  let site: FixtureSite | undefined;
  afterAll(() => site?.remove());

  it('builds and shows the published row, and nothing of the drafts', async () => {
    let published = '';
    let draft = '';
    site = await buildFixtureSite('import-publish', async (root) => {
      addSyntheticPlan(root);
      const file = writeCsv(root, 'danh-sach.csv', [
        ['DANH SÁCH GIẢ LẬP NĂM 2024'],
        ['STT', 'Tên đơn vị', 'Địa chỉ', 'Tên mô hình', 'Lĩnh vực'],
        ['1', 'Tổ dân phố Giả Lập', 'xã Thành Lập, huyện Lương Sơn', 'Đường hoa giả lập', 'Văn hóa – xã hội'],
        ['2', 'Ông Giả Văn Thử', 'xã Thành Lập, huyện Lương Sơn', 'Vườn ươm giả lập', 'Nông nghiệp'],
      ]);
      const result = await importTable({ root, file, plan: PLAN_SLUG });
      const [complete, incomplete] = result.drafts;
      expect(result.report.find((r) => r.line === complete?.row.line)?.result).toBe('tạo mới');
      published = complete!.slug;
      draft = incomplete!.slug;
      const index = path.join(root, 'content/profiles', published, 'index.mdx');
      writeFileSync(index, readFileSync(index, 'utf8').replace('draft: true', 'draft: false'));
    });
    const page = path.join(site.dist, 'mo-hinh', published, 'index.html');
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('Đường hoa giả lập');
    expect(existsSync(path.join(site.dist, 'mo-hinh', draft))).toBe(false);
    expect(readFileSync(path.join(site.dist, 'sitemap-0.xml'), 'utf8')).not.toContain(draft);
  });
});
