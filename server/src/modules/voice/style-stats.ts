// The measurable habits of a caption: how long, how it is punctuated, whom it speaks as and to.
// A persona's approved posts give each habit a usual range; a caption far outside it reads as
// someone else.

export interface StyleStats {
  /** Characters of text (hashtags, mentions and links left out). */
  length: number;
  /** Words per sentence. */
  sentenceLength: number;
  /** Letters per word: plain talk runs short, formal and corporate prose long. */
  wordLength: number;
  /** Emoji per 100 characters. */
  emojiRate: number;
  hashtags: number;
  /** Exclamation marks per sentence. */
  exclamations: number;
  /** Share of words that are "I", "me", "my", "mine". */
  firstPerson: number;
  /** Share of words that are "you", "your", "yours". */
  secondPerson: number;
  /** Share of words of two or more letters written in capitals. */
  shouting: number;
}

export const STYLE_STATS = ['length', 'sentenceLength', 'wordLength', 'emojiRate', 'hashtags', 'exclamations', 'firstPerson', 'secondPerson', 'shouting'] as const;

const EMOJI = /\p{Extended_Pictographic}/gu;
const HASHTAG = /#[\p{L}\p{N}_]+/gu;
const MENTION = /@[\w.]+/g;
const LINK = /https?:\/\/\S+/g;
const WORD = /[\p{L}\p{N}']+/gu;
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', "i'm", "i've", "i'll", "i'd"]);
const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you've", "you'll"]);

/** The text a caption says, without its tags, mentions and links. */
export function proseOf(caption: string): string {
  return caption.replace(LINK, ' ').replace(HASHTAG, ' ').replace(MENTION, ' ').replace(/\s+/g, ' ').trim();
}

/** The words of a text (letters, digits and apostrophes). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function styleStats(caption: string): StyleStats {
  const prose = proseOf(caption);
  const words = wordsOf(prose);
  const sentences = Math.max(1, prose.split(/[.!?…]+(?:\s|$)/u).filter((part) => part.trim()).length);
  const share = (count: number) => (words.length ? count / words.length : 0);
  const lower = words.map((word) => word.toLowerCase());
  return {
    length: prose.length,
    sentenceLength: words.length / sentences,
    wordLength: words.length ? words.reduce((sum, word) => sum + word.length, 0) / words.length : 0,
    emojiRate: prose.length ? ((prose.match(EMOJI) ?? []).length * 100) / prose.length : 0,
    hashtags: (caption.match(HASHTAG) ?? []).length,
    exclamations: (prose.match(/!/g) ?? []).length / sentences,
    firstPerson: share(lower.filter((word) => FIRST_PERSON.has(word)).length),
    secondPerson: share(lower.filter((word) => SECOND_PERSON.has(word)).length),
    shouting: share(words.filter((word) => word.length >= 2 && /\p{Lu}/u.test(word) && word === word.toUpperCase()).length),
  };
}
