/**
 * What an editor must take care of before publishing, on a synthetic tree in a temp folder: each
 * problem is a warning while the profile is a draft and an error once it is published, with a
 * Vietnamese message that says what to do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '../../src/lib/content-check.ts';
import { EXISTING_SLUG, importSandbox, type Sandbox } from '../support/import-fixtures.ts';

const boxes: Sandbox[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.remove();
});

/** The sandbox's one profile, edited by `edit`, as a draft and as published: the problems of each. */
async function check(edit: (text: string) => string, prepare?: (dir: string) => Promise<void>) {
  const b = importSandbox();
  boxes.push(b);
  const dir = join(b.root, 'content/profiles', EXISTING_SLUG);
  await prepare?.(dir);
  const file = join(dir, 'index.mdx');
  const draft = edit(readFileSync(file, 'utf8'));
  writeFileSync(file, draft);
  const asDraft = checkContent(b.root).problems;
  writeFileSync(file, draft.replace('draft: true', 'draft: false'));
  const published = checkContent(b.root).problems;
  return { asDraft, published };
}

function expectWarningThenError(r: { asDraft: ContentProblem[]; published: ContentProblem[] }, field: string, vi: RegExp) {
  const match = (p: ContentProblem) => p.field === field && vi.test(p.vi);
  expect(r.asDraft.filter(match).map((p) => p.severity)).toEqual(['warning']);
  expect(r.published.filter(match).map((p) => p.severity)).toEqual(['error']);
}

const withImage = (alt: string, src = './anh-1.jpg') => (t: string) =>
  t.replace('draft: true', `images:\n  - src: ${src}\n    alt: ${JSON.stringify(alt)}\n    credit: Ảnh giả lập\ndraft: true`);
const smallPhoto = (name = 'anh-1.jpg') => async (dir: string) => {
  await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } }).jpeg().toFile(join(dir, name));
};

describe('content check: care before publishing', () => {
  it('a value left "cần xem lại"', async () => {
    const r = await check((t) => t.replace('unit: Hợp tác xã Giả Lập Đồng Tâm', 'unit: "cần xem lại: tên đơn vị"'));
    expectWarningThenError(r, 'unit', /chờ xem lại — “cần xem lại: tên đơn vị”/);
  });

  it('a slug-valued field left "can-xem-lai" is reported once, as a value to review, not as an unknown field', async () => {
    const r = await check((t) => t.replace('fields: [san-xuat-kinh-doanh-gioi]', 'fields: [can-xem-lai]'));
    expectWarningThenError(r, 'fields[0]', /chờ xem lại/);
    expect(r.published.filter((p) => p.field === 'fields[0]')).toHaveLength(1);
  });

  it('alt text that does not describe the photo', async () => {
    expectWarningThenError(await check(withImage('Ảnh'), smallPhoto()), 'images[0].alt', /không cho biết ảnh có gì/);
    expectWarningThenError(await check(withImage('anh-1.jpg'), smallPhoto()), 'images[0].alt', /không cho biết ảnh có gì/);
  });

  it('a photo heavier than the limit', async () => {
    const heavy = async (dir: string) => {
      await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
        .png({ compressionLevel: 0 })
        .toFile(join(dir, 'anh-1.png'));
    };
    const r = await check(withImage('Vườn rau giả lập trước nhà văn hóa', './anh-1.png'), heavy);
    expectWarningThenError(r, 'images[0].src', /nặng \d+ KB .*npm run photos -- /);
  });

  it('a source that leads nowhere', async () => {
    const r = await check((t) => t.replace('sources:\n', 'sources:\n  - title: Lời kể giả lập\n'));
    expectWarningThenError(r, 'sources[0]', /không chỉ tới văn bản nào/);
  });

  describe('an individual (ca-nhan)', () => {
    const person = (sources: string) => (t: string) =>
      t
        .replace('subject: tap-the', 'subject: ca-nhan')
        .replace(/sources:\n[\s\S]*?(?=draft:)/, `sources:\n${sources}`);
    const basis = (r: { published: ContentProblem[] }) => r.published.filter((p) => p.field === 'sources' && /căn cứ công bố tên/.test(p.vi));

    it('without a recorded basis for publishing the name', async () => {
      const r = await check(person('  - title: Danh sách giả lập\n    note: Lưu tại văn phòng\n'));
      expectWarningThenError(r, 'sources', /Nghị định 13\/2023\/NĐ-CP/);
      const refused = await check(person('  - title: Danh sách giả lập\n    note: Người được nêu tên chưa đồng ý công bố\n'));
      expectWarningThenError(refused, 'sources', /Nghị định 13\/2023\/NĐ-CP/);
    });
    it('with a consent note, a public article or a plan whose full text is published', async () => {
      expect(basis(await check(person('  - title: Danh sách giả lập\n    note: Người được nêu tên đã đồng ý công bố (giả lập)\n')))).toEqual([]);
      expect(basis(await check(person('  - title: Bài báo giả lập\n    url: https://example.org/bai-gia-lap\n')))).toEqual([]);
      expect(basis(await check(person('  - title: Kế hoạch giả lập\n    plan: ke-hoach-gia-lap\n')))).toEqual([]);
    });
  });
});
