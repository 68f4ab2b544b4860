import type OpenAI from 'openai';
import type { CaptionRequest, ContinuityRequest, IdeaRequest, PersonaBrief } from './generator.js';

// Prompts are assembled from the persona brief. Persona fields are user text: they go into
// the prompt as quoted data under labels, never as instructions of their own.

type Messages = OpenAI.Chat.Completions.ChatCompletionMessageParam[];

function list(items: string[]): string {
  return items.length ? items.map((item) => `- ${JSON.stringify(item)}`).join('\n') : '- (none)';
}

export function briefText(brief: PersonaBrief): string {
  return [
    `Persona brief v${brief.version} (all values are data supplied by the user, quoted):`,
    `name: ${JSON.stringify(brief.name)}`,
    `handle: ${JSON.stringify(`@${brief.handle}`)}`,
    `niche: ${JSON.stringify(brief.niche)}`,
    `voice: ${JSON.stringify(brief.voice)}`,
    `style: ${JSON.stringify(brief.style)}`,
    `personality: ${JSON.stringify(brief.personality)}`,
    `bio: ${JSON.stringify(brief.bio)}`,
    `aesthetic: ${JSON.stringify(brief.aesthetic)}`,
    `platforms: ${brief.platforms.join(', ') || '(any)'}`,
    `goals:\n${list(brief.goals)}`,
    `topics to favour:\n${list(brief.topics)}`,
    `topics and words to avoid:\n${list(brief.avoid)}`,
    `example posts in the persona's voice:\n${list(brief.examplePosts)}`,
  ].join('\n');
}

const SYSTEM = [
  'You write social media content for a synthetic influencer persona.',
  "Stay in the persona's voice and niche. Never use the topics or words the brief says to avoid.",
  'Answer only with JSON matching the schema you are given.',
].join(' ');

/** One slot's line: its time, and what the persona knows then (quoted data, with ids to cite). */
function slotLine(slot: Date, index: number, canon: IdeaRequest['canon']): string {
  const known = canon?.[index];
  if (!known || (!known.facts.length && !known.beat)) return `${index + 1}. ${slot.toISOString()}`;
  const facts = known.facts.map((fact) => `   - fact ${fact.id} (${fact.kind}${fact.validFrom ? `, ${fact.kind === 'event' ? 'on' : 'since'} ${fact.validFrom}` : ''}): ${JSON.stringify(fact.statement)}`);
  const beat = known.beat ? [`   - story beat ${known.beat.id} of arc ${JSON.stringify(known.beat.arcTitle)}, to tell in this post: ${JSON.stringify(known.beat.title)}`] : [];
  return [`${index + 1}. ${slot.toISOString()} (as of ${known.date} the persona knows:)`, ...beat, ...facts].join('\n');
}

export function ideaMessages(request: IdeaRequest): Messages {
  const slots = request.slots.map((slot, index) => slotLine(slot, index, request.canon)).join('\n');
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: briefText(request.brief) },
    {
      role: 'user',
      content: [
        `Plan: ${JSON.stringify(request.planTitle)}. ${JSON.stringify(request.planDescription)}`,
        `Write exactly ${request.count} distinct post ideas for ${request.platform}, one per publishing slot:`,
        slots,
        'Each idea: a short hook as title, a caption draft in the persona voice, hashtags, and a prompt for the image.',
        ...(request.canon?.some((known) => known.beat || known.facts.length)
          ? [
              "Keep to the persona's canon as of each slot's day: never contradict a fact listed there, and never mention what is not yet true then.",
              'A slot with a story beat tells that beat. Give as canonRef the id of the beat or fact the idea uses, or an empty string.',
            ]
          : ['Give canonRef as an empty string.']),
        ...(request.whatWorks?.findings.length
          ? ["What has worked for this persona so far (from its own analytics; lean toward it without copying):", list(request.whatWorks.findings)]
          : []),
      ].join('\n'),
    },
  ];
}

export function captionMessages(request: CaptionRequest): Messages {
  const draft = request.draft.trim();
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: briefText(request.brief) },
    {
      role: 'user',
      content: [
        `Write the caption for a ${request.platform} post titled ${JSON.stringify(request.title)}.`,
        draft
          ? "Start from the person's draft (quoted data): keep what it says, its facts, mentions and the hashtags they chose, " +
            `and improve it in the persona's voice. Draft: ${JSON.stringify(draft)}`
          : 'There is no draft yet: write it from the title and the persona brief.',
        `At most ${request.maxCharacters} characters and at most ${request.maxHashtags} hashtags; hashtags go in the caption text itself.`,
      ].join('\n'),
    },
  ];
}

export function imagePrompt(prompt: string, brief: PersonaBrief): string {
  return `${prompt}\nVisual style: ${brief.aesthetic || 'natural light, clean composition'}. No text in the image.`;
}

/** An image of the persona whose look is locked to the input images. */
export function lockedImagePrompt(prompt: string, brief: PersonaBrief, referenceCount: number): string {
  const look = brief.look ? ` Their look: ${brief.look}.` : '';
  return `${imagePrompt(prompt, brief)}\nThe ${referenceCount} input images show ${brief.name}; keep the same person (face, hair, build) in this new scene.${look}`;
}

/** A reference portrait of the persona from its written look; each variant another photo of the same person. */
export function portraitPrompt(brief: PersonaBrief, variant: number): string {
  const poses = ['facing the camera', 'three-quarter view, looking left', 'three-quarter view, looking right', 'slight smile, soft daylight'];
  return `Reference portrait of ${brief.name}, head and shoulders, ${poses[variant % poses.length]}, plain background. ${brief.look || brief.aesthetic}. Photographic, no text.`;
}

/** Asks a vision model whether the last image shows the same person as the references before it. */
export function likenessMessages(image: { url: string }, references: ReadonlyArray<{ url: string }>, brief: PersonaBrief): Messages {
  return [
    { role: 'system', content: 'You judge whether images show the same person. Answer only with JSON matching the schema you are given.' },
    {
      role: 'user',
      content: [
        {
          type: 'text',
          text:
            `The first ${references.length} images are reference images of the persona ${JSON.stringify(brief.name)}` +
            (brief.look ? ` (their look, as data: ${JSON.stringify(brief.look)})` : '') +
            '. The last image is a candidate. Score 0 to 100 how clearly the candidate shows the same person (face, hair, build, style), ' +
            'and give one to five short reasons, most telling first.',
        },
        ...references.map((reference) => ({ type: 'image_url' as const, image_url: { url: reference.url } })),
        { type: 'image_url' as const, image_url: { url: image.url } },
      ],
    },
  ];
}

/** Asks which of the persona's facts, as of the post's day, a caption contradicts. */
export function continuityMessages(request: ContinuityRequest): Messages {
  const facts = request.facts.map(
    (fact) =>
      `- ${fact.id} (${fact.kind}${fact.validFrom ? `, from ${fact.validFrom}` : ''}${fact.validUntil ? `, until ${fact.validUntil}` : ''}): ${JSON.stringify(fact.statement)}`,
  );
  return [
    { role: 'system', content: 'You check social media captions for continuity with a persona\'s life story. Answer only with JSON matching the schema you are given.' },
    {
      role: 'user',
      content: [
        `Persona: ${JSON.stringify(request.brief.name)}. The post is dated ${request.date}. What is true of the persona's life (data, quoted):`,
        ...(facts.length ? facts : ['- (nothing recorded)']),
        `Caption (data): ${JSON.stringify(request.caption)}`,
        'List each fact the caption contradicts as of that date (a different kind of pet or relation, something not yet or no longer true, an event spoken of as done before its day), by its id, with a one-sentence explanation. List none when it agrees.',
      ].join('\n'),
    },
  ];
}
