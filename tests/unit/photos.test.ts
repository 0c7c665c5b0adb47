/**
 * Photo ingest: a JPEG that says where it was taken (EXIF GPS, XMP location) and with which camera
 * comes out upright, within the size limit, and with none of that — read back by a real EXIF reader
 * (exifr). The content check's own detector agrees with exifr, and the check refuses a published
 * profile whose photo still carries GPS. Synthetic images, made here, in a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent, errorsOf, warningsOf } from '../../src/lib/content-check.ts';
import { ingestPhoto, MAX_EDGE } from '../../src/lib/photos/ingest.ts';
import { findLocationMetadata } from '../../src/lib/photos/metadata.ts';
import { EXISTING_SLUG, importSandbox, listFiles, PLAN_SLUG, writeCsv, type Sandbox } from '../support/import-fixtures.ts';

const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" exif:GPSLatitude="20,49.0N" exif:GPSLongitude="105,20.0E" photoshop:City="Hòa Bình"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

/** A landscape JPEG (width × height as stored) tagged to display rotated 90°, with GPS, camera and XMP location. */
async function taggedJpeg(width: number, height: number, opts: { xmp?: boolean } = {}): Promise<Buffer> {
  let img = sharp({ create: { width, height, channels: 3, background: '#3a7a55' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Máy ảnh giả lập', Model: 'GL-1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '20/1 49/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 20/1 0/1' },
    })
    .withMetadata({ orientation: 6 });
  if (opts.xmp) img = img.withXmp(XMP);
  return img.toBuffer();
}

const temps: string[] = [];
const boxes: Sandbox[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
  for (const b of boxes.splice(0)) b.remove();
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'dhtt-photos-'));
  temps.push(d);
  return d;
}

describe('ingestPhoto', () => {
  it('removes GPS, camera and XMP location, keeps the picture upright, and resizes to the limit', async () => {
    const input = await taggedJpeg(3000, 1200, { xmp: true });
    // The synthetic photo really carries what must go.
    expect(await exifr.gps(input)).toMatchObject({ latitude: expect.closeTo(20.8167, 3), longitude: expect.closeTo(105.3333, 3) });
    expect((await exifr.parse(input, { xmp: true }))?.City).toBe('Hòa Bình');
    expect(findLocationMetadata(input)).toEqual({ exifGps: true, xmpLocation: true });

    const out = join(tempDir(), 'anh-1.jpg');
    const result = await ingestPhoto(input, out);
    const bytes = readFileSync(out);
    expect(await exifr.gps(bytes)).toBeUndefined();
    const left = (await exifr.parse(bytes, { tiff: true, xmp: true, gps: true, exif: true })) as Record<string, unknown> | undefined;
    expect(left?.Make).toBeUndefined();
    expect(left?.Model).toBeUndefined();
    expect(left?.City).toBeUndefined();
    expect(findLocationMetadata(bytes)).toBeUndefined();
    // Stored 3000×1200 with orientation 6 shows 1200×3000: turned upright, then fitted in MAX_EDGE.
    const meta = await sharp(bytes).metadata();
    expect(meta.orientation ?? 1).toBe(1);
    expect(meta.height).toBe(MAX_EDGE);
    expect(meta.width).toBe(Math.round((1200 * MAX_EDGE) / 3000));
    expect(result.removed).toEqual(expect.arrayContaining(['EXIF', 'XMP']));
  });

  it('never enlarges a small photo', async () => {
    const out = join(tempDir(), 'nho.jpg');
    const r = await ingestPhoto(await taggedJpeg(400, 300), out);
    expect([r.width, r.height]).toEqual([300, 400]);
  });

  it('the content check’s detector agrees with exifr on photos with and without GPS', async () => {
    const clean = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#fff' } }).jpeg().withExif({ IFD0: { Make: 'GL' } }).toBuffer();
    const png = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#fff' } })
      .png()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '20/1 49/1 0/1' } })
      .toBuffer();
    for (const buf of [clean, png, await taggedJpeg(60, 40)]) {
      const gps = await exifr.parse(buf, { gps: true, pick: ['GPSLatitude'] });
      expect(findLocationMetadata(buf)?.exifGps ?? false).toBe(gps?.GPSLatitude !== undefined);
    }
  });
});

describe('npm run photos and the content check', () => {
  const TOOL = resolve(import.meta.dirname, '../../tools/photos.ts');

  it('adds a photo to a profile without its location, with alt and credit left to review', async () => {
    const b = importSandbox();
    boxes.push(b);
    const photo = join(b.inputs, 'IMG_0001.jpg');
    writeFileSync(photo, await taggedJpeg(2400, 1600, { xmp: true }));
    const r = spawnSync(process.execPath, [TOOL, EXISTING_SLUG, photo], { cwd: b.root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const dir = join(b.root, 'content/profiles', EXISTING_SLUG);
    const stored = readFileSync(join(dir, 'anh-1.jpg'));
    expect(await exifr.gps(stored)).toBeUndefined();
    const fm = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, 'index.mdx'), 'utf8'))?.[1] ?? '') as { images: { src: string; alt: string }[] };
    expect(fm.images).toEqual([expect.objectContaining({ src: './anh-1.jpg', alt: expect.stringMatching(/^cần xem lại/) })]);
    const report = checkContent(b.root);
    expect(errorsOf(report)).toEqual([]);
    expect(warningsOf(report).some((p) => p.field === 'images[0].alt')).toBe(true);
  });

  it('refuses a profile name that leaves content/profiles, writing nothing', () => {
    const b = importSandbox();
    boxes.push(b);
    const before = listFiles(b.root);
    const r = spawnSync(process.execPath, [TOOL, '../../x-test'], { cwd: b.root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('content/profiles/');
    expect(listFiles(b.root)).toEqual(before);
  });

  it('a published profile whose photo carries GPS is an error; in a draft, a warning', async () => {
    const b = importSandbox();
    boxes.push(b);
    const dir = join(b.root, 'content/profiles', EXISTING_SLUG);
    writeFileSync(join(dir, 'anh-1.jpg'), await taggedJpeg(80, 60));
    const file = join(dir, 'index.mdx');
    const withImage = readFileSync(file, 'utf8').replace(
      'draft: true',
      'images:\n  - src: ./anh-1.jpg\n    alt: Vườn rau giả lập trước nhà văn hóa\n    credit: Ảnh giả lập\ndraft: true',
    );
    writeFileSync(file, withImage);
    const gpsProblem = (p: { field: string; vi: string }) => p.field === 'images[0].src' && p.vi.includes('GPS');
    expect(warningsOf(checkContent(b.root)).some(gpsProblem)).toBe(true);
    writeFileSync(file, withImage.replace('draft: true', 'draft: false'));
    expect(errorsOf(checkContent(b.root)).some(gpsProblem)).toBe(true);
  });

  it('the importer takes a photo named in the table from the table’s folder, without its location', async () => {
    const b = importSandbox();
    boxes.push(b);
    mkdirSync(join(b.inputs, 'anh'));
    writeFileSync(join(b.inputs, 'anh', 'to-gia-lap.jpg'), await taggedJpeg(900, 600));
    const file = writeCsv(b.inputs, 'ds.csv', [
      ['STT', 'Tên đơn vị', 'Địa chỉ', 'Tên mô hình', 'Lĩnh vực', 'Ảnh'],
      ['1', 'Tổ Giả Lập Ảnh', 'xã Thành Lập, huyện Lương Sơn', 'Đường hoa giả lập', 'Văn hóa – xã hội', 'anh/to-gia-lap.jpg'],
      ['2', 'Tổ Giả Lập Khác', 'xã Thành Lập, huyện Lương Sơn', 'Đường cây giả lập', 'Văn hóa – xã hội', '../../../etc/passwd'],
    ]);
    const r = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../tools/import.ts'), file, '--plan', PLAN_SLUG], { cwd: b.root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('nằm ngoài thư mục ảnh');
    const dir = join(b.root, 'content/profiles/to-gia-lap-anh-duong-hoa-gia-lap');
    expect(await exifr.gps(readFileSync(join(dir, 'anh-1.jpg')))).toBeUndefined();
    expect(listFiles(join(b.root, 'content/profiles/to-gia-lap-khac-duong-cay-gia-lap'))).toEqual(['index.mdx']);
    expect(errorsOf(checkContent(b.root))).toEqual([]);
  });

  it('with --photos, a row without a photo column takes "<Số TT>.jpg" from that folder', async () => {
    const b = importSandbox();
    boxes.push(b);
    const folder = join(b.inputs, 'anh-theo-stt');
    mkdirSync(folder);
    writeFileSync(join(folder, '2.jpg'), await taggedJpeg(640, 480));
    const file = writeCsv(b.inputs, 'ds.csv', [
      ['STT', 'Tên đơn vị', 'Địa chỉ', 'Tên mô hình', 'Lĩnh vực'],
      ['1', 'Tổ Giả Lập Một', 'xã Thành Lập, huyện Lương Sơn', 'Mô hình một giả lập', 'Văn hóa – xã hội'],
      ['2', 'Tổ Giả Lập Hai', 'xã Thành Lập, huyện Lương Sơn', 'Mô hình hai giả lập', 'Văn hóa – xã hội'],
    ]);
    const tool = resolve(import.meta.dirname, '../../tools/import.ts');
    const r = spawnSync(process.execPath, [tool, file, '--plan', PLAN_SLUG, '--photos', folder], { cwd: b.root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const two = join(b.root, 'content/profiles/to-gia-lap-hai-mo-hinh-hai-gia-lap');
    expect(listFiles(two)).toEqual(['anh-1.jpg', 'index.mdx']);
    expect(await exifr.gps(readFileSync(join(two, 'anh-1.jpg')))).toBeUndefined();
    expect(listFiles(join(b.root, 'content/profiles/to-gia-lap-mot-mo-hinh-mot-gia-lap'))).toEqual(['index.mdx']);
  });
});
