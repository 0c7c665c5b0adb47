/**
 * What the Open Graph step costs a build: renders N synthetic profile cards (default 1,000) into
 * a temporary folder, cold (empty cache), then warm (everything cached), then with 1 % of the
 * cards edited. Prints total and median per-card times and peak memory. Never touches content/.
 *
 *   node tools/bench-og.ts [--count 1000] [--concurrency 2] [--keep]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getOgImage, ogImagePath, writeOgImages, type OgCard, type OgImageItem } from '../src/lib/og-cache.ts';
import { renderOgImage } from '../src/lib/og-image.ts';
import { site } from '../src/site.config.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const concurrency = Number(values.concurrency);

// Deterministic pseudo-random choices, so runs compare.
let seed = 20261125;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const MODELS = ['Mô hình trồng rau hữu cơ', 'Mô hình nuôi cá lồng trên hồ thủy điện', 'Mô hình “Dân vận khéo” trong xây dựng nông thôn mới', 'Tổ hòa giải ở cơ sở tiêu biểu', 'Mô hình “Ngôi nhà 100 đồng”', 'Điển hình tiên tiến trong phong trào thi đua “Hòa Bình chung sức xây dựng nông thôn mới”', 'Mô hình liên kết sản xuất cam Cao Phong theo chuỗi giá trị', 'Mô hình bếp ăn bán trú cho học sinh vùng cao', 'Mô hình phòng, chống đuối nước cho trẻ em'];
const UNITS = ['Hợp tác xã Nông nghiệp Thành Lập', 'Hội Liên hiệp Phụ nữ xã Đồng Tâm', 'Ông Bùi Văn Đường', 'Hộ bà Nguyễn Thị Hường', 'Trường Tiểu học và THCS Dân Hạ', 'Đoàn Thanh niên phường Thống Nhất', 'Chi hội Nông dân xóm Ữm'];
const COMMUNES = ['xã Thành Lập', 'xã Đồng Tâm', 'phường Thống Nhất', 'xã Thượng Cốc', 'xã Dân Hạ', 'xã Mường Vang'];
const DISTRICTS = ['huyện Lương Sơn', 'huyện Lạc Sơn', 'huyện Kỳ Sơn', 'thành phố Hòa Bình', 'huyện Cao Phong'];
const FIELDS = ['Nông nghiệp', 'Xây dựng nông thôn mới', 'Văn hóa – Xã hội', 'Giáo dục – Đào tạo', 'Quốc phòng – An ninh', 'Dân vận'];

function card(i: number, edit = 0): OgCard {
  return {
    title: `${pick(MODELS)} số ${i}${edit ? ` (sửa ${edit})` : ''}`,
    unit: pick(UNITS),
    locality: `${pick(COMMUNES)}, ${pick(DISTRICTS)}, tỉnh Hòa Bình`,
    field: pick(FIELDS),
    kindLabel: rand() < 0.5 ? 'Mô hình' : 'Điển hình',
    siteName: site.name,
    publisher: [site.publisher.name, site.publisher.parent].filter(Boolean).join(' · '),
    siteUrl: site.baseUrl,
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** Peak RSS during fn, sampled every 20 ms (plus the process-wide peak from the kernel). */
async function measure<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  try {
    const result = await fn();
    return { result, ms: performance.now() - t0, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

const work = mkdtempSync(join(tmpdir(), 'bench-og-'));
const cacheDir = join(work, 'cache');
const items: OgImageItem[] = Array.from({ length: count }, (_, i) => ({ path: ogImagePath(`/mo-hinh/ho-so-${i}/`), card: card(i) }));

const renderTimes: number[] = [];
const timedRender = async (c: OgCard): Promise<Buffer> => {
  const t = performance.now();
  const png = await renderOgImage(c);
  renderTimes.push(performance.now() - t);
  return png;
};

console.log(`bench-og: ${count} cards, concurrency ${concurrency}, work dir ${work}`);

const cold = await measure(() => writeOgImages(items, join(work, 'dist-cold'), { cacheDir, render: timedRender, concurrency }));
const coldRenders = [...renderTimes];

const warm = await measure(() => writeOgImages(items, join(work, 'dist-warm'), { cacheDir, render: timedRender, concurrency }));
// Per-card cost of a cache hit, one at a time.
const hitTimes: number[] = [];
for (const it of items.slice(0, Math.min(200, items.length))) {
  const t = performance.now();
  await getOgImage(it.card, { cacheDir });
  hitTimes.push(performance.now() - t);
}

renderTimes.length = 0;
const edited = items.map((it, i) => (i % 100 === 0 ? { ...it, card: { ...it.card, title: `${it.card.title} (sửa)` } } : it));
const partial = await measure(() => writeOgImages(edited, join(work, 'dist-edit'), { cacheDir, render: timedRender, concurrency }));

const row = (name: string, r: { ms: number; peakRssMb: number; result: { hits: number; misses: number } }, perCard: number[]) =>
  `${name.padEnd(22)} total ${(r.ms / 1000).toFixed(2).padStart(7)} s   renders ${String(r.result.misses).padStart(5)}   hits ${String(r.result.hits).padStart(5)}   median/card ${median(perCard).toFixed(1).padStart(7)} ms   peak RSS ${r.peakRssMb.toFixed(0)} MB`;

console.log(row('cold (empty cache)', cold, coldRenders));
console.log(row('warm (all cached)', warm, hitTimes));
console.log(row('1 % of cards edited', partial, renderTimes));
console.log(`process peak RSS (kernel): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(`cold: ${(cold.ms / count).toFixed(1)} ms/card wall; warm: ${(warm.ms / count).toFixed(2)} ms/card wall`);

if (values.keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
