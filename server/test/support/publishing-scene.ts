import sharp from 'sharp';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startFakeInstagram, type FakeInstagram } from './fake-instagram.js';
import { createPersona } from './fixtures.js';
import { signUpUser } from './graphql-client.js';
import { connectInstagram, connectSandbox, instagramSettings } from './publishing.js';
import { startTestServer, type TestServer } from './test-server.js';
import { killAllWorkers } from './worker-process.js';

// What the worker-process tests publish through: the API server with no publisher of its own
// (RUN_WORKER=false: only the spawned workers publish), a fake Instagram with a quota far above
// what the tests send (the quota is not under test there), and a persona connected to
// Instagram and the Sandbox.

export interface PublishingScene {
  fake: FakeInstagram;
  server: TestServer;
  user: Awaited<ReturnType<typeof signUpUser>>;
  personaId: string;
  instagramChannel: string;
  sandboxChannel: string;
  /** A 4:5 JPEG Instagram accepts. */
  jpeg: Buffer;
  close(): Promise<void>;
}

export async function startPublishingScene(): Promise<PublishingScene> {
  const fake = await startFakeInstagram({ quotaTotal: 10_000 });
  const server = await startTestServer({ RUN_WORKER: 'false', ...instagramSettings(fake) });
  const user = await signUpUser(server.url);
  const personaId = (await createPersona(user.request)).id;
  return {
    fake,
    server,
    user,
    personaId,
    instagramChannel: (await connectInstagram(server.url, user.request, personaId)).channel.id,
    sandboxChannel: (await connectSandbox(user.request, personaId)).id,
    jpeg: await sharp({ create: { width: 1080, height: 1350, channels: 3, background: '#3c8c64' } }).jpeg().toBuffer(),
    close: async () => {
      await server.close();
      await fake.close();
    },
  };
}

/**
 * The scene for a file of worker-process tests: started before its tests, every spawned worker
 * killed after each test, everything closed at the end. The fields are there once beforeAll ran.
 */
export function useWorkerScene(): PublishingScene {
  const scene = {} as PublishingScene;
  beforeAll(async () => {
    Object.assign(scene, await startPublishingScene());
  });
  afterEach(() => killAllWorkers());
  afterAll(async () => {
    await killAllWorkers();
    await scene.close?.();
  });
  return scene;
}
