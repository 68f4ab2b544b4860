import sharp from 'sharp';

// A perceptual fingerprint of an image, small enough to keep on its asset row: what the visual
// identity lock compares (modules/look). It reads the subject region (the middle 60% across,
// from 12% to 78% down), where a portrait or a post's person is: borders, backdrops and text
// bands say little about who is shown. Two parts, because either alone is easy to fool:
// - shape: a 64-bit difference hash (dHash) of a 9x8 greyscale thumbnail: each bit says whether
//   a pixel is brighter than its right-hand neighbour, so it follows the layout of light and
//   dark (a face, a silhouette) and survives resizing, recompression and small colour shifts;
// - colour: a 4x4x4 RGB histogram of a 32x32 thumbnail, normalised to sum 1, which follows the
//   palette (skin, hair, clothes, setting) whatever the layout.

export interface ImageFingerprint {
  /** The fingerprint's format, so a later one can tell old rows apart. */
  version: 1;
  /** 64-bit difference hash, 16 hex digits. */
  shape: string;
  /** 64 bins (r, g, b in four levels each), summing to 1, rounded to 4 decimals. */
  colour: number[];
}

const LEVELS = 4;

/** The subject region of an upright image of `width` x `height`. */
function subjectRegion(width: number, height: number) {
  return { left: Math.floor(width * 0.2), top: Math.floor(height * 0.12), width: Math.max(1, Math.round(width * 0.6)), height: Math.max(1, Math.round(height * 0.66)) };
}

export async function fingerprintImage(bytes: Buffer): Promise<ImageFingerprint> {
  // `rotate()` applies the EXIF orientation first, so a turned phone photo hashes upright.
  const upright = await sharp(bytes).rotate().removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: upright.info.width, height: upright.info.height, channels: upright.info.channels } } as const;
  const subject = () => sharp(upright.data, raw).extract(subjectRegion(upright.info.width, upright.info.height));
  const grey = await subject().greyscale().resize(9, 8, { fit: 'fill' }).raw().toBuffer();
  let shape = 0n;
  for (let y = 0; y < 8; y += 1) {
    for (let x = 0; x < 8; x += 1) {
      shape = (shape << 1n) | (grey[y * 9 + x]! < grey[y * 9 + x + 1]! ? 1n : 0n);
    }
  }
  const pixels = await subject().resize(32, 32, { fit: 'fill' }).raw().toBuffer();
  const bins = new Array<number>(LEVELS ** 3).fill(0);
  const level = (value: number) => Math.min(LEVELS - 1, Math.floor((value * LEVELS) / 256));
  for (let index = 0; index < pixels.length; index += 3) {
    bins[level(pixels[index]!) * LEVELS * LEVELS + level(pixels[index + 1]!) * LEVELS + level(pixels[index + 2]!)]! += 1;
  }
  const total = pixels.length / 3;
  return { version: 1, shape: shape.toString(16).padStart(16, '0'), colour: bins.map((count) => Math.round((count / total) * 10_000) / 10_000) };
}

export function isImageFingerprint(value: unknown): value is ImageFingerprint {
  const candidate = value as ImageFingerprint | null;
  return (
    typeof candidate === 'object' && candidate !== null && candidate.version === 1 &&
    typeof candidate.shape === 'string' && /^[0-9a-f]{16}$/.test(candidate.shape) &&
    Array.isArray(candidate.colour) && candidate.colour.length === LEVELS ** 3
  );
}

/** How alike two fingerprints' layouts are: 1 identical, 0 no more alike than unrelated images. */
export function shapeSimilarity(a: ImageFingerprint, b: ImageFingerprint): number {
  let differing = BigInt(`0x${a.shape}`) ^ BigInt(`0x${b.shape}`);
  let distance = 0;
  while (differing) {
    distance += Number(differing & 1n);
    differing >>= 1n;
  }
  // Unrelated images differ in about half their 64 bits; 32 or more is no likeness at all.
  return Math.max(0, 1 - distance / 32);
}

/** How alike two fingerprints' palettes are: the histograms' intersection, 0 to 1. */
export function colourSimilarity(a: ImageFingerprint, b: ImageFingerprint): number {
  return Math.min(1, a.colour.reduce((sum, share, index) => sum + Math.min(share, b.colour[index]!), 0));
}
