import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeJpeg, jpegRenditionKey } from './jpeg-rendition.js';

// Noise barely compresses, so it shows the size limit at work.
const noise = (side: number) => sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } }).png().toBuffer();

describe('encodeJpeg', () => {
  it('encodes at the first quality that fits the limit, lowering it only when needed', async () => {
    const png = await noise(400);
    const roomy = await encodeJpeg(png, 8 * 1024 * 1024);
    expect((await sharp(roomy!).metadata()).format).toBe('jpeg');
    const tight = await encodeJpeg(png, Math.floor(roomy!.length * 0.8));
    expect(tight).not.toBeNull();
    expect(tight!.length).toBeLessThan(roomy!.length * 0.8);
  });

  it('gives null when no quality fits, and throws on bytes that are not an image', async () => {
    expect(await encodeJpeg(await noise(400), 1_000)).toBeNull();
    await expect(encodeJpeg(Buffer.from('not an image'), 1_000_000)).rejects.toThrow();
  });
});

describe('jpegRenditionKey', () => {
  it('derives a key of its own from the original, the same every time', () => {
    expect(jpegRenditionKey('personas/p/a.png')).toBe('personas/p/a.png.jpg');
    expect(jpegRenditionKey('personas/p/a.png')).not.toBe('personas/p/a.png');
  });
});
