import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprintImage } from '../../storage/image-fingerprint.js';
import { checkImage, type PersonaLook } from './image-check.js';
import { drawLabelledImages, evaluateLookDetector, type LabelledImages } from './look-evaluation.js';

let labelled: LabelledImages;
beforeAll(async () => {
  labelled = await drawLabelledImages();
}, 60_000);

const lookOf = (handle: string, threshold = 70): PersonaLook => ({ threshold, references: labelled.references.get(handle)! });

describe('the offline likeness score', () => {
  it('passes images of a character and flags others, on the labelled set', () => {
    const { precision, recall } = evaluateLookDetector(labelled, 70);
    // Flagging is the detector's positive: an image not of the character flagged is a true positive.
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it("scores another character's portrait below the character's own generated images, with reasons", () => {
    const own = labelled.images.filter((image) => image.owner === 'lena.grows' && image.kind === 'generated from references');
    const stranger = labelled.images.find((image) => image.owner === 'priya.cooks' && image.kind === 'new pose')!;
    const strangerCheck = checkImage({ id: 'x', fingerprint: stranger.fingerprint }, lookOf('lena.grows'))!;
    for (const image of own) expect(checkImage({ id: 'y', fingerprint: image.fingerprint }, lookOf('lena.grows'))!.score).toBeGreaterThan(strangerCheck.score!);
    expect(strangerCheck.flagged).toBe(true);
    expect(strangerCheck.reasons.map((reason) => reason.kind)).toContain('LIKENESS');
    expect(strangerCheck.reasons.at(-1)!.message).toMatch(/^Most like reference image [123]: layout \d+% alike, colours \d+% alike\.$/);
  });

  it('judges nothing until the look has 3 references, and calls a reference itself one', () => {
    const [first, second] = labelled.references.get('lena.grows')!;
    expect(checkImage({ id: 'x', fingerprint: first!.fingerprint }, { threshold: 70, references: [first!, second!] })).toBeNull();
    expect(checkImage({ id: second!.assetId, fingerprint: second!.fingerprint }, lookOf('lena.grows'))).toMatchObject({ score: 100, flagged: false });
  });

  it('fingerprints an image the same after resizing and recompression, and a turned photo upright', async () => {
    const portrait = labelled.references.get('ada.rails')![0]!.bytes;
    const smaller = await sharp(portrait).resize(540).jpeg({ quality: 60 }).toBuffer();
    const check = checkImage({ id: 'x', fingerprint: await fingerprintImage(smaller) }, lookOf('ada.rails'))!;
    expect(check.score).toBeGreaterThanOrEqual(90);
    // Stored turned, with EXIF saying how to show it (orientation 6: rotate 90° clockwise).
    const turned = await sharp(portrait).rotate(-90).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    expect(checkImage({ id: 'x', fingerprint: await fingerprintImage(turned) }, lookOf('ada.rails'))!.score).toBeGreaterThanOrEqual(90);
  });
});
