import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ITEM } from '../support/documents.js';
import { chatCompletion, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { createItem, createPersona, expectData, expectError } from '../support/fixtures.js';
import { signUpUser } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Caption proposals from an OpenAI-compatible model (a fake on 127.0.0.1, through the real
// SDK): the person's draft reaches the prompt, usage is recorded, and a caption the platform
// would refuse is reported, never proposed.

let fake: FakeOpenAI;
let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startTestServer({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseUrl, AI_TIMEOUT_MS: '5000', AI_MAX_RETRIES: '0' });
  user = await signUpUser(server.url);
});
afterAll(async () => {
  await server.close();
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
});

const PROPOSE = `mutation ($itemId: ID!, $draft: String) {
  proposeCaption(itemId: $itemId, draft: $draft) { caption hashtags draft run { state generator inputTokens outputTokens model } item { version } }
}`;
const LAST_RUN = `query ($id: ID!) { persona(id: $id) { generationRuns(first: 1) { kind state error } } }`;

async function item() {
  const persona = await createPersona(user.request, { niche: 'Slow travel by train' });
  return { persona, item: await createItem(user.request, persona.id, { title: 'Night trains', caption: 'Saved words', platform: 'INSTAGRAM' }) };
}

describe('caption proposals with a model', () => {
  it("sends the unsaved draft in the prompt and proposes the model's caption with its usage", async () => {
    const { item: saved } = await item();
    fake.script({ body: chatCompletion({ caption: 'Night trains are back: I booked the sleeper. #nighttrains' }) });
    const draft = 'night trains are back, booked the sleeper #nighttrains';
    const proposal = expectData(await user.request<any>(PROPOSE, { itemId: saved.id, draft })).proposeCaption;
    expect(proposal).toEqual({
      caption: 'Night trains are back: I booked the sleeper. #nighttrains',
      hashtags: ['#nighttrains'],
      draft,
      run: { state: 'SUCCEEDED', generator: 'OPENAI', inputTokens: 321, outputTokens: 123, model: 'gpt-4o-mini-2024-07-18' },
      item: { version: saved.version },
    });
    const prompt = JSON.stringify(fake.requests[0]!.body.messages);
    expect(prompt).toContain(JSON.stringify(JSON.stringify(draft)).slice(1, -1));
    expect(prompt).not.toContain('Saved words');
    expect(expectData(await user.request<any>(ITEM, { id: saved.id })).contentItem).toMatchObject({ caption: 'Saved words', version: saved.version });
  });

  it('reports a caption the platform would refuse as a failed run, proposing nothing', async () => {
    const { persona, item: saved } = await item();
    const tags = Array.from({ length: 31 }, (_, index) => `#tag${index}`).join(' ');
    fake.script({ body: chatCompletion({ caption: `Too many tags ${tags}` }) });
    const error = expectError(await user.request(PROPOSE, { itemId: saved.id, draft: 'Tag it all' }), 'GENERATION_FAILED');
    expect(error.message).toBe('The generated caption does not fit instagram: at most 30 hashtags (has 31)');
    const [run] = expectData(await user.request<any>(LAST_RUN, { id: persona.id })).persona.generationRuns;
    expect(run).toEqual({ kind: 'CAPTION', state: 'FAILED', error: error.message });
    expect(expectData(await user.request<any>(ITEM, { id: saved.id })).contentItem).toMatchObject({ caption: 'Saved words', version: saved.version });
  });
});
