const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as the platforms count them (and the server, caption-limits.ts): an emoji is one, not two. */
export const characterCount = (text: string) => [...graphemes.segment(text)].length;
