import { describe, expect, it } from 'vitest';
import { captionParts, foldCaption, platformFrames } from './post-preview';

describe('post preview', () => {
  it('folds a long caption at a word boundary before the platform’s cut, and leaves a short one whole', () => {
    const long = 'Before a single seed goes in: soil. My balcony mix is 1 part compost, 1 part coco coir, 1 part perlite. Cheap, light, drains well.';
    const folded = foldCaption(long, platformFrames.INSTAGRAM.captionPreviewLength);
    expect(folded.more).toBe(true);
    expect(folded.shown.length).toBeLessThanOrEqual(125);
    expect(long.startsWith(folded.shown)).toBe(true);
    expect(folded.shown.endsWith(' ')).toBe(false);
    expect(foldCaption('  Short and sweet  ', 125)).toEqual({ shown: 'Short and sweet', more: false });
  });

  it('marks hashtags, in any script, and keeps the text around them', () => {
    expect(captionParts('Day 40 #balconygarden, #café_life!')).toEqual([
      { text: 'Day 40 ', hashtag: false },
      { text: '#balconygarden', hashtag: true },
      { text: ', ', hashtag: false },
      { text: '#café_life', hashtag: true },
      { text: '!', hashtag: false },
    ]);
  });

  it('frames Instagram feed images at 4:5', () => {
    expect(platformFrames.INSTAGRAM.aspectRatio).toBeCloseTo(0.8);
  });
});
