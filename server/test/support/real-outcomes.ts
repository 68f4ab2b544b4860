import sharp from 'sharp';
import type { FakeInstagram } from './fake-instagram.js';
import { createItem, expectData } from './fixtures.js';
import type { GraphQLRequest } from './graphql-client.js';
import { eventually } from './live-subscription.js';
import { CHANNELS, connectInstagram, connectSandbox, schedule, uploadImage, withImage } from './publishing.js';

// Items that reached POSTED or FAILED the only way items do: scheduled on a channel and
// settled by the server's own publisher (tests start servers with their background work).

const ITEM = `query ($id: ID!) { contentItem(id: $id) { id title caption status version platform scheduledAt publishedAt failureReason } }`;

async function settled(request: GraphQLRequest, itemId: string, status: 'POSTED' | 'FAILED') {
  return eventually(async () => {
    const item = expectData(await request<any>(ITEM, { id: itemId })).contentItem;
    if (item.status !== status) throw new Error(`item is ${item.status}, waiting for ${status}`);
    return item;
  }, 15_000);
}

async function channelOf(request: GraphQLRequest, personaId: string, platform: 'SANDBOX' | 'INSTAGRAM') {
  const channels = expectData(await request<any>(CHANNELS, { id: personaId })).persona.channelIntegrations;
  return channels.find((channel: any) => channel.platform === platform && channel.status === 'ACTIVE');
}

/** A Sandbox item, READY then published at once by the publisher; returns it POSTED. */
export async function postThroughSandbox(request: GraphQLRequest, personaId: string, overrides: Record<string, unknown> = {}) {
  const channel = (await channelOf(request, personaId, 'SANDBOX')) ?? (await connectSandbox(request, personaId));
  const item = await createItem(request, personaId, { status: 'READY', platform: 'SANDBOX', caption: 'Out it goes', ...overrides });
  expectData(await schedule(request, item, channel.id, { now: true }));
  return settled(request, item.id, 'POSTED');
}

/**
 * An Instagram item with an image, published at once on the persona's Instagram channel
 * (connected through the fake) while the fake refuses to process it; returns it FAILED, its
 * reason Instagram's, with the channel it failed on.
 */
export async function failThroughInstagram(
  setup: { url: string; fake: FakeInstagram; user: { request: GraphQLRequest; token: string } },
  personaId: string,
) {
  const { request } = setup.user;
  const channel = (await channelOf(request, personaId, 'INSTAGRAM')) ?? (await connectInstagram(setup.url, request, personaId)).channel;
  const jpeg = await sharp({ create: { width: 1080, height: 1350, channels: 3, background: '#8c3c3c' } }).jpeg().toBuffer();
  const assetId = await uploadImage(setup.url, setup.user.token, personaId, jpeg);
  const item = await withImage(request, await createItem(request, personaId, { status: 'READY', platform: 'INSTAGRAM', caption: 'Will not make it' }), assetId);
  setup.fake.failNext('container_create', 'container_error');
  expectData(await schedule(request, item, channel.id, { now: true }));
  return { item: await settled(request, item.id, 'FAILED'), channelId: channel.id as string };
}
