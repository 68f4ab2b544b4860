import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImageRejectedError, MAX_UPLOAD_BYTES, processImageUpload } from './image-upload.js';

const photo = (format: 'jpeg' | 'png' | 'webp', width = 640, height = 480) =>
  sharp({ create: { width, height, channels: 3, background: '#9caf88' } })
    .withMetadata({ exif: { IFD0: { Copyright: 'secret camera owner' } } })
    .toFormat(format)
    .toBuffer();

const rejection = async (bytes: Buffer) => {
  const error = await processImageUpload(bytes).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImageRejectedError);
  return (error as Error).message;
};

describe('processImageUpload', () => {
  it('accepts JPEG, PNG and WebP, re-encoded without metadata', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const input = await photo(format);
      expect((await sharp(input).metadata()).exif).toBeDefined();
      const result = await processImageUpload(input);
      expect(result).toMatchObject({ mimeType: `image/${format}`, width: 640, height: 480 });
      expect((await sharp(result.bytes).metadata()).exif).toBeUndefined();
    }
  });

  it('rejects an empty file', async () => {
    expect(await rejection(Buffer.alloc(0))).toBe('The file is empty');
  });

  it('rejects an oversized file before decoding it', async () => {
    expect(await rejection(Buffer.alloc(MAX_UPLOAD_BYTES + 1))).toMatch(/larger than 15 MB/);
  });

  it('rejects HTML named like an image, by its content', async () => {
    expect(await rejection(Buffer.from('<!doctype html><script>alert(1)</script>'))).toMatch(/not an image/);
  });

  it('rejects SVG', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect(await rejection(svg)).toMatch(/SVG files are not accepted/);
  });

  it('rejects a decompression bomb: a small file that decodes to a huge image', async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await rejection(bomb)).toMatch(/too large \(10000x10000\)/);
  });

  it('rejects a truncated JPEG', async () => {
    const whole = await photo('jpeg', 1200, 900);
    expect(await rejection(whole.subarray(0, Math.floor(whole.length / 2)))).toMatch(/damaged or incomplete/);
  });

  it('shrinks very large images to a sane size', async () => {
    const result = await processImageUpload(await photo('jpeg', 5000, 2500));
    expect([result.width, result.height]).toEqual([4096, 2048]);
  });
});
