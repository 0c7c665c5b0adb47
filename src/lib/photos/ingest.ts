/**
 * Photo ingest: an editor's photo becomes a web-sized copy with no location or camera metadata.
 * sharp turns the pixels upright by the EXIF orientation first, then writes the image without any
 * EXIF, XMP or IPTC (sharp keeps none unless asked), so GPS coordinates, the camera and the place
 * never reach the site — these are often photos of people's homes.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import sharp from 'sharp';
import { writeFileAtomic } from '../files.ts';

import { MAX_EDGE } from './ingest-limits.ts';

export { MAX_BYTES, MAX_EDGE } from './ingest-limits.ts';

const OUTPUT: Record<string, 'jpeg' | 'png' | 'webp' | 'avif'> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.avif': 'avif',
};
export const PHOTO_EXTENSIONS = Object.keys(OUTPUT);

export interface IngestResult {
  width: number;
  height: number;
  bytes: number;
  /** What the original carried that was removed. */
  removed: string[];
}

/** Resize (never enlarge), orient, strip metadata; `output`'s extension sets the format. */
export async function ingestPhoto(input: string | Buffer, output: string): Promise<IngestResult> {
  const source = typeof input === 'string' ? readFileSync(input) : input;
  const meta = await sharp(source).metadata();
  const removed = [
    ...(meta.exif ? ['EXIF'] : []),
    ...(meta.xmp ? ['XMP'] : []),
    ...(meta.iptc ? ['IPTC'] : []),
  ];
  const format = OUTPUT[extname(output).toLowerCase()] ?? 'jpeg';
  const pipeline = sharp(source, { failOn: 'error' })
    .rotate()
    .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true });
  const encoded =
    format === 'png'
      ? pipeline.png({ compressionLevel: 9 })
      : format === 'webp'
        ? pipeline.webp({ quality: 82 })
        : format === 'avif'
          ? pipeline.avif({ quality: 60 })
          : pipeline.jpeg({ quality: 82, mozjpeg: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  writeFileAtomic(output, data);
  return { width: info.width, height: info.height, bytes: data.length, removed };
}
