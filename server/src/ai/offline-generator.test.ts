import { describe, expect, it } from 'vitest';
import { captionProblems } from '../modules/content-item/caption-limits.js';
import type { CaptionRequest, PersonaBrief } from './generator.js';
import { OfflineGenerator } from './offline-generator.js';

const brief: PersonaBrief = {
  version: 2, name: 'Ada Rail', handle: 'ada.rails', niche: 'Slow travel by train', voice: 'Calm', style: '', personality: '',
  bio: '', aesthetic: '', platforms: ['instagram'], goals: [], topics: ['night trains'], avoid: [], examplePosts: [], look: '',
};
const generator = new OfflineGenerator();
const write = async (draft: string, overrides: Partial<CaptionRequest> = {}) =>
  (await generator.writeCaption({ brief, platform: 'instagram', title: 'Vienna to Venice overnight', draft, maxCharacters: 2200, maxHashtags: 30, ...overrides })).value;
const tagsOf = (caption: string) => caption.match(/#[\p{L}\p{N}_]+/gu) ?? [];

describe('offline captions', () => {
  it('writes from the title and brief when there is no draft', async () => {
    const caption = await write('   ');
    expect(caption.startsWith('Vienna to Venice overnight.')).toBe(true);
    expect(tagsOf(caption).length).toBeGreaterThan(0);
  });

  it("keeps the person's draft word for word, with their hashtags, and finishes it", async () => {
    const draft = 'slept through the Alps, woke up to the lagoon\n\n#NightTrains #interrail';
    const caption = await write(draft);
    expect(caption.startsWith('Slept through the Alps, woke up to the lagoon. ')).toBe(true);
    const tags = tagsOf(caption);
    expect(tags.slice(0, 2)).toEqual(['#NightTrains', '#interrail']);
    // The persona's own tags are added, never one the draft already has in another case.
    expect(tags.map((tag) => tag.toLowerCase()).filter((tag) => tag === '#nighttrains')).toHaveLength(1);
    expect(tags.length).toBeGreaterThan(2);
    expect(await write(draft)).toBe(caption);
  });

  it('adds no hashtags past the limit, counting the draft’s own', async () => {
    const caption = await write('Five tags already #a #b #c #d #e', { maxHashtags: 5 });
    expect(tagsOf(caption)).toEqual(['#a', '#b', '#c', '#d', '#e']);
  });

  it('fits the platform: additions go first, then a long draft is cut at a word', async () => {
    const draft = `${'word '.repeat(500)}end`;
    const caption = await write(draft);
    expect(captionProblems(caption, 'instagram', { instagramMaxHashtags: 30 })).toEqual([]);
    expect(caption).toMatch(/^Word word .* word…$/s);

    const short = await write('A short draft', { maxCharacters: 20 });
    expect(short).toBe('A short draft.');
  });
});
