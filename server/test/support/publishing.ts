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
