import type { ChannelStatus, Platform, ScheduledPostState } from '../gql/graphql';

/**
 * The platforms DoppelCart publishes to, as the server says (`Query.platforms`, canPublish):
 * items for these go out through a connected channel, so they reach Scheduled only by
 * scheduling a post (schedulePost), never by a hand-made status move.
 */
export function channelPlatformsOf(platforms: ReadonlyArray<{ platform: Platform; canPublish: boolean }>): ReadonlySet<Platform> {
  return new Set(platforms.filter((entry) => entry.canPublish).map((entry) => entry.platform));
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
