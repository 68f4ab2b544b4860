import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_CHANGED } from './support/documents.js';
import { createItem, createPersona } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { moved } from './support/lifecycle.js';
import { eventually, subscribe, within } from './support/live-subscription.js';
import { acknowledgedSocket, rawSocket, type RawSocket } from './support/raw-socket.js';
import { socketClient } from './support/socket-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// What the socket refuses, and how: graphql-ws close codes for bad clients, a cap on operations
// per socket, a cap on message size, an Origin check at upgrade, and nothing left behind on the
// server when subscriptions end.

let server: TestServer;
let user: Awaited<ReturnType<typeof signUpUser>>;
const clients: Client[] = [];
const raws: RawSocket[] = [];
beforeAll(async () => {
  server = await startTestServer();
  user = await signUpUser(server.url);
});
afterEach(async () => {
  for (const raw of raws.splice(0)) raw.socket.terminate();
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});
afterAll(() => server.close());

function client(token?: string): Client {
  const created = socketClient(server.url, token);
  clients.push(created);
  return created;
}

function raw(headers?: Record<string, string>): RawSocket {
  const created = rawSocket(server.url, headers);
  raws.push(created);
  return created;
}

const closeCodeOf = (socket: Client) => new Promise<number>((resolve) => socket.on('closed', (event) => resolve((event as { code: number }).code)));

describe('WebSocket limits', () => {
  it.each([
    ['no token', undefined],
    ['an unknown token', 'not-a-session-token'],
  ])('closes a connection with %s with 4403', async (_case, token) => {
    const anonymous = client(token);
    const closed = closeCodeOf(anonymous);
    anonymous.subscribe({ query: STATUS_CHANGED }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    expect(await within(closed, 5_000, 'close')).toBe(4403);
  });

  it('closes a connection that sends no connection_init within 5 seconds with 4408', async () => {
    const silent = raw();
    await silent.opened;
    const openedAt = Date.now();
    const { code } = await within(silent.closed, 10_000, 'init timeout close');
    expect(code).toBe(4408);
    expect(Date.now() - openedAt).toBeGreaterThanOrEqual(4_900);
  });

  it.each([
    ['text that is not JSON', 'hello'],
    ['a subscribe without an id', { type: 'subscribe', payload: { query: '{ viewer { id } }' } }],
    ['an unknown message type', { type: 'launch_missiles' }],
  ])('closes the socket with 4400 on %s', async (_case, message) => {
    const socket = await acknowledgedSocket(server.url, user.token);
    raws.push(socket);
    socket.send(message);
    expect((await within(socket.closed, 5_000, 'close')).code).toBe(4400);
  });

  it('answers a message just under 64 KiB and closes the socket on one over it with 1009', async () => {
    const socket = await acknowledgedSocket(server.url, user.token);
    raws.push(socket);
    const padded = (bytes: number) => {
      const message = { id: String(bytes), type: 'subscribe', payload: { query: '{ viewer { id } }' } };
      const overhead = JSON.stringify(message).length;
      message.payload.query += ' '.repeat(bytes - overhead);
      return JSON.stringify(message);
    };
    expect(padded(64 * 1024 - 16)).toHaveLength(64 * 1024 - 16);
    socket.send(padded(64 * 1024 - 16));
    expect(await within(socket.nextMessage(), 5_000, 'answer')).toMatchObject({ type: 'next', payload: { data: { viewer: { id: user.userId } } } });
    socket.send(padded(64 * 1024 + 1));
    expect((await within(socket.closed, 5_000, 'close')).code).toBe(1009);
  });

  it("refuses the upgrade from another site's page, and accepts the app's own origin", async () => {
    const foreign = raw({ origin: 'https://evil.example' });
    await expect(foreign.opened).rejects.toThrow(/Unexpected server response: 40[13]/);
    const own = raw({ origin: server.url });
    await expect(own.opened).resolves.toBeUndefined();
  });

  it('refuses a 26th concurrent operation on one socket, and takes new ones as others complete', async () => {
    const socket = client(user.token);
    const outcomes: Array<unknown[] | undefined> = [];
    const unsubscribes = Array.from({ length: 26 }, (_, i) =>
      socket.subscribe(
        { query: STATUS_CHANGED },
        { next: () => undefined, error: (error) => (outcomes[i] = error as unknown[]), complete: () => undefined },
      ),
    );
    // The socket handles messages in order, so the first 25 were taken before the 26th was refused.
    await eventually(async () => expect(outcomes[25]).toBeDefined(), 5_000);
    expect(outcomes[25]).toMatchObject([{ message: 'At most 25 operations per connection', extensions: { code: 'BAD_REQUEST' } }]);
    expect(outcomes.slice(0, 25).filter(Boolean)).toEqual([]);

    unsubscribes[0]!();
    unsubscribes[1]!();
    const replacement = await eventually(() => subscribe(socket, STATUS_CHANGED), 5_000);
    const persona = await createPersona(user.request);
    const item = await createItem(user.request, persona.id, { status: 'DRAFT', caption: 'Counted' });
    await moved(user.request, item, 'READY');
    expect((await replacement.next()).data.contentItemStatusChanged.item.id).toBe(item.id);
  });

});

describe('WebSocket subscriptions ending', () => {
  // Its own server, so the listener count it reads belongs to this test's sockets alone.
  let quiet: TestServer;
  beforeAll(async () => {
    quiet = await startTestServer();
  });
  afterAll(() => quiet.close());

  it('stop listening when they complete and when their socket closes', async () => {
    const owner = await signUpUser(quiet.url);
    const before = quiet.notifier.subscriberCount;
    const socket = socketClient(quiet.url, owner.token);
    clients.push(socket);
    const first = await subscribe(socket, STATUS_CHANGED);
    const other = await subscribe(socket, STATUS_CHANGED, { personaId: randomUUID() });
    const same = await subscribe(socket, STATUS_CHANGED);
    // Identical subscriptions of one user share one execution, so one listener.
    expect(quiet.notifier.subscriberCount).toBe(before + 2);
    first.unsubscribe();
    same.unsubscribe();
    await eventually(async () => expect(quiet.notifier.subscriberCount).toBe(before + 1), 5_000);
    expect(other).toBeDefined();
    await socket.dispose();
    await eventually(async () => expect(quiet.notifier.subscriberCount).toBe(before), 5_000);
  });

  it('share one execution among identical subscriptions and keep delivering to those that stay', async () => {
    const owner = await signUpUser(quiet.url);
    const stranger = await signUpUser(quiet.url);
    const before = quiet.notifier.subscriberCount;
    const sockets = [socketClient(quiet.url, owner.token), socketClient(quiet.url, owner.token), socketClient(quiet.url, stranger.token)];
    clients.push(...sockets);
    const [leaving, staying, foreign] = await Promise.all(sockets.map((socket) => subscribe(socket, STATUS_CHANGED)));
    // The owner's two sockets share one listener; the stranger's identical text does not join it.
    expect(quiet.notifier.subscriberCount).toBe(before + 2);

    const persona = await createPersona(owner.request);
    const first = await createItem(owner.request, persona.id, { status: 'DRAFT', caption: 'Shared' });
    await moved(owner.request, first, 'READY');
    const [a, b] = await Promise.all([leaving!.next(), staying!.next()]);
    expect(a.data.contentItemStatusChanged.item.id).toBe(first.id);
    expect(b.data).toEqual(a.data);

    leaving!.unsubscribe();
    const second = await createItem(owner.request, persona.id, { status: 'DRAFT', caption: 'Still shared' });
    await moved(owner.request, second, 'READY');
    expect((await staying!.next()).data.contentItemStatusChanged.item.id).toBe(second.id);
    // Tenant isolation proper is tenant-isolation.test.ts; here: the group never reached the stranger.
    expect(foreign!.pending).toEqual([]);
  });
});
