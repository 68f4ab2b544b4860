import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latencyBudget } from './support/latency-budget.js';
import { startAppProcess, type AppProcess } from './support/app-process.js';
import { startFreezableProxy, type FreezableProxy } from './support/freezable-proxy.js';
import { signUpUser } from './support/graphql-client.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// A database that stops answering (SIGSTOP, a silent partition) must not hang the app: every
// request gets a clean error within the statement timeout plus a second, /healthz says the
// database is unavailable, and everything works again once the database answers.

const STATEMENT_TIMEOUT_MS = 1_500;

let db: TestDatabase;
let proxy: FreezableProxy;
let app: AppProcess;
beforeAll(async () => {
  db = await createTestDatabase();
  const url = new URL(db.url);
  proxy = await startFreezableProxy({ host: url.hostname, port: Number(url.port || 5432) });
  url.host = `127.0.0.1:${proxy.port}`;
  app = await startAppProcess({
    env: {
      DATABASE_URL: url.toString(),
      DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
      RUN_WORKER: 'false',
    },
  });
});
afterAll(async () => {
  proxy?.thaw();
  await app?.stop('SIGKILL');
  await proxy?.close();
  await db?.drop();
});

async function timed(request: () => Promise<Response>) {
  const started = Date.now();
  const response = await request();
  return { response, body: await response.text(), ms: Date.now() - started };
}

describe('a frozen database', () => {
  it('answers every request within the statement timeout plus a second, and recovers when the database does', async () => {
    const user = await signUpUser(app.url);
    const graphql = (query: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
        body: JSON.stringify({ query }),
      });
    proxy.freeze();
    try {
      const answers = await Promise.all([
        timed(() => fetch(`${app.url}/healthz`)),
        ...Array.from({ length: 12 }, () => timed(() => graphql('{ viewer { id } personas { nodes { id } } }'))),
      ]);
      for (const { ms } of answers) expect(ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 1_000);
      const [health, ...queries] = answers;
      expect(health!.response.status).toBe(503);
      expect(JSON.parse(health!.body)).toEqual({ status: 'database unavailable' });
      for (const { body } of queries) {
        expect(body).not.toMatch(/at .+\.(ts|js):\d+/);
        expect(JSON.parse(body).errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      }
      // Liveness is the process, not the database: an outage must not get replicas restarted.
      const live = await timed(() => fetch(`${app.url}/livez`));
      expect(live.response.status).toBe(200);
      expect(live.ms).toBeLessThan(latencyBudget(500));
    } finally {
      proxy.thaw();
    }

    // Connections that gave up were replaced: the next requests work.
    await expect
      .poll(async () => ((await (await graphql('{ viewer { id } }')).json()) as { data?: { viewer?: { id: string } } }).data?.viewer?.id, { timeout: 10_000 })
      .toBe(user.userId);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
