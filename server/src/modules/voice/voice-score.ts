import { centroid, cosine, ngramProfile, type NgramProfile } from './char-ngrams.js';
import { proseOf, STYLE_STATS, styleStats, wordsOf, type StyleStats } from './style-stats.js';

// How much a caption sounds like its persona, offline and deterministic: its wording against
// the persona's posts (character trigrams), its habits against their usual range (length,
// sentence and word length, emoji, hashtags, exclamations, person, capitals), and the brief's
// words to avoid. 100 is the persona's own voice; below the persona's threshold a caption is flagged.

export interface VoiceReference {
  voice: string;
  personality: string;
  avoid: readonly string[];
  /** Posts in the persona's voice: the brief's examples and captions people approved. */
  posts: readonly string[];
}

export type VoiceReasonKind = 'wording' | 'style' | 'avoid' | 'reference' | 'meaning';

export interface VoiceReason {
  kind: VoiceReasonKind;
  message: string;
}

export interface VoiceScore {
  /** 0 to 100. */
  score: number;
  reasons: VoiceReason[];
}

/** How far a habit may stray (one standard deviation at least this wide) before it counts. */
const STAT_FLOOR: Record<keyof StyleStats, number> = {
  length: 60,
  sentenceLength: 3,
  wordLength: 0.5,
  emojiRate: 0.4,
  hashtags: 1.2,
  exclamations: 0.25,
  firstPerson: 0.03,
  secondPerson: 0.03,
  shouting: 0.03,
};

const STAT_WORDS: Record<keyof StyleStats, { more: string; less: string; show: (value: number) => string }> = {
  length: { more: 'much longer', less: 'much shorter', show: (v) => `${Math.round(v)} characters` },
  sentenceLength: { more: 'longer sentences', less: 'shorter sentences', show: (v) => `${v.toFixed(1)} words a sentence` },
  wordLength: { more: 'longer words', less: 'shorter words', show: (v) => `${v.toFixed(1)} letters a word` },
  emojiRate: { more: 'more emoji', less: 'fewer emoji', show: (v) => `${v.toFixed(1)} per 100 characters` },
  hashtags: { more: 'more hashtags', less: 'fewer hashtags', show: (v) => `${Math.round(v)}` },
  exclamations: { more: 'more exclamation marks', less: 'fewer exclamation marks', show: (v) => `${v.toFixed(1)} a sentence` },
  firstPerson: { more: 'more "I" and "my"', less: 'less "I" and "my"', show: (v) => `${Math.round(v * 100)}% of words` },
  secondPerson: { more: 'more "you"', less: 'less "you"', show: (v) => `${Math.round(v * 100)}% of words` },
  shouting: { more: 'more words in capitals', less: 'fewer words in capitals', show: (v) => `${Math.round(v * 100)}% of words` },
};

/** Typical trigram similarity of a post to the persona's others, when too few posts tell. */
const TYPICAL_SIMILARITY = 0.3;
/**
 * What any two English texts share (common trigrams such as " th", "the", "ing"): similarity
 * at this level says nothing about the voice, so the scale starts here.
 */
const BACKGROUND_SIMILARITY = 0.12;
/** Characters of prose from which wording tells a voice fully; shorter captions count for less. */
const RELIABLE_LENGTH = 160;
/** Per-word habits (word and sentence length, person, capitals) wander in short captions: their range widens by sqrt(1 + this / words). */
const SHORT_TEXT_WORDS = 20;
const PER_WORD_STATS: ReadonlySet<keyof StyleStats> = new Set(['sentenceLength', 'wordLength', 'firstPerson', 'secondPerson', 'shouting']);

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / (values.length || 1);

function avoidedTermsIn(caption: string, avoid: readonly string[]): string[] {
  const lower = caption.toLowerCase();
  return avoid.filter((term) => {
    const escaped = term.toLowerCase().trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return escaped && new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}`, 'u').test(lower);
  });
}

/** What scoring needs of a reference, worked out once for any number of captions. */
export interface PreparedVoice {
  reference: VoiceReference;
  posts: readonly string[];
  centroid: NgramProfile;
  /** How alike the posts are to each other: the top of the wording scale. */
  typical: number;
  usual: Record<keyof StyleStats, { average: number; spread: number }>;
}

/**
 * Fewer posts than this tell too little of a voice (one caption is no range of habits): the score
 * then compares with the brief's description and flags only the words to avoid.
 */
export const MIN_REFERENCE_POSTS = 3;

export function prepareVoice(reference: VoiceReference): PreparedVoice {
  const written = reference.posts.filter((post) => post.trim());
  const given = written.length >= MIN_REFERENCE_POSTS ? written : [];
  // Too little written in the voice yet: the description (and what there is) is all to compare with.
  const posts = given.length ? given : [[reference.voice, reference.personality, ...written].join(' ')];
  const profiles = posts.map((post) => ngramProfile(post));
  const typical =
    profiles.length >= 3
      ? mean(profiles.map((profile, index) => cosine(profile, centroid(profiles.filter((_, other) => other !== index)))))
      : TYPICAL_SIMILARITY;
  const stats = posts.map(styleStats);
  const usual = Object.fromEntries(
    STYLE_STATS.map((stat) => {
      const values = stats.map((entry) => entry[stat]);
      const average = mean(values);
      const spread = Math.max(STAT_FLOOR[stat], Math.sqrt(mean(values.map((value) => (value - average) ** 2))));
      return [stat, { average, spread }];
    }),
  ) as PreparedVoice['usual'];
  return { reference, posts: given, centroid: centroid(profiles), typical, usual };
}

/**
 * Wording: trigram similarity to the posts' centroid, from the background level (0) to how alike
 * the posts are to each other (1).
 */
function wordingOf(caption: string, voice: PreparedVoice): number {
  const similarity = cosine(ngramProfile(caption), voice.centroid);
  const likeness = clamp((similarity - BACKGROUND_SIMILARITY) / Math.max(voice.typical - BACKGROUND_SIMILARITY, 0.05));
  // A short caption has too few trigrams to tell a voice by: the less text, the less it counts.
  const reliability = Math.min(1, proseOf(caption).length / RELIABLE_LENGTH);
  return 1 - reliability * (1 - likeness);
}

/** Habits: each one's distance from the posts' usual range; the three furthest count. */
function styleOf(caption: string, voice: PreparedVoice, reasons: VoiceReason[]): number {
  const stats = styleStats(caption);
  const words = wordsOf(proseOf(caption)).length;
  const widening = Math.sqrt(1 + SHORT_TEXT_WORDS / Math.max(words, 1));
  const penalties = STYLE_STATS.map((stat) => {
    const { average, spread } = voice.usual[stat];
    const distance = Math.abs(stats[stat] - average) / (PER_WORD_STATS.has(stat) ? spread * widening : spread);
    if (distance > 2.5) {
      const words = STAT_WORDS[stat];
      reasons.push({
        kind: 'style',
        message: `${stats[stat] > average ? words.more : words.less} than the persona's posts (${words.show(stats[stat])}, usually ${words.show(average)})`,
      });
    }
    return clamp((distance - 1.5) / 3);
  });
  const worst = [...penalties].sort((a, b) => b - a).slice(0, 3);
  return 1 - clamp(worst.reduce((sum, penalty) => sum + penalty, 0) / 2);
}

export function scoreVoice(caption: string, voice: VoiceReference | PreparedVoice): VoiceScore {
  const prepared = 'centroid' in voice ? voice : prepareVoice(voice);
  const reasons: VoiceReason[] = [];
  let score: number;
  if (prepared.posts.length === 0) {
    reasons.push({
      kind: 'reference',
      message: `Fewer than ${MIN_REFERENCE_POSTS} example or approved posts yet: compared with the voice description only`,
    });
    score = Math.round(100 * (0.5 + 0.5 * wordingOf(caption, prepared)));
  } else {
    const wording = wordingOf(caption, prepared);
    if (wording < 0.5) reasons.push({ kind: 'wording', message: `Wording unlike the persona's posts (${Math.round(wording * 100)}% of their usual likeness)` });
    const style = styleOf(caption, prepared, reasons);
    // Both must hold: the persona's words in someone else's manner (or the reverse) is not her voice.
    score = Math.round(100 * Math.sqrt(wording * style));
  }
  const avoided = avoidedTermsIn(caption, prepared.reference.avoid);
  if (avoided.length) {
    reasons.unshift({ kind: 'avoid', message: `Uses ${avoided.map((term) => `"${term}"`).join(', ')}, which the brief says to avoid` });
    score = Math.min(score, 20);
  }
  return { score, reasons };
}
