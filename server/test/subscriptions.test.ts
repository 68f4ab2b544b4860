import type { Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DELETE_ITEM, ITEM_CHANGED, STATUS_CHANGED, UPDATE_ITEM } from './support/documents.js';
import { startAppProcess, type AppProcess } from './support/app-process.js';
import { startTogether } from './support/start-together.js';
import { createItem, createPersona, expectData } from './support/fixtures.js';
import { graphqlClient, signUpUser } from './support/graphql-client.js';
import { lifecycleOf, moved } from './support/lifecycle.js';
import { subscribe, within, type LiveSubscription } from './support/live-subscription.js';
import { postThroughSandbox } from './support/real-outcomes.js';
import { overSocket, socketClient } from './support/socket-client.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { latencyBudget } from './support/latency-budget.js';

// Two real server processes on one database: subscribers on instance A hear about changes made
// through instance B and by a separate worker process, only for their own personas.

type User = Awaited<ReturnType<typeof signUpUser>>;

let db: TestDatabase;
let instanceA: AppProcess;
let instanceB: AppProcess;
let alice: User;
let bob: User;
let personaId: string;
const clients: Client[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const start = () => startAppProcess({ env: { DATABASE_URL: db.url }, script: 'server/src/main.ts' });
  [instanceA, instanceB] = await startTogether<[AppProcess, AppProcess]>([start(), start()], (app) => app.stop('SIGKILL'));
  [alice, bob] = await Promise.all([signUpUser(instanceB.url), signUpUser(instanceB.url)]);
  expectData(await alice.request(`mutation { updateProfile(input: { displayName: "Alice Example" }) { displayName } }`));
  personaId = (await createPersona(alice.request)).id;
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});
afterAll(async () => {
  const stop = (app: AppProcess | undefined) => app && within(app.stop(), 10_000, 'graceful stop').catch(() => app.stop('SIGKILL'));
  await Promise.all([stop(instanceA), stop(instanceB)]);
  await db?.drop();
});

const instanceBRequest = () => graphqlClient(instanceB.url, alice.token);

function socketOn(instance: AppProcess, token: string): Client {
  const client = socketClient(instance.url, token);
  clients.push(client);
  return client;
}

/** The next event's data, after checking it arrived within a second of `since`. */
async function arrivedWithinASecond(subscription: LiveSubscription, since: number) {
  const { data, receivedAt } = await subscription.next();
  expect(receivedAt - since).toBeLessThan(latencyBudget(1000));
  return data;
}

describe('live events across server processes', () => {
  it('delivers a status change made through instance B to a subscriber on instance A within a second', async () => {
    const item = await createItem(alice.request, personaId, { status: 'DRAFT', caption: 'Live' });
    const statuses = await subscribe(socketOn(instanceA, alice.token), STATUS_CHANGED);
    const started = Date.now();
    await moved(alice.request, item, 'READY', 'looks good');
    const event = (await arrivedWithinASecond(statuses, started)).contentItemStatusChanged;
    expect(event).toEqual({
      item: { id: item.id, status: 'READY', version: 2, persona: { id: personaId } },
      previousStatus: 'DRAFT',
      newStatus: 'READY',
      changedAt: event.change.changedAt,
      change: {
        id: expect.any(String),
        from: 'DRAFT',
        to: 'READY',
        changedAt: expect.any(String),
        actor: { kind: 'USER', name: 'Alice Example' },
        reason: 'looks good',
      },
    });
    expect((await lifecycleOf(alice.request, item.id)).statusHistory.at(-1)).toEqual(event.change);
  });

  it('sends CREATED, UPDATED and DELETED for changes made through instance B', async () => {
    const changes = await subscribe(socketOn(instanceA, alice.token), ITEM_CHANGED);
    let started = Date.now();
    const item = await createItem(alice.request, personaId, { title: 'Fresh' });
    expect((await arrivedWithinASecond(changes, started)).contentItemChanged).toEqual({
      kind: 'CREATED',
      itemId: item.id,
      personaId,
      item: { id: item.id, title: 'Fresh', status: 'IDEA', version: 1 },
    });
    started = Date.now();
    expectData(await alice.request(UPDATE_ITEM, { id: item.id, input: { expectedVersion: 1, title: 'Renamed' } }));
    expect((await arrivedWithinASecond(changes, started)).contentItemChanged).toEqual({
      kind: 'UPDATED',
      itemId: item.id,
      personaId,
      item: { id: item.id, title: 'Renamed', status: 'IDEA', version: 2 },
    });
    started = Date.now();
    expectData(await alice.request(DELETE_ITEM, { id: item.id }));
    expect((await arrivedWithinASecond(changes, started)).contentItemChanged).toEqual({ kind: 'DELETED', itemId: item.id, personaId, item: null });
  });

  it("delivers the publisher's moves to a subscriber on another instance within a second of the change, naming the process", async () => {
    const statuses = await subscribe(socketOn(instanceA, alice.token), STATUS_CHANGED, { personaId });
    const posted = await postThroughSandbox(instanceBRequest(), personaId);

    expect((await statuses.next()).data.contentItemStatusChanged.change).toMatchObject({
      from: 'READY',
      to: 'SCHEDULED',
      actor: { kind: 'USER', name: 'Alice Example' },
    });
    const { data, receivedAt } = await statuses.next();
    const event = data.contentItemStatusChanged;
    expect(event).toMatchObject({
      item: { id: posted.id, status: 'POSTED', version: posted.version },
      change: { from: 'SCHEDULED', to: 'POSTED', actor: { kind: 'PROCESS', name: 'publisher' }, reason: null },
    });
    expect(receivedAt - Date.parse(event.changedAt)).toBeLessThan(latencyBudget(1000));
  });

  it('sends a subscription filtered by persona only that persona’s events', async () => {
    const other = await createPersona(alice.request);
    const theirs = await createItem(alice.request, other.id, { status: 'DRAFT', caption: 'Other persona' });
    const mine = await createItem(alice.request, personaId, { status: 'DRAFT', caption: 'This persona' });
    const socket = socketOn(instanceA, alice.token);
    const everything = await subscribe(socket, STATUS_CHANGED);
    const filteredStatuses = await subscribe(socket, STATUS_CHANGED, { personaId });
    const filteredChanges = await subscribe(socket, ITEM_CHANGED, { personaId });

    // The other persona's change comes first; a filter letting it through would show it first.
    await moved(alice.request, theirs, 'READY');
    await moved(alice.request, mine, 'READY');
    expect((await everything.next()).data.contentItemStatusChanged.item.id).toBe(theirs.id);
    expect((await everything.next()).data.contentItemStatusChanged.item.id).toBe(mine.id);
    expect((await filteredStatuses.next()).data.contentItemStatusChanged.item).toMatchObject({ id: mine.id, persona: { id: personaId } });
    expect((await filteredChanges.next()).data.contentItemChanged).toMatchObject({ kind: 'UPDATED', itemId: mine.id, personaId });
  });

  it("never sends one user's events to another, with or without that user's persona as the filter", async () => {
    const bobsPersona = await createPersona(bob.request);
    const bobsItem = await createItem(bob.request, bobsPersona.id);
    const bobsSocket = socketOn(instanceA, bob.token);
    const bobs = {
      statuses: await subscribe(bobsSocket, STATUS_CHANGED),
      changes: await subscribe(bobsSocket, ITEM_CHANGED),
      aliceStatuses: await subscribe(bobsSocket, STATUS_CHANGED, { personaId }),
      aliceChanges: await subscribe(bobsSocket, ITEM_CHANGED, { personaId }),
    };
    const alicesChanges = await subscribe(socketOn(instanceA, alice.token), ITEM_CHANGED);

    const item = await createItem(alice.request, personaId, { status: 'DRAFT', caption: 'Private' });
    expectData(await alice.request(UPDATE_ITEM, { id: item.id, input: { expectedVersion: 1, title: 'Secret' } }));
    await moved(alice.request, { id: item.id, version: 2 }, 'READY');
    expectData(await alice.request(DELETE_ITEM, { id: item.id }));
    const alicesKinds = [];
    for (let i = 0; i < 4; i += 1) alicesKinds.push((await alicesChanges.next()).data.contentItemChanged.kind);
    expect(alicesKinds).toEqual(['CREATED', 'UPDATED', 'UPDATED', 'DELETED']);

    // Bob's own change comes after all of Alice's: it must be the first thing Bob hears.
    await moved(bob.request, bobsItem, 'DRAFT');
    expect((await bobs.statuses.next()).data.contentItemStatusChanged.item.id).toBe(bobsItem.id);
    expect((await bobs.changes.next()).data.contentItemChanged).toMatchObject({ kind: 'UPDATED', itemId: bobsItem.id });
    expect(await overSocket(bobsSocket, '{ viewer { id } }')).toEqual({ data: { viewer: { id: bob.userId } } });
    expect([bobs.statuses, bobs.changes, bobs.aliceStatuses, bobs.aliceChanges].map((sub) => sub.pending)).toEqual([[], [], [], []]);
  });

  it('asks its live clients to resynchronise (4205) once its event listener is back after losing the database', async () => {
    const socket = socketOn(instanceA, alice.token);
    const closeCode = new Promise<number>((resolve) => socket.on('closed', (event) => resolve((event as { code: number }).code)));
    const before = await subscribe(socket, STATUS_CHANGED);
    // What a database restart does to the LISTEN connections: they are cut.
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()",
      );
      // Both instances listen for events (and graphile-worker for jobs).
      expect(rowCount).toBeGreaterThanOrEqual(2);
    } finally {
      await admin.end();
    }
    expect(await within(closeCode, 10_000, 'resync close')).toBe(4205);
    expect(await before.ended).toMatchObject({ closed: { code: 4205 } });

    // A client that follows the signal subscribes again and hears what happens next.
    const after = await subscribe(socketOn(instanceA, alice.token), STATUS_CHANGED);
    const item = await createItem(alice.request, personaId, { status: 'DRAFT', caption: 'After the resync' });
    await moved(instanceBRequest(), item, 'READY');
    expect((await after.next()).data.contentItemStatusChanged.item.id).toBe(item.id);
  });

  it('closes the sockets of a session signed out on the other instance with 4401', async () => {
    const signIn = await graphqlClient(instanceB.url)<any>(`mutation ($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: alice.email, password: alice.password },
    });
    const token = expectData(signIn).signIn.token as string;
    const socket = socketOn(instanceA, token);
    const closeCode = new Promise<number>((resolve) => socket.on('closed', (event) => resolve((event as { code: number }).code)));
    const signedOut = await subscribe(socket, STATUS_CHANGED);
    const otherSession = await subscribe(socketOn(instanceA, alice.token), STATUS_CHANGED);

    expect(expectData(await graphqlClient(instanceB.url, token)<any>('mutation { signOut }')).signOut).toBe(true);
    expect(await within(closeCode, 5_000, 'socket close')).toBe(4401);
    expect(await signedOut.ended).toMatchObject({ closed: { code: 4401 } });

    const item = await createItem(alice.request, personaId, { status: 'DRAFT', caption: 'Still live' });
    await moved(alice.request, item, 'READY');
    expect((await otherSession.next()).data.contentItemStatusChanged.item.id).toBe(item.id);
    await expect(overSocket(socketOn(instanceA, token), '{ viewer { id } }')).rejects.toMatchObject({ code: 4403 });
  });
});
