import type { Resolvers } from '../resolvers.generated.js';

// Row-to-field mappings for assets and analytics snapshots.
export const mediaAndChannelResolvers: Resolvers = {
  Asset: {
    kind: (asset) => asset.kind as 'image' | 'video',
    mimeType: (asset) => asset.mime_type,
    byteSize: (asset) => asset.byte_size,
    source: (asset) => asset.source as 'uploaded' | 'generated',
    createdAt: (asset) => asset.created_at,
  },
  AnalyticsSnapshot: {
    id: (snapshot) => String(snapshot.id),
    capturedAt: (snapshot) => snapshot.captured_at,
    totalInteractions: (snapshot) => snapshot.total_interactions,
  },
};
