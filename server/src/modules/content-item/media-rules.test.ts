import { describe, expect, it } from 'vitest';
import { formatRules, mediaProblems, type MediaFacts } from './media-rules.js';

const image = (id: string, width = 1080, height = 1350): MediaFacts => ({ assetId: id, kind: 'image', width, height, durationMs: null, processing: 'ready' });
const video = (id: string, seconds: number, processing: MediaFacts['processing'] = 'ready'): MediaFacts => ({
  assetId: id, kind: 'video', width: 1080, height: 1920, durationMs: seconds * 1000, processing,
});

describe('media rules per platform and format', () => {
  it('takes a feed post with one image, and lets a post without an image stay a draft', () => {
    expect(mediaProblems('instagram', 'post', [image('a')])).toEqual({ invalid: [], needs: [], beforePublishing: [] });
    expect(mediaProblems('instagram', 'post', [])).toEqual({ invalid: [], needs: [], beforePublishing: [] });
    expect(mediaProblems('instagram', 'post', [video('v', 10)]).invalid).toEqual(['the media: a feed post takes images, not videos']);
  });

  it('counts a carousel: 2 to 10, images and videos mixed, each video 3 to 60 s', () => {
    expect(mediaProblems('instagram', 'carousel', [image('a')]).needs).toEqual(['media: a carousel needs 2 to 10 images or videos (has 1)']);
    expect(mediaProblems('instagram', 'carousel', [image('a'), video('v', 12)])).toEqual({ invalid: [], needs: [], beforePublishing: [] });
    const eleven = Array.from({ length: 11 }, (_, index) => image(`i${index}`));
    expect(mediaProblems('instagram', 'carousel', eleven).invalid).toEqual(['at most 10 media for a carousel (has 11)']);
    expect(mediaProblems('instagram', 'carousel', [image('a'), video('v', 61)]).invalid).toEqual(['media 2: a carousel video may be at most 60 s (is 61 s)']);
  });

  it('wants one video of 3 s to 15 min for a Reel, and an image cover only there', () => {
    expect(mediaProblems('instagram', 'reel', []).needs).toEqual(['media: a Reel needs one video (has 0)']);
    expect(mediaProblems('instagram', 'reel', [video('v', 2)]).invalid).toEqual(['the media: a Reel video must be at least 3 s (is 2 s)']);
    expect(mediaProblems('instagram', 'reel', [video('v', 30)], image('c'))).toEqual({ invalid: [], needs: [], beforePublishing: [] });
    expect(mediaProblems('instagram', 'reel', [video('v', 30)], video('c', 5)).invalid).toEqual(['a cover that is an image']);
    expect(mediaProblems('instagram', 'post', [image('a')], image('c')).invalid).toEqual(['a cover only for a Reel (this is a feed post)']);
  });

  it('holds back a video still converting until publishing, and refuses one that failed', () => {
    expect(mediaProblems('instagram', 'story', [video('v', 10, 'processing')]).beforePublishing).toEqual(['the media: the video is still being converted']);
    expect(mediaProblems('instagram', 'story', [video('v', 10, 'failed')]).invalid[0]).toMatch(/could not be converted/);
    expect(mediaProblems('instagram', 'story', [video('v', 61)]).invalid).toEqual(['the media: a Story video may be at most 60 s (is 61 s)']);
  });

  it("checks an image's shape for the feed before publishing", () => {
    expect(mediaProblems('instagram', 'post', [image('a', 1000, 2000)]).beforePublishing).toEqual(['the media: the aspect ratio must be between 4:5 and 1.91:1 for a feed post (is 1000x2000)']);
    expect(mediaProblems('instagram', 'story', [image('a', 1080, 1920)]).beforePublishing).toEqual([]);
    // A Story takes tall images, down to 9:16, and says so past that.
    expect(mediaProblems('instagram', 'story', [image('a', 1000, 3000)]).beforePublishing).toEqual(['the media: the aspect ratio must be between 9:16 and 1.91:1 for a Story (is 1000x3000)']);
  });

  it('holds a Bluesky post to four images and no video', () => {
    expect(mediaProblems('bluesky', 'carousel', ['a', 'b', 'c', 'd'].map((id) => image(id))).invalid).toEqual([]);
    expect(mediaProblems('bluesky', 'carousel', ['a', 'b', 'c', 'd', 'e'].map((id) => image(id))).invalid).toEqual(['at most 4 media for a carousel (has 5)']);
    expect(mediaProblems('bluesky', 'reel', [video('v', 10)]).invalid).toEqual(['a format Bluesky takes (POST, CAROUSEL), not REEL']);
  });

  it('refuses formats a platform does not have, naming those it has', () => {
    expect(mediaProblems('youtube', 'story', [image('a')]).invalid).toEqual(['a format YouTube takes (POST, REEL), not STORY']);
    expect(formatRules('sandbox').map((rule) => rule.format)).toEqual(['post', 'carousel', 'reel', 'story']);
  });
});
