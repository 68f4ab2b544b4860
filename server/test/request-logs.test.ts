import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from './support/app-process.js';
import { graphqlClient, signUpUser } from './support/graphql-client.js';
import { eventually } from './support/live-subscription.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// What an operator reads: one JSON line per request with its id and user, and the security
// events (a refused password, a refused origin, a rate limit hit, a NOT_FOUND) as lines of their own.

let db: TestDatabase;
let app: AppProcess;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await startAppProcess({ env: { DATABASE_URL: db.url, RUN_WORKER: 'false', LOG_LEVEL: 'info', SIGN_IN_MAX_FAILURES: '1' } });
});
afterAll(async () => {
  await app?.stop();
  await db?.drop();
});

const entries = () =>
  app.output
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('request and security logs', () => {
  it('logs each request with its id and user, and the security events', async () => {
    const user = await signUpUser(app.url);
    const answer = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    const requestId = answer.headers.get('x-request-id');
    const anonymous = graphqlClient(app.url);
    const signIn = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;
    await anonymous(signIn, { input: { email: user.email, password: 'wrong password' } });
    await anonymous(signIn, { input: { email: user.email, password: 'wrong password' } });
    await user.request('{ persona(id: "00000000-0000-4000-8000-000000000000") { id } contentPlan(id: "00000000-0000-4000-8000-000000000000") { id } }');
    await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: '{"query":"{ viewer { id } }"}' });

    await eventually(async () => {
      const logged = entries();
      expect(logged).toContainEqual(expect.objectContaining({ msg: 'request', requestId, userId: user.userId, path: '/graphql', status: 200, method: 'POST' }));
      const events = logged.map((entry) => entry['event']).filter(Boolean);
      expect(events).toEqual(expect.arrayContaining(['password_refused', 'rate_limited', 'origin_refused']));
    }, 5_000);
  });
});
