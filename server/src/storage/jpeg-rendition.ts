import sharp from 'sharp';

// Instagram takes JPEG images only, and generated images arrive as PNG. A PNG or WebP asset
// therefore goes out as a JPEG copy made when it is published, stored next to the original
// under a key derived from it: made again it is the same file, so a publish that is retried or
// recovered after a crash does not need to know whether an earlier attempt made it.

/** The storage key of an asset's JPEG copy. */
export function jpegRenditionKey(storageKey: string): string {
  return `${storageKey}.jpg`;
}

// Lower qualities are tried only for an image that does not fit the size limit at the first.
const QUALITIES = [90, 80, 70, 60] as const;

/**
 * The image as a JPEG of at most `maxBytes`: transparency on white (a JPEG has none, and
 * black would show through), colour kept, and of the metadata only the XMP (the digital source
 * type DoppelCart wrote: stored images carry no other). Null when no quality fits.
 */
export async function encodeJpeg(bytes: Buffer, maxBytes: number): Promise<Buffer | null> {
  for (const quality of QUALITIES) {
    const jpeg = await sharp(bytes).flatten({ background: '#ffffff' }).keepXmp().jpeg({ quality, mozjpeg: true }).toBuffer();
    if (jpeg.length <= maxBytes) return jpeg;
  }
  return null;
}
