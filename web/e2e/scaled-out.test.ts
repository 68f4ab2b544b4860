import { randomBytes } from 'node:crypto';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../server/test/support/app-process.js';
import { createItem, createPersona, expectData } from '../../server/test/support/fixtures.js';
import { graphqlClient, signUpUser } from '../../server/test/support/graphql-client.js';
import { moved } from '../../server/test/support/lifecycle.js';
import { startLocalS3, type LocalS3 } from '../../server/test/support/local-s3.js';
import { connectSandbox, schedule } from '../../server/test/support/publishing.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../../server/test/support/round-robin-proxy.js';
import { createTestDatabase, type TestDatabase } from '../../server/test/support/test-database.js';
import { killAllWorkers, startWorker, type WorkerProcess } from '../../server/test/support/worker-process.js';
import { card } from './support/board.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { signInInBrowser } from './support/session.js';

// The compose topology as processes, where Docker is not available: two API instances behind a
// reverse proxy (WebSockets included), one worker, an S3 server, the built app run as an
// unprivileged user (when the test runs as root) that can write nothing in the app directory
// and is given a DATA_DIR it cannot write either: nothing is kept there. A browser signed in
// through the proxy sees, live, changes made through each instance and a post the worker publishes.

const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

let db: TestDatabase;
let s3: LocalS3;
let scratch: string;
let apis: AppProcess[] = [];
let worker: WorkerProcess;
let proxy: RoundRobinProxy;
let browser: TestBrowser;

beforeAll(async () => {
  [db, s3, browser] = await Promise.all([createTestDatabase(), startLocalS3(), launchBrowser()]);
  scratch = await mkdtemp(path.join(tmpdir(), 'doppelcart-topology-'));
  await writeFile(path.join(scratch, 'a-file'), '');
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    DATA_DIR: path.join(scratch, 'a-file', 'data'),
    STORAGE_DRIVER: 's3',
    S3_BUCKET: s3.bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    TOKEN_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    TRUST_PROXY: 'loopback',
  };
  apis = await Promise.all(
    [0, 1].map(() => startAppProcess({ script: 'server/dist/main.js', env: { ...env, RUN_WORKER: 'false' }, user: unprivileged, readyWithinMs: 60_000 })),
  );
  worker = await startWorker({ ...env, LOG_LEVEL: 'info', PUBLISH_SWEEP_SECONDS: '1' }, 30_000, unprivileged);
  proxy = await startRoundRobinProxy(apis.map((api) => api.url));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await killAllWorkers();
  await Promise.all(apis.map((api) => api.stop()));
  await s3?.close();
  await db?.drop();
  await rm(scratch, { recursive: true, force: true });
});

async function uidOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^Uid:\s+(\d+)/m.exec(status)![1]);
}

describe('two API instances, a worker and S3 behind a proxy', () => {
  it('keeps a browser on the proxy live with changes made through either instance and published by the worker', async () => {
    if (unprivileged) {
      for (const pid of [...apis.map((api) => api.child.pid!), worker.pid]) expect(await uidOf(pid)).toBe(unprivileged.uid);
    }
    const user = await signUpUser(proxy.url);
    const persona = await createPersona(user.request, { name: 'Lena Fern', handle: 'lena.scaled' });
    const titles = ['Through instance one', 'Through instance two', 'Published by the worker'];
    const items = await Promise.all(titles.map((title) => createItem(user.request, persona.id, { title, caption: `${title} caption`, platform: 'SANDBOX' })));

    const context = await browser.newContext();
    const page = await context.newPage();
    await signInInBrowser(page, proxy.url, user);
    await page.goto(`${proxy.url}/personas/${persona.id}/board`);
    await page.getByText('Live', { exact: true }).waitFor();
    for (const title of titles) await card(page, 'Idea', title).waitFor();

    // Each instance directly, not through the proxy: the browser's socket is on one of them.
    const [one, two] = apis.map((api) => graphqlClient(api.url, user.token));
    await moved(one!, items[0]!, 'DRAFT');
    await card(page, 'Draft', titles[0]!).waitFor();
    await moved(two!, items[1]!, 'DRAFT');
    await card(page, 'Draft', titles[1]!).waitFor();

    // The worker publishes on the Sandbox; the post's outcome reaches the board live.
    const channel = await connectSandbox(two!, persona.id);
    const ready = await moved(two!, await moved(two!, items[2]!, 'DRAFT'), 'READY');
    expectData(await schedule(one!, ready, channel.id, { now: true }));
    await card(page, 'Posted', titles[2]!).waitFor({ timeout: 20_000 });
    expect(proxy.served.get(apis[0]!.url)).toBeGreaterThan(0);
    expect(proxy.served.get(apis[1]!.url)).toBeGreaterThan(0);
    await context.close();
  });
});
