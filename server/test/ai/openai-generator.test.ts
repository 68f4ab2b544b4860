import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PersonaBrief } from '../../src/ai/generator.js';
import { OpenAIGenerator } from '../../src/ai/openai-generator.js';
import { loadConfig } from '../../src/config.js';
import { chatCompletion, imageResult, refusal, startFakeOpenAI, type FakeOpenAI, type MultipartBody } from '../support/fake-openai.js';

const brief: PersonaBrief = {
  version: 3, name: 'Lena Fern', handle: 'lena.grows', niche: 'Urban gardening', voice: 'Warm', style: '', personality: '',
  bio: '', aesthetic: 'terracotta and sage', platforms: ['instagram'], goals: [], topics: ['compost'], avoid: ['pesticide'],
  examplePosts: ['Soil first.'], look: 'auburn hair in a bun, freckles, linen shirt',
};
const request = { brief, planTitle: 'Spring', planDescription: 'Balcony reset', platform: 'instagram' as const, count: 2, slots: [new Date('2026-03-02T17:00:00Z'), new Date('2026-03-04T17:00:00Z')] };
const idea = (title: string) => ({ title, caption: `${title} caption`, hashtags: ['#compost'], imagePrompt: `${title} image` });

let fake: FakeOpenAI;
let generator: OpenAIGenerator;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  generator = new OpenAIGenerator(
    loadConfig({ OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: fake.baseUrl, AI_TIMEOUT_MS: '1000', AI_MAX_RETRIES: '2' }),
  );
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

describe('OpenAI-compatible generator through the real SDK', () => {
  it('asks for structured output and returns validated ideas with usage', async () => {
    fake.script({ body: chatCompletion({ ideas: [idea('One'), idea('Two')] }) });
    const result = await generator.generateIdeas(request);
    expect(result.value.map((item) => item.title)).toEqual(['One', 'Two']);
    expect(result.usage).toMatchObject({ model: 'gpt-4o-mini-2024-07-18', inputTokens: 321, outputTokens: 123 });
    const [sent] = fake.requests;
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.authorization).toBe('Bearer sk-test-key');
    expect(sent?.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'content_ideas', strict: true } });
    // The brief travels as quoted data.
    expect(JSON.stringify(sent?.body.messages)).toContain('\\"pesticide\\"');
  });

  it('gives each slot what the persona knows then, and keeps only a canonRef that slot was given', async () => {
    const canon = [
      { date: '2026-03-02', facts: [{ id: 'fact-miso', kind: 'pet', subject: 'Miso', statement: 'Adopted Miso, a shiba inu', validFrom: '2025-01-01' }], beat: null },
      { date: '2026-03-04', facts: [], beat: { id: 'beat-1', title: 'Tearing out the old boxes', arcTitle: 'Balcony rebuild' } },
    ];
    fake.script({ body: chatCompletion({ ideas: [{ ...idea('One'), canonRef: 'fact-miso' }, { ...idea('Two'), canonRef: 'fact-miso' }] }) });
    const result = await generator.generateIdeas({ ...request, canon });
    // The second slot was not given fact-miso: its claim is dropped, not trusted.
    expect(result.value.map((item) => item.canonRef)).toEqual(['fact-miso', null]);
    const prompt = JSON.stringify(fake.requests[0]?.body.messages);
    expect(prompt).toContain('fact fact-miso (pet, since 2025-01-01)');
    expect(prompt).toContain('story beat beat-1 of arc');
    expect(prompt).toContain('never mention what is not yet true then');
  });

  it('rejects text that is not JSON, with a clear error', async () => {
    fake.script({ body: chatCompletion('Sure! Here are some ideas: ...') });
    await expect(generator.generateIdeas(request)).rejects.toMatchObject({ reason: 'malformed', message: 'The model returned text that is not JSON' });
  });

  it('rejects JSON of the wrong shape, or too few ideas', async () => {
    fake.script({ body: chatCompletion({ ideas: [{ title: 'No caption' }] }) });
    await expect(generator.generateIdeas(request)).rejects.toMatchObject({ reason: 'malformed' });
    fake.script({ body: chatCompletion({ ideas: [idea('Only one')] }) });
    await expect(generator.generateIdeas(request)).rejects.toThrow('returned 1 ideas; 2 were asked for');
  });

  it('reports a refusal', async () => {
    fake.script({ body: refusal('I cannot help with that.') });
    await expect(generator.generateIdeas(request)).rejects.toMatchObject({ reason: 'refused', message: 'The model declined: I cannot help with that.' });
  });

  it('retries a 429 and succeeds', async () => {
    fake.script({ status: 429, body: { error: { message: 'slow down', type: 'rate_limit' } } }, { body: chatCompletion({ caption: 'Soil first, always.' }) });
    const result = await generator.writeCaption({ brief, platform: 'instagram', title: 'Soil', draft: '', maxCharacters: 2200, maxHashtags: 30 });
    expect(result.value).toBe('Soil first, always.');
    expect(fake.requests).toHaveLength(2);
  });

  it("sends the person's draft as quoted data to start from, and says when there is none", async () => {
    fake.script({ body: chatCompletion({ caption: 'Night trains are back. #nighttrains' }) }, { body: chatCompletion({ caption: 'Soil first.' }) });
    const draft = 'night trains are back "finally"\n#nighttrains';
    const result = await generator.writeCaption({ brief, platform: 'instagram', title: 'Rail', draft, maxCharacters: 2200, maxHashtags: 30 });
    expect(result.value).toBe('Night trains are back. #nighttrains');
    const prompt = fake.requests[0]!.body.messages.at(-1).content as string;
    expect(prompt).toContain(`Draft: ${JSON.stringify(draft)}`);
    expect(prompt).toContain('keep what it says');
    await generator.writeCaption({ brief, platform: 'instagram', title: 'Soil', draft: '  ', maxCharacters: 2200, maxHashtags: 30 });
    const blank = fake.requests[1]!.body.messages.at(-1).content as string;
    expect(blank).toContain('There is no draft yet: write it from the title and the persona brief.');
    expect(blank).not.toContain('Draft:');
  });

  it('gives up after the configured retries on 500', async () => {
    fake.script(...Array.from({ length: 3 }, () => ({ status: 500, body: { error: { message: 'boom' } } })));
    await expect(generator.generateIdeas(request)).rejects.toMatchObject({ reason: 'unavailable', message: 'The AI provider could not complete the request (HTTP 500)' });
    expect(fake.requests).toHaveLength(3);
  });

  it('does not retry a client error', async () => {
    fake.script({ status: 401, body: { error: { message: 'bad key' } } });
    await expect(generator.generateIdeas(request)).rejects.toMatchObject({ reason: 'unavailable' });
    expect(fake.requests).toHaveLength(1);
  });

  it('times out a provider that does not answer, without retrying', async () => {
    fake.script({ delayMs: 5_000, body: chatCompletion({ ideas: [] }) });
    await expect(generator.generateIdeas(request)).rejects.toMatchObject({ reason: 'timeout' });
    expect(fake.requests).toHaveLength(1);
  });

  it('takes images as base64, never from a URL', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c8643c' } }).png().toBuffer();
    fake.script({ body: imageResult(png) });
    const result = await generator.generateImage('A balcony at dawn', brief, []);
    expect(result.value.bytes.equals(png)).toBe(true);
    expect(fake.requests[0]?.path).toBe('/v1/images/generations');
    expect(fake.requests[0]?.body.prompt).toContain('terracotta and sage');
  });

  it('sends a locked look’s reference images to the image edit endpoint, as a multipart upload', async () => {
    const colours = ['#c8643c', '#9caf88', '#f2ebe0'];
    const references = await Promise.all(
      colours.map(async (background) => ({ bytes: await sharp({ create: { width: 16, height: 16, channels: 3, background } }).png().toBuffer(), mimeType: 'image/png' })),
    );
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#333333' } }).png().toBuffer();
    fake.script({ body: imageResult(png) });
    const result = await generator.generateImage('Morning coffee on the balcony', brief, references);
    expect(result.value.bytes.equals(png)).toBe(true);
    const [sent] = fake.requests;
    expect(sent?.path).toBe('/v1/images/edits');
    const body = sent!.body as MultipartBody;
    expect(body.files.map((file) => ({ field: file.field, name: file.name, type: file.type }))).toEqual([
      { field: 'image[]', name: 'reference-1.png', type: 'image/png' },
      { field: 'image[]', name: 'reference-2.png', type: 'image/png' },
      { field: 'image[]', name: 'reference-3.png', type: 'image/png' },
    ]);
    body.files.forEach((file, index) => expect(file.bytes.equals(references[index]!.bytes)).toBe(true));
    expect(body.fields.prompt).toContain('The 3 input images show Lena Fern; keep the same person');
    expect(body.fields.prompt).toContain(brief.look);
    expect(body.fields.model).toBe('gpt-image-1');
  });

  it('reports an image edit the provider refuses, without retrying it', async () => {
    const reference = { bytes: await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c8643c' } }).png().toBuffer(), mimeType: 'image/png' };
    fake.script({ status: 400, body: { error: { message: 'Your request was rejected by the safety system', type: 'image_generation_user_error', code: 'moderation_blocked' } } });
    await expect(generator.generateImage('A balcony', brief, [reference, reference, reference])).rejects.toMatchObject({ reason: 'unavailable' });
    expect(fake.requests).toHaveLength(1);
  });

  it('answers an edit with no image data as malformed', async () => {
    const reference = { bytes: await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c8643c' } }).png().toBuffer(), mimeType: 'image/png' };
    fake.script({ body: { created: 1_800_000_000, data: [{ url: 'https://example.invalid/x.png' }] } });
    await expect(generator.generateImage('A balcony', brief, [reference, reference, reference])).rejects.toMatchObject({ reason: 'malformed' });
  });
});
