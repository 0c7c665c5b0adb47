/**
 * A profile's Open Graph image, opened in Chromium as a crawler's renderer would: it is a
 * 1200×630 PNG, and the boxes where the card lays out the title and the unit are inked, where a
 * card without them is blank there. The boxes come from the card's own layout (satori), given the
 * profile's title and unit from content/; the ink is counted on the pixels Chromium decoded.
 */
import { describe, expect, it } from 'vitest';
import { renderOgImage, renderOgSvg, type LaidOutNode, type OgCard } from '../../src/lib/og-image.ts';
import { site as siteConfig } from '../../src/site.config.ts';
import { useSite } from '../support/e2e.ts';
import { firstProfile } from '../support/templates.ts';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const profile = firstProfile();
const identity: Pick<OgCard, 'siteName' | 'publisher' | 'siteUrl'> = {
  siteName: siteConfig.name,
  publisher: [siteConfig.publisher.name, siteConfig.publisher.parent].filter(Boolean).join(' · '),
  siteUrl: siteConfig.baseUrl,
};

/** Where the card puts a piece of text, for this title and unit. */
async function boxesOf(card: OgCard): Promise<Map<string, Box>> {
  const boxes = new Map<string, Box>();
  await renderOgSvg(card, (n: LaidOutNode) => {
    if (n.text && !boxes.has(n.text)) boxes.set(n.text, n);
  });
  return boxes;
}

describe('the Open Graph image of a profile, in Chromium', () => {
  const open = useSite();

  it('is 1200×630 and shows the title and the unit where the card lays them out', async () => {
    const { title, unit } = profile.data;
    const boxes = await boxesOf({ title, unit, locality: '—', field: '—', ...identity });
    const titleBox = boxes.get(title);
    const unitBox = boxes.get(unit);
    expect(titleBox && unitBox, 'the layout has no box for the title or the unit').toBeTruthy();
    const blank = (await renderOgImage({ title: '', ...identity })).toString('base64');

    const context = await open.site.context('desktop');
    try {
      const page = await context.newPage();
      const response = await page.goto(open.site.server.url(`/og/mo-hinh/${profile.slug}.png`));
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toBe('image/png');

      const result = await page.evaluate(
        async ({ boxes, blank }) => {
          const load = (src: string) =>
            new Promise<HTMLImageElement>((resolve, reject) => {
              const img = new Image();
              img.onload = () => resolve(img);
              img.onerror = () => reject(new Error(`cannot load ${src.slice(0, 40)}`));
              img.src = src;
            });
          /** Share of dark pixels inside each box. */
          const ink = (img: HTMLImageElement) => {
            const canvas = document.createElement('canvas');
            canvas.width = img.naturalWidth;
            canvas.height = img.naturalHeight;
            const ctx = canvas.getContext('2d');
            if (!ctx) throw new Error('no 2d context');
            ctx.drawImage(img, 0, 0);
            return boxes.map((b) => {
              const { data } = ctx.getImageData(b.left, b.top, b.width, b.height);
              let dark = 0;
              for (let i = 0; i < data.length; i += 4) if (0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]! < 128) dark++;
              return dark / (b.width * b.height);
            });
          };
          const shown = document.images[0] ?? (await load(location.href));
          if (!shown.complete) await new Promise((r) => shown.addEventListener('load', r, { once: true }));
          const empty = await load(URL.createObjectURL(new Blob([Uint8Array.from(atob(blank), (c) => c.charCodeAt(0))], { type: 'image/png' })));
          return { width: shown.naturalWidth, height: shown.naturalHeight, shown: ink(shown), empty: ink(empty) };
        },
        { boxes: [titleBox!, unitBox!], blank },
      );

      expect({ width: result.width, height: result.height }).toEqual({ width: 1200, height: 630 });
      const [titleInk, unitInk] = result.shown;
      const [titleBlank, unitBlank] = result.empty;
      // Bold text covers roughly a tenth to a third of its line boxes; an empty box nothing.
      expect(titleInk, 'the title box is not inked').toBeGreaterThan(0.05);
      expect(unitInk, 'the unit box is not inked').toBeGreaterThan(0.05);
      expect(titleBlank).toBeLessThan(0.005);
      expect(unitBlank).toBeLessThan(0.005);
    } finally {
      await context.close();
    }
  });
});
