import type { Resolvers } from '../resolvers.generated.js';

// Row-to-field mappings for assets and analytics snapshots.
export const mediaAndChannelResolvers: Resolvers = {
  Asset: {
    kind: (asset) => asset.kind as 'image' | 'video',
    source: (asset) => asset.source as 'uploaded' | 'generated',
  },
  AnalyticsSnapshot: {
    id: (snapshot) => String(snapshot.id),
  },
};
