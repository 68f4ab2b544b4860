import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startAppProcess } from './support/app-process.js';
import { graphqlClient, signUpUser } from './support/graphql-client.js';

// What a newcomer gets with no DATABASE_URL: a real PostgreSQL started by the app, stopped
// with it, and data that survives a restart.

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

let dataDir: string;
let postgresPort: number;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'doppelcart-embedded-'));
  postgresPort = await freePort();
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('embedded PostgreSQL', () => {
  it('starts with the app, stops with it on Ctrl-C (SIGINT) and SIGTERM, and keeps data across restarts', async () => {
    const env = { DATABASE_URL: undefined, TEST_DATABASE_URL: undefined, DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(postgresPort) };
    const first = await startAppProcess({ env, readyWithinMs: 60_000 });
    const user = await signUpUser(first.url);
    expect(await portOpen(postgresPort)).toBe(true);
    expect(await first.stop('SIGINT')).toBe(0);
    expect(await portOpen(postgresPort)).toBe(false);

    const second = await startAppProcess({ env, readyWithinMs: 60_000 });
    try {
      const signIn = await graphqlClient(second.url)<{ signIn: { viewer: { email: string } } }>(
        `mutation ($input: SignInInput!) { signIn(input: $input) { viewer { email } } }`,
        { input: { email: user.email, password: user.password } },
      );
      expect(signIn.data?.signIn.viewer.email).toBe(user.email);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 120_000);
});
