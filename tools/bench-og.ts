/**
 * What the Open Graph step costs a build: N synthetic profile cards (default 1,000), never from or
 * into content/, in a temporary folder.
 *
 * 1. Per card, in this thread, one at a time: milliseconds of layout (satori), rasterising
 *    (resvg) and PNG encoding, and the bytes of the PNG (medians and means over a sample).
 * 2. The build path (src/lib/og/build.ts): cold (empty cache, the worker pool renders every card),
 *    warm (everything cached: a header read and a hard link per image), and with 1 % of the cards
 *    edited. Wall time, worker CPU per card, peak memory of this process (workers included).
 *
 *   node tools/bench-og.ts [--count 1000] [--sample 100] [--workers N] [--keep]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ogImagePath, type OgCard } from '../src/lib/og-cache.ts';
import { renderOgImageTimed } from '../src/lib/og-image.ts';
import { OgBuild, type OgBuildItem, type OgBuildReport } from '../src/lib/og/build.ts';
import { defaultPoolSize } from '../src/lib/og/pool.ts';
import { site } from '../src/site.config.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    sample: { type: 'string', default: '100' },
    workers: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const sample = Math.min(count, Number(values.sample));
const workers = values.workers ? Number(values.workers) : defaultPoolSize();

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

/**
 * Wall time, CPU time of the whole process (worker threads included: on a loaded machine the
 * CPU time is the figure that compares) and peak RSS during fn, sampled every 20 ms.
 */
async function measure<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    const result = await fn();
    const cpu = process.cpuUsage(c0);
    return { result, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

const work = mkdtempSync(join(tmpdir(), 'bench-og-'));
const cacheDir = join(work, 'cache');
const items: OgBuildItem[] = Array.from({ length: count }, (_, i) => ({ path: ogImagePath(`/mo-hinh/ho-so-${i}/`), card: card(i) }));
console.log(`bench-og: ${count} cards, ${workers} workers, sample ${sample}, load average ${loadavg()[0]?.toFixed(2)}, work dir ${work}`);

// 1. Per card, this thread. The first card warms up (fonts parsed, code compiled) and is left out.
await renderOgImageTimed(card(-1));
const layout: number[] = [];
const rasterise: number[] = [];
const encode: number[] = [];
const bytes: number[] = [];
for (const it of items.slice(0, sample)) {
  const { png, timings } = await renderOgImageTimed(it.card);
  layout.push(timings.layout);
  rasterise.push(timings.rasterise);
  encode.push(timings.encode);
  bytes.push(png.length);
}
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const total = layout.map((l, i) => l + (rasterise[i] ?? 0) + (encode[i] ?? 0));
console.log(
  `per card (median ms): layout ${median(layout).toFixed(1)}  rasterise ${median(rasterise).toFixed(1)}  encode ${median(encode).toFixed(1)}  total ${median(total).toFixed(1)}` +
    `   PNG bytes: mean ${Math.round(mean(bytes))}  median ${median(bytes)}  max ${Math.max(...bytes)}`,
);

// 2. The build path.
const build = (list: readonly OgBuildItem[], dist: string) => measure(() => new OgBuild(list, { cacheDir, pool: { size: workers } }).writeTo(join(work, dist)));
const cold = await build(items, 'dist-cold');
const warm = await build(items, 'dist-warm');
const edited = items.map((it, i) => (i % 100 === 0 ? { ...it, card: { ...it.card, title: `${it.card.title} (sửa)` } } : it));
const partial = await build(edited, 'dist-edit');

const row = (name: string, r: { ms: number; cpuMs: number; peakRssMb: number; result: OgBuildReport }): string => {
  const t = r.result.timings;
  const n = Math.max(1, r.result.rendered);
  const cpu = r.result.rendered ? `   worker ms/card ${((t.layout + t.rasterise + t.encode) / n).toFixed(1)} (${(t.layout / n).toFixed(1)} + ${(t.rasterise / n).toFixed(1)} + ${(t.encode / n).toFixed(1)})` : '';
  return `${name.padEnd(20)} ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${(r.ms / count).toFixed(2).padStart(6)} ms/image wall  ${(r.cpuMs / count).toFixed(2).padStart(6)} ms/image CPU   rendered ${String(r.result.rendered).padStart(5)}  cached ${String(r.result.hits).padStart(5)}${cpu}   peak RSS ${r.peakRssMb.toFixed(0)} MB`;
};
console.log(row('cold (empty cache)', cold));
console.log(row('warm (all cached)', warm));
console.log(row('1 % of cards edited', partial));
console.log(`dist: ${Math.round(cold.result.bytes / count)} bytes/image`);

if (values.keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
