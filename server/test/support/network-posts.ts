import { expect } from 'vitest';
import { createItem, expectData } from './fixtures.js';
import type { GraphQLRequest } from './graphql-client.js';
import { eventually } from './live-subscription.js';
import type { TestServer } from './test-server.js';
import { makeDueNow } from './worker-process.js';

// What every network's publishing tests do with posts: make a READY item for the network with
// its media, wait for its post to settle, and bring a post put back for a later attempt
// forward instead of waiting out its backoff.

const UPDATE = `mutation ($id: ID!, $input: UpdateContentItemInput!) { updateContentItem(id: $id, input: $input) { id version caption } }`;

export async function readyNetworkItem(
  request: GraphQLRequest,
  personaId: string,
  platform: string,
  caption: string,
  media: Array<{ assetId: string; altText?: string }>,
  options: { format?: string; title?: string } = {},
) {
  const item = await createItem(request, personaId, { status: 'DRAFT', caption, platform, ...(options.title && { title: options.title }) });
  const input = { expectedVersion: item.version, status: 'READY', format: options.format ?? (media.length > 1 ? 'CAROUSEL' : 'POST'), media };
  return expectData(await request<any>(UPDATE, { id: item.id, input })).updateContentItem;
}

/** The item's post once it is in one of `states`, with the item's status. */
export async function postOf(server: TestServer, itemId: string, states = ['published', 'failed'], within = 20_000) {
  return eventually(async () => {
    const { rows } = await server.handle.pool.query('SELECT s.*, i.status AS item_status FROM scheduled_posts s JOIN content_items i ON i.id = s.content_item_id WHERE s.content_item_id = $1', [itemId]);
    expect(states).toContain(rows[0]?.state);
    return rows[0];
  }, within);
}

/** Waits for the item's post to be put back after a failed attempt, makes it due now, and returns it settled. */
export async function retriedNow(server: TestServer, itemId: string) {
  const pending = await eventually(async () => {
    const { rows } = await server.handle.pool.query('SELECT id, state, last_error FROM scheduled_posts WHERE content_item_id = $1', [itemId]);
    expect(rows[0]).toMatchObject({ state: 'pending', last_error: expect.any(String) });
    return rows[0];
  }, 20_000);
  await makeDueNow(server.handle.db, [pending.id]);
  return postOf(server, itemId, ['published', 'failed'], 30_000);
}
