import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_CHANGED, STATUS_CHANGED } from './support/documents.js';
import { createItem, createPersona, expectData } from './support/fixtures.js';
import { signUpUser } from './support/graphql-client.js';
import { subscribe } from './support/live-subscription.js';
import { socketClient } from './support/socket-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// One change announces itself twice (item_status and item_changed): a tab subscribed to both
// reads the item and its persona once, not once per subscription.

let server: TestServer;
let client: Client | undefined;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await client?.dispose();
  await server?.close();
});

const itemReads = () => server.statements.filter((statement) => /^select \* from "content_items" where "id" in/.test(statement)).length;
const personaReads = () => server.statements.filter((statement) => /^select \* from "personas" where "id" in/.test(statement)).length;

describe('subscription reads', () => {
  it('reads a moved item once for its status and its change subscriptions', async () => {
    const user = await signUpUser(server.url);
    const persona = await createPersona(user.request);
    const item = await createItem(user.request, persona.id, { status: 'DRAFT', caption: 'Read me once' });
    client = socketClient(server.url, user.token);
    const statuses = await subscribe(client, STATUS_CHANGED, { personaId: persona.id });
    const changes = await subscribe(client, ITEM_CHANGED, { personaId: persona.id });

    server.statements.length = 0;
    // The move asks for nothing back, so every read of the item is the subscriptions'.
    expectData(await user.request(`mutation { moveContentItem(id: "${item.id}", to: READY, expectedVersion: ${item.version}) { id } }`));
    const [status, change] = await Promise.all([statuses.next(), changes.next()]);
    expect(status.data.contentItemStatusChanged.item).toMatchObject({ id: item.id, status: 'READY' });
    expect(change.data.contentItemChanged.item).toMatchObject({ id: item.id, status: 'READY' });
    expect(itemReads()).toBe(1);
    expect(personaReads()).toBe(1);
  });
});
