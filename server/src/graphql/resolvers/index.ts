import type { Resolvers } from '../resolvers.generated.js';
import { accountResolvers } from './account.js';
import { analyticsResolvers } from './analytics.js';
import { assetResolvers } from './assets.js';
import { bulkAndTrashResolvers } from './bulk-and-trash.js';
import { canonResolvers } from './canon.js';
import { contentItemResolvers } from './content-item.js';
import { contentPlanResolvers } from './content-plan.js';
import { enumResolvers } from './enums.js';
import { generationResolvers } from './generation.js';
import { mediaAndChannelResolvers } from './media-and-channels.js';
import { personaResolvers } from './persona.js';
import { publishingResolvers } from './publishing.js';
import { DateScalar, DateTime } from './scalars.js';
import { subscriptionResolvers } from './subscriptions.js';

const parts: Resolvers[] = [
  accountResolvers,
  personaResolvers,
  contentPlanResolvers,
  contentItemResolvers,
  mediaAndChannelResolvers,
  subscriptionResolvers,
  generationResolvers,
  assetResolvers,
  publishingResolvers,
  analyticsResolvers,
  bulkAndTrashResolvers,
  canonResolvers,
];

/** Merges each domain's resolver map into one, type by type. */
export function buildResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [typeName, fields] of Object.entries(part)) {
      merged[typeName] = { ...merged[typeName], ...(fields as Record<string, unknown>) };
    }
  }
  return { ...(merged as Resolvers), ...enumResolvers, DateTime, Date: DateScalar };
}
