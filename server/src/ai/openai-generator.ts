import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError, toFile } from 'openai';
import pRetry, { AbortError } from 'p-retry';
import type { z } from 'zod';
import type { Config } from '../config.js';
import {
  GenerationError,
  type CaptionRequest,
  type ContinuityRequest,
  type ContentGenerator,
  type Generated,
  type GeneratedIdea,
  type GeneratedImage,
  type IdeaRequest,
  type LikenessJudgement,
  type PersonaBrief,
  type ReferenceImage,
  type Usage,
} from './generator.js';
import { captionSchema, contradictionsSchema, ideasSchema, jsonSchemaFor, likenessSchema } from './output-schemas.js';
import { captionMessages, continuityMessages, ideaMessages, imagePrompt, likenessMessages, lockedImagePrompt, portraitPrompt } from './prompts.js';

type Messages = OpenAI.Chat.Completions.ChatCompletionMessageParam[];

/** Only rate limits and server errors are worth another try; the SDK's own retries are off. */
function retryable(error: unknown): boolean {
  return error instanceof APIError && !(error instanceof APIConnectionTimeoutError) &&
    (error.status === 429 || (error.status !== undefined && error.status >= 500));
}

function toGenerationError(error: unknown): GenerationError {
  if (error instanceof GenerationError) return error;
  if (error instanceof APIUserAbortError) return new GenerationError('Generation was cancelled', 'cancelled', { cause: error });
  if (error instanceof APIConnectionTimeoutError) {
    return new GenerationError('The AI provider did not answer in time', 'timeout', { cause: error });
  }
  if (error instanceof APIError && error.status === 429) {
    return new GenerationError('The AI provider is rate-limiting us; try again in a minute', 'rate_limited', { cause: error });
  }
  const status = error instanceof APIError && error.status ? ` (HTTP ${error.status})` : '';
  return new GenerationError(`The AI provider could not complete the request${status}`, 'unavailable', { cause: error });
}

/** Any OpenAI-compatible server (OpenAI, Azure, Ollama, vLLM, LM Studio) through the openai SDK. */
export class OpenAIGenerator implements ContentGenerator {
  readonly kind = 'openai' as const;
  private readonly client: OpenAI;

  constructor(private readonly config: Config) {
    this.client = new OpenAI({
      apiKey: config.OPENAI_API_KEY,
      baseURL: config.OPENAI_BASE_URL,
      timeout: config.AI_TIMEOUT_MS,
      maxRetries: 0,
    });
  }

  private async call<Value>(run: (signal?: AbortSignal) => Promise<Value>, signal?: AbortSignal): Promise<Value> {
    try {
      return await pRetry(
        async () => {
          try {
            return await run(signal);
          } catch (error) {
            if (!retryable(error)) throw new AbortError(error as Error);
            throw error;
          }
        },
        { retries: this.config.AI_MAX_RETRIES, minTimeout: 250, factor: 2, randomize: true, signal },
      );
    } catch (error) {
      throw toGenerationError(error);
    }
  }

  private async structured<Schema extends z.ZodType>(
    name: string,
    schema: Schema,
    messages: Messages,
    signal?: AbortSignal,
  ): Promise<Generated<z.infer<Schema>>> {
    const started = Date.now();
    const model = this.config.OPENAI_TEXT_MODEL;
    const completion = await this.call(
      (abort) =>
        this.client.chat.completions.create(
          { model, messages, response_format: jsonSchemaFor(name, schema) },
          { signal: abort },
        ),
      signal,
    );
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new GenerationError(`The model declined: ${message.refusal.slice(0, 300)}`, 'refused');
    let parsed: unknown;
    try {
      parsed = JSON.parse(message?.content ?? '');
    } catch (error) {
      throw new GenerationError('The model returned text that is not JSON', 'malformed', { cause: error });
    }
    const result = schema.safeParse(parsed);
    if (!result.success) {
      throw new GenerationError('The model returned JSON that does not match what was asked for', 'malformed', {
        cause: result.error,
      });
    }
    const usage: Usage = {
      model: completion.model || model,
      inputTokens: completion.usage?.prompt_tokens ?? 0,
      outputTokens: completion.usage?.completion_tokens ?? 0,
      latencyMs: Date.now() - started,
    };
    return { value: result.data, usage };
  }

  async generateIdeas(request: IdeaRequest, signal?: AbortSignal): Promise<Generated<GeneratedIdea[]>> {
    const { value, usage } = await this.structured('content_ideas', ideasSchema, ideaMessages(request), signal);
    if (value.ideas.length < request.count) {
      throw new GenerationError(`The model returned ${value.ideas.length} ideas; ${request.count} were asked for`, 'malformed');
    }
    // A canonRef must be one the slot was given; anything else is dropped, not trusted.
    const ideas = value.ideas.slice(0, request.count).map((idea, index) => {
      const known = request.canon?.[index];
      const allowed = new Set([...(known?.facts.map((fact) => fact.id) ?? []), ...(known?.beat ? [known.beat.id] : [])]);
      return { ...idea, canonRef: allowed.has(idea.canonRef) ? idea.canonRef : null };
    });
    return { value: ideas, usage };
  }

  async writeCaption(request: CaptionRequest, signal?: AbortSignal): Promise<Generated<string>> {
    const { value, usage } = await this.structured('caption', captionSchema, captionMessages(request), signal);
    return { value: value.caption, usage };
  }

  async generateImage(
    prompt: string,
    brief: PersonaBrief,
    references: readonly ReferenceImage[],
    signal?: AbortSignal,
  ): Promise<Generated<GeneratedImage>> {
    if (!references.length) return this.imageFrom((model, abort) => this.client.images.generate(this.generateParams(model, imagePrompt(prompt, brief)), { signal: abort }), signal);
    // A locked look: the image edit endpoint takes the references as input images (several with
    // GPT image models), as a multipart upload, so the model draws the same person again.
    const files = await Promise.all(
      references.map((reference, index) => toFile(reference.bytes, `reference-${index + 1}.${reference.mimeType.split('/')[1]}`, { type: reference.mimeType })),
    );
    return this.imageFrom(
      (model, abort) =>
        this.client.images.edit(
          { model, image: files, prompt: lockedImagePrompt(prompt, brief, references.length), size: '1024x1024', n: 1 },
          { signal: abort },
        ),
      signal,
    );
  }

  /** Floats, asked for explicitly (the SDK would otherwise ask for base64); one vector per text, all of one length. */
  async embed(texts: readonly string[], signal?: AbortSignal): Promise<Generated<number[][]>> {
    const started = Date.now();
    const model = this.config.OPENAI_EMBEDDING_MODEL;
    const response = await this.call(
      (abort) => this.client.embeddings.create({ model, input: [...texts], encoding_format: 'float' }, { signal: abort }),
      signal,
    );
    const vectors = [...(response.data ?? [])].sort((a, b) => a.index - b.index).map((entry) => entry.embedding);
    const length = vectors[0]?.length ?? 0;
    if (vectors.length !== texts.length || !length || vectors.some((vector) => !Array.isArray(vector) || vector.length !== length || vector.some((value) => typeof value !== 'number' || !Number.isFinite(value)))) {
      throw new GenerationError('The embeddings model returned vectors that do not match the texts sent', 'malformed');
    }
    return { value: vectors, usage: { model: response.model || model, inputTokens: response.usage?.prompt_tokens ?? 0, outputTokens: 0, latencyMs: Date.now() - started } };
  }

  /** Only ids of facts it was given are kept: the model names facts, it does not make them. */
  async findContradictions(request: ContinuityRequest, signal?: AbortSignal): Promise<Generated<Array<{ factId: string; explanation: string }>>> {
    const { value, usage } = await this.structured('continuity', contradictionsSchema, continuityMessages(request), signal);
    const known = new Set(request.facts.map((fact) => fact.id));
    return { value: value.contradictions.filter((found) => known.has(found.factId)), usage };
  }

  /** The text model sees the images (as data URLs; nothing is fetched from elsewhere) and answers in the schema. */
  async judgeLikeness(
    image: ReferenceImage,
    references: readonly ReferenceImage[],
    brief: PersonaBrief,
    signal?: AbortSignal,
  ): Promise<Generated<LikenessJudgement>> {
    const dataUrl = (picture: ReferenceImage) => ({ url: `data:${picture.mimeType};base64,${picture.bytes.toString('base64')}` });
    return this.structured('likeness', likenessSchema, likenessMessages(dataUrl(image), references.map(dataUrl), brief), signal);
  }

  async generatePortrait(brief: PersonaBrief, variant: number, signal?: AbortSignal): Promise<Generated<GeneratedImage>> {
    return this.imageFrom((model, abort) => this.client.images.generate(this.generateParams(model, portraitPrompt(brief, variant)), { signal: abort }), signal);
  }

  private generateParams(model: string, prompt: string) {
    // DALL-E models answer with a URL unless asked for base64; GPT image models always send
    // base64. Nothing is ever fetched from a model's URL.
    return { model, prompt, size: '1024x1024' as const, n: 1, ...(model.startsWith('dall-e') ? { response_format: 'b64_json' as const } : {}) };
  }

  private async imageFrom(
    request: (model: string, signal?: AbortSignal) => Promise<OpenAI.Images.ImagesResponse>,
    signal?: AbortSignal,
  ): Promise<Generated<GeneratedImage>> {
    const started = Date.now();
    const model = this.config.OPENAI_IMAGE_MODEL;
    const response = await this.call((abort) => request(model, abort), signal);
    const b64 = response.data?.[0]?.b64_json;
    if (!b64) throw new GenerationError('The image model returned no image data', 'malformed');
    const bytes = Buffer.from(b64, 'base64');
    const usage: Usage = {
      model,
      inputTokens: response.usage?.input_tokens ?? 0,
      outputTokens: response.usage?.output_tokens ?? 0,
      latencyMs: Date.now() - started,
    };
    return { value: { bytes, mimeType: 'image/png' }, usage };
  }
}
