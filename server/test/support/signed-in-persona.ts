import { afterAll, beforeAll } from 'vitest';
import { createPersona } from './fixtures.js';
import { signUpUser } from './graphql-client.js';
import { startTestServer, type TestServer } from './test-server.js';

export interface SignedInPersona {
  server: TestServer;
  user: Awaited<ReturnType<typeof signUpUser>>;
  personaId: string;
}

/**
 * The most common start of an API test file: a server, a signed-up user and one persona of
 * theirs, made before the file's tests and closed after them. The fields are there once
 * beforeAll ran.
 */
export function useSignedInPersona(): SignedInPersona {
  const scene = {} as SignedInPersona;
  beforeAll(async () => {
    scene.server = await startTestServer();
    scene.user = await signUpUser(scene.server.url);
    scene.personaId = (await createPersona(scene.user.request)).id;
  });
  afterAll(() => scene.server?.close());
  return scene;
}
