import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startAppProcess } from './support/app-process.js';
import { graphqlClient, signUpUser } from './support/graphql-client.js';
import { eventually } from './support/live-subscription.js';

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

  it('stops with its app even when the app is killed with -9, and is never adopted by a second app', async () => {
    const env = { DATABASE_URL: undefined, TEST_DATABASE_URL: undefined, DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(postgresPort) };
    const first = await startAppProcess({ env, readyWithinMs: 60_000 });
    // A second app on the same data directory would share, then stop, the first one's server.
    const second = await startAppProcess({ env, readyWithinMs: 60_000 }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(second).toMatch(/Another DoppelCart process \(pid \d+\) is running the embedded PostgreSQL/);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);

    await first.stop('SIGKILL');
    await eventually(async () => expect(await portOpen(postgresPort)).toBe(false), 15_000);
    const third = await startAppProcess({ env, readyWithinMs: 60_000 });
    expect((await fetch(`${third.url}/healthz`)).status).toBe(200);
    expect(await third.stop()).toBe(0);
    expect(await portOpen(postgresPort)).toBe(false);
  }, 120_000);

  it('finishes every in-flight request when Ctrl-C reaches `npm start` (the terminal signals the whole group)', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(postgresPort), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SIGN_UP_PER_HOUR: '1000' };
    delete env.DATABASE_URL;
    delete env.TEST_DATABASE_URL;
    const start = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env,
      // Its own process group, as a terminal's foreground job: the group is what Ctrl-C signals.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    start.stdout.on('data', (chunk) => output.push(String(chunk)));
    start.stderr.on('data', (chunk) => output.push(String(chunk)));
    const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));
    const url = `http://127.0.0.1:${port}`;
    try {
      await eventually(async () => expect((await fetch(`${url}/healthz`).catch(() => null))?.status, output.join('')).toBe(200), 120_000);
      const signUps = Array.from({ length: 12 }, (_, i) =>
        graphqlClient(url)<{ signUp: { token: string } }>(`mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`, {
          input: { email: `ctrl-c-${i}-${Date.now()}@example.com`, password: 'correct horse battery staple' },
        }),
      );
      // Once the first answer is back the others are being worked on: Ctrl-C now.
      await Promise.race(signUps);
      process.kill(-start.pid!, 'SIGINT');
      const results = await Promise.allSettled(signUps);
      const failed = results.filter((result) => result.status === 'rejected' || !result.value.data?.signUp.token);
      expect(failed, JSON.stringify(failed).slice(0, 2000)).toEqual([]);
      expect(await exited).toBe(0);
      expect(await portOpen(postgresPort)).toBe(false);
    } finally {
      if (start.exitCode === null) process.kill(-start.pid!, 'SIGKILL');
    }
  }, 180_000);
});
