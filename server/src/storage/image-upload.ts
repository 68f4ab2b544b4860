import sharp from 'sharp';
import { digitalSourceXmp, type DigitalSourceType } from './digital-source.js';

// Uploaded images are never trusted: the format is read from the bytes (not the name or the
// Content-Type), size and pixel count are capped before decoding, and what is stored is a
// fresh encode without metadata (no GPS, no camera serials, no embedded scripts) but the digital
// source type DoppelCart writes itself. SVG is
// refused outright: it is a document that can carry script, not a picture.

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** 40 megapixels: a small file that claims more would decompress into gigabytes. */
export const MAX_UPLOAD_PIXELS = 40_000_000;
const MAX_STORED_EDGE = 4096;

const ACCEPTED = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;

export interface ProcessedImage {
  bytes: Buffer;
  mimeType: (typeof ACCEPTED)[keyof typeof ACCEPTED];
  width: number;
  height: number;
}

export class ImageRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageRejectedError';
  }
}

/**
 * Checks and re-encodes an image. `digitalSourceType` is written into the fresh encode's XMP
 * (the only metadata kept): where the image came from (digital-source.ts).
 */
export async function processImageUpload(bytes: Buffer, digitalSourceType?: DigitalSourceType | null): Promise<ProcessedImage> {
  if (bytes.length === 0) throw new ImageRejectedError('The file is empty');
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new ImageRejectedError(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  }
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejectedError('The file is not an image DoppelCart can read (JPEG, PNG or WebP)');
  }
  const format = metadata.format as string | undefined;
  if (format === 'svg') throw new ImageRejectedError('SVG files are not accepted; upload a JPEG, PNG or WebP');
  if (!format || !(format in ACCEPTED)) {
    throw new ImageRejectedError(`${format?.toUpperCase() ?? 'This'} images are not accepted; upload a JPEG, PNG or WebP`);
  }
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (!pixels || pixels > MAX_UPLOAD_PIXELS) {
    throw new ImageRejectedError(`The image is too large (${metadata.width}x${metadata.height}); at most ${MAX_UPLOAD_PIXELS / 1e6} megapixels`);
  }
  const mimeType = ACCEPTED[format as keyof typeof ACCEPTED];
  try {
    const pipeline = sharp(bytes, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: 'truncated' })
      .rotate()
      .resize({ width: MAX_STORED_EDGE, height: MAX_STORED_EDGE, fit: 'inside', withoutEnlargement: true });
    if (digitalSourceType) pipeline.withXmp(digitalSourceXmp(digitalSourceType));
    const encoded = format === 'png' ? pipeline.png() : format === 'webp' ? pipeline.webp({ quality: 90 }) : pipeline.jpeg({ quality: 90, mozjpeg: true });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { bytes: data, mimeType, width: info.width, height: info.height };
  } catch {
    throw new ImageRejectedError('The image is damaged or incomplete');
  }
}
