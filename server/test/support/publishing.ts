import { UPDATE_ITEM } from './documents.js';
import { expectData } from './fixtures.js';
import type { GraphQLRequest } from './graphql-client.js';

// Documents and builders for channels and scheduled posts.

export const CHANNEL_FIELDS = `fragment ChannelFields on ChannelIntegration {
  id platform accountName externalAccountId status statusReason tokenExpiresAt tokenRefreshedAt scopes createdAt
}`;
export const POST_FIELDS = `fragment PostFields on ScheduledPost {
  id runAt state attempts platformPostId permalink publishedAt lastError
  item { id status version scheduledAt publishedAt failureReason }
  channel { id platform }
}`;
export const CONNECT_SANDBOX = `mutation ConnectSandbox($personaId: ID!) { connectSandboxChannel(personaId: $personaId) { ...ChannelFields } } ${CHANNEL_FIELDS}`;
export const START_INSTAGRAM = `mutation StartInstagram($personaId: ID!) { startInstagramConnection(personaId: $personaId) { authorizeUrl } }`;
export const DISCONNECT = `mutation Disconnect($id: ID!) { disconnectChannel(id: $id) { ...ChannelFields } } ${CHANNEL_FIELDS}`;
export const CHANNELS = `query Channels($id: ID!) { persona(id: $id) { channelIntegrations { ...ChannelFields publishingQuota { used total windowSeconds } } } } ${CHANNEL_FIELDS}`;
export const SCHEDULE = `mutation Schedule($input: SchedulePostInput!) { schedulePost(input: $input) { ...PostFields } } ${POST_FIELDS}`;
export const RESCHEDULE = `mutation Reschedule($id: ID!, $at: ScheduleTimeInput!) { reschedulePost(id: $id, at: $at) { ...PostFields } } ${POST_FIELDS}`;
export const CANCEL = `mutation Cancel($id: ID!) { cancelScheduledPost(id: $id) { ...PostFields } } ${POST_FIELDS}`;
export const POSTS = `query Posts($filter: ScheduledPostFilter!) { scheduledPosts(filter: $filter) { ...PostFields } } ${POST_FIELDS}`;
export const SANDBOX_FEED = `query Feed($personaId: ID!) { sandboxFeed(personaId: $personaId) { id caption hashtags publishedAt permalink item { id } } }`;
export const POST_UPDATED = `subscription PostUpdated($personaId: ID) { scheduledPostUpdated(personaId: $personaId) { id state item { id status } } }`;

export async function connectSandbox(request: GraphQLRequest, personaId: string) {
  return expectData(await request<any>(CONNECT_SANDBOX, { personaId })).connectSandboxChannel;
}

export const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

export function schedule(request: GraphQLRequest, item: { id: string; version: number }, channelId: string, when: Record<string, unknown>) {
  return request<any>(SCHEDULE, { input: { itemId: item.id, channelId, when, expectedVersion: item.version } });
}

/** Uploads an image for the persona the way the SPA does; returns the asset id. */
export async function uploadImage(baseUrl: string, token: string, personaId: string, bytes: Buffer, type = 'image/jpeg', digitalSourceType?: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), type === 'image/jpeg' ? 'photo.jpg' : 'photo.png');
  const declared = digitalSourceType ? `&digitalSourceType=${digitalSourceType}` : '';
  const response = await fetch(`${baseUrl}/api/assets?personaId=${personaId}${declared}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/**
 * Connects Instagram the way a browser does: start, follow the authorize URL (the fake grants
 * at once and redirects to our callback), follow the callback's redirect back to the app.
 */
/** Starts the OAuth flow as the app does; returns Instagram's URL and the cookie the browser keeps for it. */
export async function startInstagram(request: GraphQLRequest, personaId: string) {
  const started = await request<any>(START_INSTAGRAM, { personaId });
  const { authorizeUrl } = expectData(started).startInstagramConnection;
  return { authorizeUrl: authorizeUrl as string, cookie: (started.cookies ?? []).join('; ') };
}

export async function connectInstagram(baseUrl: string, request: GraphQLRequest, personaId: string) {
  const { authorizeUrl, cookie } = await startInstagram(request, personaId);
  const granted = await fetch(authorizeUrl, { redirect: 'manual' });
  const callback = granted.headers.get('location');
  if (!callback) throw new Error(`authorize did not redirect (${granted.status})`);
  const back = await fetch(callback, { redirect: 'manual', headers: { cookie } });
  const landing = new URL(back.headers.get('location') ?? '', baseUrl);
  const channels = expectData(await request<any>(CHANNELS, { id: personaId })).persona.channelIntegrations;
  return { landing, status: back.status, channel: channels.find((channel: any) => channel.platform === 'INSTAGRAM') };
}

export const START_CONNECTION = `mutation StartConnection($personaId: ID!, $platform: Platform!) { startChannelConnection(personaId: $personaId, platform: $platform) { authorizeUrl } }`;

/**
 * Connects a network through its consent page the way a browser does: start (the server sets
 * the flow's cookie), follow the consent page (the fake decides at once and redirects to our
 * callback), follow the callback with the cookie back to the app.
 */
export async function connectOAuth(baseUrl: string, request: GraphQLRequest, personaId: string, platform: string) {
  const started = await request<any>(START_CONNECTION, { personaId, platform });
  const { authorizeUrl } = expectData(started).startChannelConnection;
  const cookie = (started.cookies ?? []).join('; ');
  const granted = await fetch(authorizeUrl, { redirect: 'manual' });
  const callback = granted.headers.get('location');
  if (!callback) throw new Error(`the consent page did not redirect (${granted.status})`);
  const back = await fetch(callback, { redirect: 'manual', headers: { cookie } });
  const landing = new URL(back.headers.get('location') ?? '', baseUrl);
  const channels = expectData(await request<any>(CHANNELS, { id: personaId })).persona.channelIntegrations;
  return { authorizeUrl: new URL(authorizeUrl), callback, cookie, landing, status: back.status, channel: channels.find((channel: any) => channel.platform === platform) };
}

/** Attaches an asset to an item (items are created without one); returns the item as stored. */
export async function withImage(request: GraphQLRequest, item: { id: string; version: number }, assetId: string) {
  return expectData(await request<any>(UPDATE_ITEM, { id: item.id, input: { expectedVersion: item.version, assetId } })).updateContentItem;
}

export { instagramSettings } from './fake-instagram.js';
