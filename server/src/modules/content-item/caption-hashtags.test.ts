import { describe, expect, it } from 'vitest';
import { hashtagsIn, withHashtags } from './caption-hashtags.js';

const roomy = { maxCharacters: 2200, maxHashtags: 30 };

describe('hashtagsIn', () => {
  it('lists the caption’s hashtags in order, each once whatever its case, letters of any script included', () => {
    expect(hashtagsIn('Night trains #NightTrains, then #slowtravel. #nighttrains #Gärten #東京_2')).toEqual(['#NightTrains', '#slowtravel', '#Gärten', '#東京_2']);
    expect(hashtagsIn('No tags here, # not one')).toEqual([]);
  });
});

describe('withHashtags', () => {
  it('appends the tags the caption lacks after a blank line, with a # where missing', () => {
    expect(withHashtags('Soil first. #Compost  \n', ['#compost', 'balcony', '#Garden'], roomy)).toBe('Soil first. #Compost\n\n#balcony #Garden');
  });

  it('leaves a caption that holds every tag exactly as it was', () => {
    expect(withHashtags('Soil first. #compost\n', ['#Compost'], roomy)).toBe('Soil first. #compost\n');
  });

  it('gives an empty caption just the tags', () => {
    expect(withHashtags('', ['#a', '#b'], roomy)).toBe('#a #b');
  });

  it('adds only whole tags that fit the character limit, in order', () => {
    const caption = 'x'.repeat(90);
    expect(withHashtags(caption, ['#abcd', '#efghijkl', '#m'], { maxCharacters: 100, maxHashtags: 30 })).toBe(`${caption}\n\n#abcd`);
  });

  it('stops at the hashtag limit, counting those already in the caption', () => {
    expect(withHashtags('One #a', ['#b', '#c', '#d'], { maxCharacters: 2200, maxHashtags: 3 })).toBe('One #a\n\n#b #c');
  });
});
