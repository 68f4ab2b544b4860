import { describe, expect, it } from 'vitest';
import { littleText, sameCommentary } from './linkedin/linkedin-text.js';
import { samePostText } from './x/x-text.js';
import { videoMetadata } from './youtube/youtube-metadata.js';

// The text each network is sent or shows back, where DoppelCart must get it exactly right: a
// LinkedIn commentary cut short by an unescaped character, an X post not recognised after X
// rewrote its links, a YouTube upload refused for its title.

describe("LinkedIn's little text", () => {
  it('escapes every markup character and keeps hashtags as hashtag templates', () => {
    expect(littleText('a\\b|c{d}e@f[g]h(i)j<k>l*m_n~o')).toBe('a\\\\b\\|c\\{d\\}e\\@f\\[g\\]h\\(i\\)j\\<k\\>l\\*m\\_n\\~o');
    expect(littleText('Sow #chillies_2026 now, #Über')).toBe('Sow {hashtag|\\#|chillies\\_2026} now, {hashtag|\\#|Über}');
    expect(littleText('A lone # stays a character')).toBe('A lone \\# stays a character');
  });

  it('recognises the commentary sent whatever the spacing LinkedIn gives back', () => {
    expect(sameCommentary('one  two\nthree ', 'one two three')).toBe(true);
    expect(sameCommentary(undefined, 'one')).toBe(false);
    expect(sameCommentary('one two', 'one three')).toBe(false);
  });
});

describe("X's text as it shows it", () => {
  it('matches a post whose links X wrapped and whose & < > it escaped', () => {
    expect(samePostText('Seeds &amp; soil https://t.co/abc12 #swap', 'Seeds & soil https://example.com/a/very/long/path #swap')).toBe(true);
    expect(samePostText('Seeds &lt;3', 'Seeds <3')).toBe(true);
    expect(samePostText('Seeds and soil', 'Seeds & soil')).toBe(false);
  });
});

describe('YouTube metadata', () => {
  it("takes the item's title, without < and >, cut to 100 characters, and the hashtags as tags", () => {
    const metadata = videoMetadata(`<b>${'x'.repeat(120)}</b>`, 'First line\nMore #chillies #chillies #balcony_garden');
    expect([...metadata.title]).toHaveLength(100);
    expect(metadata.title).toMatch(/^bx+…$/);
    expect(metadata.tags).toEqual(['chillies', 'balcony_garden']);
  });

  it("uses the caption's first line when the item has no title", () => {
    expect(videoMetadata(null, '\n  Sowing day  \nSecond').title).toBe('Sowing day');
    expect(videoMetadata('  ', '').title).toBe('Video');
  });
});
