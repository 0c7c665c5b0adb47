/**
 * Rasterising a card region by region (src/lib/og/regions.ts) gives the pixels of one render of the
 * whole card, byte for byte: over cards of one to three title lines, both kinds, a clipped layout,
 * and SVG the region path does not take (rendered whole).
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { rasteriseOg, rasteriseOgWhole, renderOgSvg, type OgCard } from '../../src/lib/og-image.ts';
import { regionRasteriser } from '../../src/lib/og/regions.ts';

const BASE: OgCard = {
  title: 'Tổ hòa giải ở cơ sở',
  unit: 'Hội Liên hiệp Phụ nữ xã Đồng Tâm',
  locality: 'xã Thành Lập, tỉnh Phú Thọ',
  field: 'Nông nghiệp; Dân vận',
  kindLabel: 'Mô hình',
  siteName: 'Mô hình, điển hình tiên tiến',
  publisher: 'Ban Thi đua – Khen thưởng tỉnh Hòa Bình · Sở Nội vụ tỉnh Hòa Bình',
  siteUrl: 'https://dienhinhtientien.example.vn',
};

const CARDS: OgCard[] = [
  BASE,
  { ...BASE, title: 'Mô hình “Dân vận khéo” trong xây dựng nông thôn mới ở xã Đồng Tâm', kindLabel: 'Điển hình' },
  { ...BASE, title: 'Điển hình tiên tiến trong phong trào thi đua “Hòa Bình chung sức xây dựng nông thôn mới” giai đoạn 2021–2025, Ỷ Ỵ Ỹ gjpqy', unit: 'Ông Đỗ Văn Đông' },
  { ...BASE, title: 'Nuôi ong', unit: 'Hộ gia đình bà Lò Thị Ư', locality: 'bản Mường, xã Mường Lói, tỉnh Điện Biên', field: 'Sản xuất, kinh doanh giỏi' },
  // Clipped layout (masks in use): rendered whole.
  {
    ...BASE,
    title: 'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM',
    unit: 'Ông Nguyễn Văn Đường, Bí thư Chi bộ, Trưởng xóm Đồng Sương, Chi hội trưởng Chi hội Nông dân, Tổ trưởng tổ hòa giải',
    locality: 'xóm Đồng Sương, xã Thượng Cốc, tỉnh Phú Thọ',
    field: 'Nông nghiệp',
  },
];

describe('region rasterising', { timeout: 60_000 }, () => {
  it('gives every card the pixels of one whole render', async () => {
    for (const card of CARDS) {
      const svg = await renderOgSvg(card);
      // Three times: the second from the kept static layer, the third also from the kept regions of
      // the text met before (and the chip, site name and footer of the cards before it).
      for (let i = 0; i < 3; i++) expect(rasteriseOg(svg).equals(rasteriseOgWhole(svg)), card.title).toBe(true);
    }
  });

  it('renders what it does not recognise whole, and draws overlapping text from every path that meets a region', () => {
    const renders: string[] = [];
    const render = (svg: string): Buffer => {
      renders.push(svg);
      return new Resvg(svg, { fitTo: { mode: 'original' }, background: '#ffffff', font: { loadSystemFonts: false } }).render().pixels;
    };
    const byRegions = regionRasteriser(render, 60, 40);
    const svg = (body: string) => `<svg width="60" height="40" viewBox="0 0 60 40" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="8" height="40" fill="#9b1b1f"/>${body}</svg>`;
    // Two overlapping shapes, the second drawn over the first.
    const overlapping = svg('<path fill="#1b1b1b" d="M10 5L40 5L40 25L10 25Z"/><path fill="#c9a227" d="M30.5 15.2Q45 10 55 30L25 35Z"/>');
    expect(byRegions(overlapping).equals(render(overlapping))).toBe(true);
    renders.length = 0;
    byRegions(overlapping);
    expect(renders).toHaveLength(2); // the static layer was kept; one render per path
    // A path met before keeps its region's pixels: the third time, only the static layer is kept
    // and both regions come from what was kept (the first path's region is the same string).
    renders.length = 0;
    expect(byRegions(overlapping).equals(render(overlapping))).toBe(true);
    expect(renders).toHaveLength(1); // the whole render of the comparison only
    for (const whole of [svg('<path fill="#1b1b1b" d="m10 5l30 0l0 20z"/>'), svg('<path fill="#1b1b1b" d="M10 5H40V25Z"/>')]) {
      renders.length = 0;
      expect(byRegions(whole).equals(render(whole))).toBe(true);
      expect(renders[0]).toBe(whole);
    }
  });
});
