import { createHash } from 'node:crypto';
import type {
  CaptionRequest,
  ContentGenerator,
  Generated,
  GeneratedIdea,
  GeneratedImage,
  IdeaRequest,
  PersonaBrief,
  ReferenceImage,
  Usage,
} from './generator.js';
import { renderAestheticImage, renderFromReferences } from './offline-image.js';
import { renderPortrait } from './offline-portrait.js';

// The generator DoppelCart uses with no API key: deterministic (the same brief and plan give
// the same ideas), built from the persona's own words, and honest about being offline. It is
// a useful starting point for a content team, not a stand-in for a model.

const ANGLES = [
  'A beginner’s guide to {topic}',
  '3 mistakes I made with {topic}',
  'Behind the scenes: {topic}',
  'What nobody tells you about {topic}',
  '{topic}: myth or fact?',
  'My weekly {topic} routine',
  'One small change for better {topic}',
  'Before and after: {topic}',
  'Your questions about {topic}, answered',
  'The tools I actually use for {topic}',
  'A {topic} experiment, week one',
  'Why I changed my mind about {topic}',
];

const BODIES = [
  'Here is what actually worked for me with {topic}.',
  'If you remember one thing about {topic}, make it this.',
  'I tested this for a month so you do not have to.',
  'Start small, keep notes, adjust as you go.',
  'It took me far too long to figure this out.',
  'Small steps, real results.',
];

const CALLS_TO_ACTION = ['Save this for later.', 'Tell me yours in the comments.', 'Share it with someone who needs it.', 'Follow for part two.'];

const OFFLINE_USAGE = (latencyMs: number): Usage => ({ model: 'offline', inputTokens: 0, outputTokens: 0, latencyMs });

function seeded(...parts: string[]): () => number {
  let state = createHash('sha256').update(parts.join('\u0000')).digest().readUInt32LE(0) || 1;
  return () => {
    // xorshift32: small, fast and reproducible across runs.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function mentionsAvoided(text: string, avoid: string[]): boolean {
  const lower = text.toLowerCase();
  return avoid.some((term) => term.trim() && lower.includes(term.trim().toLowerCase()));
}

function topicsOf(brief: PersonaBrief, planTitle: string): string[] {
  const topics = brief.topics.filter((topic) => !mentionsAvoided(topic, brief.avoid));
  if (topics.length) return topics;
  return [planTitle, brief.niche].map((text) => text.trim().toLowerCase()).filter(Boolean);
}

/** Tags people search for: the topic and the niche as phrases (#balconytomatoes), then long single words. */
function hashtagsFor(brief: PersonaBrief, topic: string, max: number): string[] {
  const niche = words(brief.niche);
  const candidates = [words(topic).join(''), niche.slice(-2).join(''), niche.join(''), ...niche.filter((word) => word.length > 5)];
  const tags = [...new Set(candidates)]
    .filter((tag) => tag.length > 3 && tag.length <= 30 && !mentionsAvoided(tag, brief.avoid))
    .map((tag) => `#${tag}`);
  return tags.slice(0, max);
}

function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s/)[0]?.trim() ?? '';
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pick<Item>(items: readonly Item[], random: () => number): Item {
  return items[Math.floor(random() * items.length)]!;
}

function captionFor(
  brief: PersonaBrief,
  title: string,
  topic: string,
  random: () => number,
  maxCharacters: number,
  hashtags: string[],
): string {
  const opener = /[.!?]$/.test(title) ? title : `${title}.`;
  const body = [
    pick(BODIES, random).replace('{topic}', topic),
    brief.examplePosts.length ? firstSentence(pick(brief.examplePosts, random)) : '',
    pick(CALLS_TO_ACTION, random),
  ].filter((sentence) => sentence && !mentionsAvoided(sentence, brief.avoid));
  const caption = [opener, ...body].join(' ').trim();
  const withTags = hashtags.length ? `${caption}\n\n${hashtags.join(' ')}` : caption;
  return withTags.length <= maxCharacters ? withTags : caption.slice(0, maxCharacters);
}

const TAG = /#[\p{L}\p{N}_]+/gu;
const TAGS_OR_BLANK = /^\s*(#[\p{L}\p{N}_]+\s*)*$/u;

/**
 * The person's draft, finished: their words and hashtags kept, a closing call to action when
 * it has none, and a few of the persona's tags it lacks. What does not fit the platform goes,
 * the additions first; a draft longer than the limit is shortened at a word.
 */
function captionFromDraft(request: CaptionRequest, draft: string, random: () => number, suggested: string[]): string {
  // The hashtag lines at the end stay the tag line; the text above them is the body.
  const lines = draft.split('\n');
  const ownTags: string[] = [];
  while (lines.length && TAGS_OR_BLANK.test(lines.at(-1)!)) ownTags.unshift(...(lines.pop()!.match(TAG) ?? []));
  const text = lines.join('\n').trim();
  let body = text ? capitalized(text) : capitalized(request.title);
  if (!/([.!?…)"”\p{Extended_Pictographic}]|#[\p{L}\p{N}_]+)$/u.test(body)) body = `${body}.`;
  const present = new Set((draft.match(TAG) ?? []).map((tag) => tag.toLowerCase()));
  const room = Math.max(0, request.maxHashtags - (body.match(TAG)?.length ?? 0));
  const tags = [...ownTags, ...suggested.filter((tag) => !present.has(tag.toLowerCase()))].slice(0, room);
  const closing = CALLS_TO_ACTION.some((cta) => body.toLowerCase().includes(cta.toLowerCase())) ? [] : [pick(CALLS_TO_ACTION, random)];
  const compose = (parts: string[], tagLine: string[]) => (tagLine.length ? `${parts.join(' ')}\n\n${tagLine.join(' ')}` : parts.join(' '));
  const fits = (caption: string) => [...caption].length <= request.maxCharacters;
  const ownOnly = tags.filter((tag) => ownTags.includes(tag));
  const candidate = [compose([body, ...closing], tags), compose([body], tags), compose([body], ownOnly)].find(fits);
  if (candidate) return candidate;
  const cut = [...compose([body], ownOnly)].slice(0, request.maxCharacters - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export class OfflineGenerator implements ContentGenerator {
  readonly kind = 'offline' as const;

  async generateIdeas(request: IdeaRequest): Promise<Generated<GeneratedIdea[]>> {
    const started = Date.now();
    const { brief } = request;
    const topics = topicsOf(brief, request.planTitle);
    const random = seeded(brief.handle, String(brief.version), request.planTitle, request.planDescription);
    const angles = ANGLES.filter((angle) => !mentionsAvoided(angle, brief.avoid));
    const start = Math.floor(random() * angles.length);
    const ideas = Array.from({ length: request.count }, (_, index) => {
      const topic = topics[index % topics.length]!;
      const angle = angles[(start + index) % angles.length]!;
      // A story beat placed on this slot is what the post tells; otherwise a fact of the
      // persona's life as of the slot's day (in turn) colours it.
      const known = request.canon?.[index];
      const lifeFacts = known?.facts.filter((fact) => fact.kind !== 'event') ?? [];
      const fact = known?.beat ? null : (lifeFacts[index % Math.max(1, lifeFacts.length)] ?? null);
      const title = known?.beat ? `${known.beat.arcTitle}: ${known.beat.title}` : capitalized(angle.replace('{topic}', topic));
      // Hashtags that performed above average lead, as a model told about them would do.
      const proven = request.whatWorks?.hashtags.slice(0, 2) ?? [];
      const hashtags = [...new Set([...proven, ...hashtagsFor(brief, topic, 5)])].slice(0, 5);
      const caption = captionFor(brief, title, topic, random, 2200, hashtags);
      return {
        title,
        caption: fact ? `${fact.statement.replace(/[.!?]*$/, '.')} ${caption}` : caption,
        hashtags,
        imagePrompt: `${title}. ${brief.aesthetic}`.trim(),
        canonRef: known?.beat?.id ?? fact?.id ?? null,
      };
    });
    return { value: ideas, usage: OFFLINE_USAGE(Date.now() - started) };
  }

  async writeCaption(request: CaptionRequest): Promise<Generated<string>> {
    const started = Date.now();
    const draft = request.draft.trim();
    const random = seeded(request.brief.handle, request.title, draft);
    const hashtags = hashtagsFor(request.brief, request.title, Math.min(5, request.maxHashtags));
    const topic = request.brief.topics[0] ?? request.brief.niche.toLowerCase();
    const caption = draft
      ? captionFromDraft(request, draft, random, hashtags)
      : captionFor(request.brief, capitalized(request.title), topic, random, request.maxCharacters, hashtags);
    return { value: caption, usage: OFFLINE_USAGE(Date.now() - started) };
  }

  async generateImage(prompt: string, brief: PersonaBrief, references: readonly ReferenceImage[]): Promise<Generated<GeneratedImage>> {
    const started = Date.now();
    const bytes = references.length
      ? await renderFromReferences(prompt, brief, references.map((reference) => reference.bytes))
      : await renderAestheticImage(prompt, brief);
    return { value: { bytes, mimeType: 'image/jpeg' }, usage: OFFLINE_USAGE(Date.now() - started) };
  }

  /** Offline there are no embeddings; the voice score's wording and style measures stand alone. */
  async embed(): Promise<null> {
    return null;
  }

  /** Offline the continuity rules (modules/canon/continuity.ts) are the whole check. */
  async findContradictions(): Promise<null> {
    return null;
  }

  /** Judging likeness takes a vision model; offline, the perceptual comparison is the judgement. */
  async judgeLikeness(): Promise<null> {
    return null;
  }

  async generatePortrait(brief: PersonaBrief, variant: number): Promise<Generated<GeneratedImage>> {
    const started = Date.now();
    const bytes = await renderPortrait(brief, variant);
    return { value: { bytes, mimeType: 'image/jpeg' }, usage: OFFLINE_USAGE(Date.now() - started) };
  }
}
