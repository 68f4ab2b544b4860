import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from './fake-openai.js';
import { signUpUser } from './graphql-client.js';
import { startTestServer, type TestServer } from './test-server.js';

export interface ModelScene {
  fake: FakeOpenAI;
  server: TestServer;
  user: Awaited<ReturnType<typeof signUpUser>>;
}

/**
 * A server with an API key pointed at a fake OpenAI-compatible server, and a signed-up user;
 * no retries, so each scripted answer is used once. The fake's request log starts empty in each
 * test. The fields are there once beforeAll ran.
 */
export function useModelScene(): ModelScene {
  const scene = {} as ModelScene;
  beforeAll(async () => {
    scene.fake = await startFakeOpenAI();
    scene.server = await startTestServer({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: scene.fake.baseUrl, AI_TIMEOUT_MS: '5000', AI_MAX_RETRIES: '0' });
    scene.user = await signUpUser(scene.server.url);
  });
  afterAll(async () => {
    await scene.server?.close();
    await scene.fake?.close();
  });
  beforeEach(() => {
    if (scene.fake) scene.fake.requests.length = 0;
  });
  return scene;
}
