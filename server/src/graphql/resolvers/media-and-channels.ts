import type { Platform } from '../../modules/shared/domain.js';
import type { Resolvers } from '../resolvers.generated.js';

// Row-to-field mappings for the types later capabilities fill: assets, channels,
// publishing jobs and analytics.
export const mediaAndChannelResolvers: Resolvers = {
  Asset: {
    kind: (asset) => asset.kind as 'image' | 'video',
    mimeType: (asset) => asset.mime_type,
    byteSize: (asset) => asset.byte_size,
    source: (asset) => asset.source as 'uploaded' | 'generated',
    createdAt: (asset) => asset.created_at,
  },
  ChannelIntegration: {
    platform: (channel) => channel.platform as Platform,
    accountName: (channel) => channel.account_name,
    status: (channel) => channel.status as 'active' | 'needs_reconnect' | 'disconnected',
    tokenExpiresAt: (channel) => channel.token_expires_at,
    createdAt: (channel) => channel.created_at,
  },
  ScheduledPost: {
    runAt: (post) => post.run_at,
    state: (post) => post.state as 'pending' | 'publishing' | 'published' | 'failed' | 'cancelled',
    lastError: (post) => post.last_error,
    createdAt: (post) => post.created_at,
  },
  AnalyticsSnapshot: {
    id: (snapshot) => String(snapshot.id),
    capturedAt: (snapshot) => snapshot.captured_at,
    totalInteractions: (snapshot) => snapshot.total_interactions,
  },
};
