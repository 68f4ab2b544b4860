import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readDigitalSourceType } from './digital-source.js';
import { processImageUpload } from './image-upload.js';
import { encodeJpeg } from './jpeg-rendition.js';

const image = (format: 'png' | 'jpeg' | 'webp') =>
  sharp({ create: { width: 64, height: 48, channels: 4, background: { r: 200, g: 120, b: 80, alpha: 0.5 } } })
    .toFormat(format)
    .toBuffer();

describe('the digital source type in the XMP', () => {
  it('is written into every stored format and read back', async () => {
    for (const format of ['png', 'jpeg', 'webp'] as const) {
      const stored = await processImageUpload(await image(format), 'trainedAlgorithmicMedia');
      expect(await readDigitalSourceType(stored.bytes), format).toBe('trainedAlgorithmicMedia');
    }
  });

  it('survives the Instagram JPEG rendition of a PNG', async () => {
    const stored = await processImageUpload(await image('png'), 'trainedAlgorithmicMedia');
    const jpeg = (await encodeJpeg(stored.bytes, 8 * 1024 * 1024))!;
    expect((await sharp(jpeg).metadata()).format).toBe('jpeg');
    expect(await readDigitalSourceType(jpeg)).toBe('trainedAlgorithmicMedia');
  });

  it('is absent when none is declared, and only what DoppelCart writes is kept', async () => {
    const withExif = await sharp(await image('jpeg')).withExif({ IFD0: { Artist: 'someone' } }).toBuffer();
    const stored = await processImageUpload(withExif, 'digitalCapture');
    const metadata = await sharp(stored.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(await readDigitalSourceType(stored.bytes)).toBe('digitalCapture');
    expect(await readDigitalSourceType((await processImageUpload(await image('png'))).bytes)).toBeNull();
  });
});
