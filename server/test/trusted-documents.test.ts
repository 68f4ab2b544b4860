import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { overSocket, socketClient } from './support/socket-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// The web app sends its documents as the sha256 of their text (codegen's manifest,
// web/src/gql/persisted-documents.json); the server runs the manifest's text for the hash.
// GRAPHQL_DOCUMENTS decides who may run other documents.

const manifestFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src/gql/persisted-documents.json');
const manifest = Object.entries(JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>);

/** The hash of the web app's operation called `name`. */
function hashOf(name: string): string {
  const entry = manifest.find(([, text]) => new RegExp(`(query|mutation|subscription) ${name}\\b`).test(text));
  if (!entry) throw new Error(`the web app has no operation ${name}`);
  return entry[0];
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const signUpInput = () => ({ input: { email: `trusted-${randomUUID()}@example.test`, password: 'a long enough password', timeZone: 'UTC' } });
const SIGN_UP_TEXT = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }';

async function post(server: TestServer, body: object, token?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

describe('with the default policy (any document)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('runs a web app document sent as its hash alone, with the manifest\'s selection (including __typename)', async () => {
    const { status, body } = await post(server, { variables: signUpInput(), extensions: persisted(hashOf('SignUp')) });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.__typename).toBe('Mutation');
    expect(body.data.signUp.viewer.__typename).toBe('Viewer');
    const viewer = await post(server, { extensions: persisted(hashOf('SessionViewer')) }, body.data.signUp.token);
    expect(viewer.body.data.viewer.id).toBe(body.data.signUp.viewer.id);
  });

  it('answers PersistedQueryNotFound for an unknown hash, and runs the text when the client sends it along', async () => {
    const unknown = persisted('0'.repeat(64));
    const notFound = await post(server, { query: undefined, extensions: unknown });
    expect(notFound.status).toBe(200);
    expect(notFound.body.errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
    const retried = await post(server, { query: '{ __typename }', extensions: unknown });
    expect(retried.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('runs other documents from anyone, with every limit still on', async () => {
    expect((await post(server, { query: SIGN_UP_TEXT, variables: signUpInput() })).body.data.signUp.token).toEqual(expect.any(String));
    const deep = await post(server, { query: `{ viewer { personas { nodes { contentPlans { persona { contentPlans { persona { id } } } } } } } }` });
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('with GRAPHQL_DOCUMENTS=signed-in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ GRAPHQL_DOCUMENTS: 'signed-in' });
  });
  afterAll(() => server?.close());

  it('refuses another document from an anonymous caller and writes nothing, but runs the app\'s', async () => {
    const before = await countRows(server, 'users');
    const refused = await post(server, { query: SIGN_UP_TEXT, variables: signUpInput() });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENTS_ONLY');
    expect(refused.body.errors?.[0]?.message).toMatch(/Sign in to run your own documents/);
    expect(await countRows(server, 'users')).toBe(before);

    const trusted = await post(server, { variables: signUpInput(), extensions: persisted(hashOf('SignUp')) });
    expect(trusted.body.data.signUp.token).toEqual(expect.any(String));
    expect(await countRows(server, 'users')).toBe(before + 1);
  });

  it('runs any document for a signed-in developer (the explorer)', async () => {
    const { data } = await post(server, { variables: signUpInput(), extensions: persisted(hashOf('SignUp')) }).then((r) => r.body);
    const own = await post(server, { query: '{ viewer { id } }' }, data.signUp.token);
    expect(own.body).toEqual({ data: { viewer: { id: data.signUp.viewer.id } } });
  });
});

describe('with GRAPHQL_DOCUMENTS=trusted', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({ GRAPHQL_DOCUMENTS: 'trusted' });
    const { body } = await post(server, { variables: signUpInput(), extensions: persisted(hashOf('SignUp')) });
    token = body.data.signUp.token;
  });
  afterAll(() => server?.close());

  it('runs only the app\'s documents, even for a signed-in user, over HTTP', async () => {
    const refused = await post(server, { query: '{ viewer { id } }' }, token);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { message: 'This server runs only the documents of its web app', extensions: { code: 'TRUSTED_DOCUMENTS_ONLY' } },
    ]);
    const trusted = await post(server, { extensions: persisted(hashOf('SessionViewer')) }, token);
    expect(trusted.body.data.viewer.id).toEqual(expect.any(String));
    await expect(signUpUser(server.url)).rejects.toThrow(/TRUSTED_DOCUMENTS_ONLY/);
  });

  it('and over the socket', async () => {
    const client = socketClient(server.url, token);
    try {
      const refused = await overSocket(client, '{ viewer { id } }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENTS_ONLY');
      const trusted = await new Promise<any>((resolve, reject) => {
        client.subscribe(
          { query: '', extensions: persisted(hashOf('SessionViewer')) },
          { next: resolve, error: reject, complete: () => undefined },
        );
      });
      expect(trusted.data.viewer.id).toEqual(expect.any(String));
    } finally {
      await client.dispose();
    }
  });
});
