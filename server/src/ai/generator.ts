import type { Platform } from '../modules/shared/domain.js';

// One interface for every way DoppelCart writes content: an OpenAI-compatible model, or the
// built-in offline generator that works with no key at all. Model output is data: callers
// validate it and never let it choose an owner, persona, channel or status.

export interface PersonaBrief {
  version: number;
  name: string;
  handle: string;
  niche: string;
  voice: string;
  style: string;
  personality: string;
  bio: string;
  aesthetic: string;
  platforms: Platform[];
  goals: string[];
  topics: string[];
  avoid: string[];
  examplePosts: string[];
  /** The written look (face, hair, build, style notes); empty when none is set. */
  look: string;
}

export interface ContinuityRequest {
  brief: PersonaBrief;
  caption: string;
  /** The post's day, YYYY-MM-DD. */
  date: string;
  facts: ReadonlyArray<{ id: string; kind: string; statement: string; validFrom: string | null; validUntil: string | null }>;
}

/** A model's judgement of an image against a persona's reference images. */
export interface LikenessJudgement {
  score: number;
  reasons: string[];
}

/** An image the persona's look is locked to, as stored. */
export interface ReferenceImage {
  bytes: Buffer;
  mimeType: string;
}

export interface IdeaRequest {
  brief: PersonaBrief;
  planTitle: string;
  planDescription: string;
  platform: Platform;
  count: number;
  /** Suggested publishing times, one per idea, already placed in the persona's time zone. */
  slots: Date[];
  /** What the persona's analytics say works (recommendations), to weight ideas toward. */
  whatWorks?: WhatWorks;
  /** What the persona knows as of each slot's day, one per slot (the canon and the arc beat placed there). */
  canon?: SlotCanon[];
}

/** The canon as of one slot's day: the facts true then, and the story beat placed on this slot. */
export interface SlotCanon {
  date: string;
  facts: Array<{ id: string; kind: string; subject: string; statement: string; validFrom: string | null }>;
  beat: { id: string; title: string; arcTitle: string } | null;
}

export interface WhatWorks {
  /** Findings in words, with their evidence, as the plan screen shows them. */
  findings: string[];
  /** Hashtags that performed above average, best first. */
  hashtags: string[];
}

export interface GeneratedIdea {
  title: string;
  caption: string;
  hashtags: string[];
  imagePrompt: string;
  /** The id of the arc beat or canon fact the idea uses (one of its slot's), if any. */
  canonRef?: string | null;
}

export interface CaptionRequest {
  brief: PersonaBrief;
  platform: Platform;
  title: string;
  /** The person's unsaved text to start from; blank means writing from the title and brief. */
  draft: string;
  maxCharacters: number;
  maxHashtags: number;
}

export interface GeneratedImage {
  bytes: Buffer;
  mimeType: 'image/png' | 'image/jpeg' | 'image/webp';
}

export interface Usage {
  model: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
}

export interface Generated<Value> {
  value: Value;
  usage: Usage;
}

export interface ContentGenerator {
  /** `openai` for a model behind OPENAI_BASE_URL, `offline` for the built-in generator. */
  readonly kind: 'openai' | 'offline';
  generateIdeas(request: IdeaRequest, signal?: AbortSignal): Promise<Generated<GeneratedIdea[]>>;
  writeCaption(request: CaptionRequest, signal?: AbortSignal): Promise<Generated<string>>;
  /**
   * An image for a post. With reference images the persona's look is locked: the image shows
   * the same person (a model's image edit with the references as inputs; offline, built from them).
   */
  generateImage(prompt: string, brief: PersonaBrief, references: readonly ReferenceImage[], signal?: AbortSignal): Promise<Generated<GeneratedImage>>;
  /**
   * A vision model's judgement of how much `image` shows the same person as `references` (0 to
   * 100, with reasons). Only a model can judge; the offline generator answers null, and the
   * perceptual comparison (modules/look) stands.
   */
  judgeLikeness(image: ReferenceImage, references: readonly ReferenceImage[], brief: PersonaBrief, signal?: AbortSignal): Promise<Generated<LikenessJudgement> | null>;
  /** Embeddings of `texts`, in order (null offline: the voice score is then the offline one alone). */
  embed(texts: readonly string[], signal?: AbortSignal): Promise<Generated<number[][]> | null>;
  /**
   * A model's reading of a caption against the facts the persona knows on `date`: the facts it
   * contradicts, by id, with why (null offline: the continuity rules alone judge).
   */
  findContradictions(request: ContinuityRequest, signal?: AbortSignal): Promise<Generated<Array<{ factId: string; explanation: string }>> | null>;
  /** A reference portrait drawn from the brief's written look; `variant` makes another of the same person. */
  generatePortrait(brief: PersonaBrief, variant: number, signal?: AbortSignal): Promise<Generated<GeneratedImage>>;
}

/** A generation that failed in a way the user should hear about, without internals. */
export class GenerationError extends Error {
  constructor(
    message: string,
    readonly reason: 'refused' | 'malformed' | 'rate_limited' | 'unavailable' | 'timeout' | 'cancelled',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GenerationError';
  }
}
