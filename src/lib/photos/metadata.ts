/**
 * Does an image file still say where it was taken? A synchronous look at the bytes, for the
 * content check: an EXIF block (JPEG APP1, PNG eXIf, WebP EXIF) whose first directory points to GPS
 * data, or XMP text carrying GPS coordinates or a location. Tests compare it with exifr.
 */

const TAG_GPS_IFD = 0x8825;

/** Offsets of TIFF headers ("II*\0" / "MM\0*") that start an EXIF block. */
function tiffStarts(buf: Buffer): number[] {
  const out: number[] = [];
  let i = buf.indexOf('Exif\0\0', 0, 'latin1');
  while (i !== -1) {
    out.push(i + 6);
    i = buf.indexOf('Exif\0\0', i + 6, 'latin1');
  }
  // PNG eXIf and WebP EXIF chunks hold the TIFF data directly after the chunk header.
  for (const tag of ['eXIf', 'EXIF']) {
    let j = buf.indexOf(tag, 0, 'latin1');
    while (j !== -1) {
      const at = tag === 'eXIf' ? j + 4 : j + 8;
      if (buf.subarray(at, at + 2).toString('latin1') === 'II' || buf.subarray(at, at + 2).toString('latin1') === 'MM') out.push(at);
      j = buf.indexOf(tag, j + 4, 'latin1');
    }
  }
  return out;
}

function ifd0HasGps(buf: Buffer, start: number): boolean {
  if (start + 8 > buf.length) return false;
  const order = buf.subarray(start, start + 2).toString('latin1');
  if (order !== 'II' && order !== 'MM') return false;
  const le = order === 'II';
  const u16 = (o: number) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  if (u16(start + 2) !== 42) return false;
  const ifd = start + u32(start + 4);
  if (ifd + 2 > buf.length) return false;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > buf.length) return false;
    if (u16(entry) === TAG_GPS_IFD) return true;
  }
  return false;
}

const XMP_LOCATION = /exif:GPS(?:Latitude|Longitude|Altitude)|photoshop:(?:City|State)|Iptc4xmpCore:Location|Iptc4xmpExt:LocationShown|Iptc4xmpExt:LocationCreated/;

export interface LocationFound {
  exifGps: boolean;
  xmpLocation: boolean;
}

/** What location metadata the bytes carry; undefined when they carry none. */
export function findLocationMetadata(buf: Buffer): LocationFound | undefined {
  const exifGps = tiffStarts(buf).some((s) => ifd0HasGps(buf, s));
  const xmp = buf.indexOf('<x:xmpmeta', 0, 'latin1');
  const xmpLocation = xmp !== -1 && XMP_LOCATION.test(buf.subarray(xmp, buf.indexOf('</x:xmpmeta>', xmp, 'latin1') + 12 || undefined).toString('utf8'));
  return exifGps || xmpLocation ? { exifGps, xmpLocation } : undefined;
}
