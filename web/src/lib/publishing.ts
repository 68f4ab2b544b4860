import type { ChannelStatus, Platform, ScheduledPostState } from '../gql/graphql';

/**
 * Items for these platforms go out through a connected channel: they reach Scheduled only by
 * scheduling a post (schedulePost), never by a hand-made status move.
 */
const channelPlatforms: ReadonlySet<Platform> = new Set<Platform>(['INSTAGRAM', 'BLUESKY', 'MASTODON', 'X', 'LINKEDIN', 'YOUTUBE', 'THREADS', 'TIKTOK', 'SANDBOX']);

export function publishesThroughChannel(platform: Platform): boolean {
  return channelPlatforms.has(platform);
}

export const channelStatuses: Record<ChannelStatus, { label: string; color: string }> = {
  ACTIVE: { label: 'Active', color: 'green' },
  NEEDS_RECONNECT: { label: 'Needs reconnect', color: 'orange' },
  DISCONNECTED: { label: 'Disconnected', color: 'gray' },
};

export const scheduledPostStates: Record<ScheduledPostState, { label: string; color: string }> = {
  PENDING: { label: 'Pending', color: 'violet' },
  PUBLISHING: { label: 'Publishing', color: 'blue' },
  PUBLISHED: { label: 'Published', color: 'green' },
  FAILED: { label: 'Failed', color: 'red' },
  CANCELLED: { label: 'Cancelled', color: 'gray' },
};

export const channelsPath = (personaId: string) => `/personas/${personaId}/channels`;
export const calendarPath = (personaId: string) => `/personas/${personaId}/calendar`;
export const sandboxFeedPath = (personaId: string) => `/personas/${personaId}/sandbox`;
export const gridPath = (personaId: string) => `/personas/${personaId}/grid`;
