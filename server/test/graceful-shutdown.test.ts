import { Agent, request as httpRequest } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from './support/app-process.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// SIGTERM while clients keep sending sign-ups on kept-alive connections: each request either
// completes (a user with a session) or is refused cleanly with 503, none fails half-way, and
// no user is left without the session their sign-up made.

let db: TestDatabase;
let app: AppProcess;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await startAppProcess({ env: { DATABASE_URL: db.url, RUN_WORKER: 'false' } });
});
afterAll(async () => {
  await app?.stop('SIGKILL');
  await db?.drop();
});

type Outcome = { status: number; token?: string } | { error: string };

function signUp(agent: Agent, n: number): Promise<Outcome> {
  const body = JSON.stringify({
    query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
    variables: { input: { email: `drain-${n}-${Date.now()}@example.com`, password: 'correct horse battery staple' } },
  });
  return new Promise((resolve) => {
    const req = httpRequest(`${app.url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        const parsed = JSON.parse(text || '{}');
        resolve({ status: res.statusCode ?? 0, token: parsed.data?.signUp?.token });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end(body);
  });
}

describe('graceful shutdown', () => {
  it('finishes or cleanly refuses every request arriving while it drains, and leaves no half-made account', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const outcomes: Outcome[] = [];
    let n = 0;
    let exited = false;
    // Resolves once four sign-ups have gone through: the load is on, stop the server under it.
    let loaded!: () => void;
    const underLoad = new Promise<void>((resolve) => (loaded = resolve));
    const lane = async () => {
      while (!exited) {
        const outcome = await signUp(agent, (n += 1));
        outcomes.push(outcome);
        if (outcomes.filter((one) => 'status' in one && one.status === 200).length >= 4) loaded();
        // Once the server is gone, connections are refused: the lane ends.
        if ('error' in outcome && outcome.error === 'ECONNREFUSED') return;
      }
    };
    const lanes = Array.from({ length: 4 }, lane);
    await underLoad;
    const code = await app.stop('SIGTERM');
    exited = true;
    await Promise.all(lanes);
    agent.destroy();
    expect(code).toBe(0);

    const completed = outcomes.filter((outcome) => 'status' in outcome && outcome.status === 200 && outcome.token);
    const answered = outcomes.filter((outcome) => 'status' in outcome);
    // Every answer is a finished sign-up or a clean 503; none is a 500 or an error half-way.
    expect(answered.filter((outcome) => !completed.includes(outcome) && (outcome as { status: number }).status !== 503), JSON.stringify(outcomes)).toEqual([]);
    // Requests without an answer (a kept-alive connection closed as a request was being written,
    // then refused connections) never reached the app: no account below comes from them.
    expect(app.output.join('')).not.toMatch(/driver has already been destroyed|Cannot use a pool after calling end/);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT count(*)::int AS users, count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id))::int AS without_session FROM users u',
      );
      expect(rows[0]).toEqual({ users: completed.length, without_session: 0 });
    } finally {
      await client.end();
    }
  }, 60_000);
});
