import type { Channels } from '../../channels/channels.js';
import type { Config } from '../../config.js';
import { InstagramApiError } from '../../channels/instagram/instagram-client.js';
import { blueskyAccountMetrics, blueskyPostMetrics } from '../../connectors/bluesky/bluesky-metrics.js';
import { MastodonError } from '../../connectors/mastodon/mastodon-client.js';
import { mastodonAccountMetrics, mastodonPostMetrics } from '../../connectors/mastodon/mastodon-metrics.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import { publishEvent } from '../../realtime/events.js';
import { markNeedsReconnect } from '../channel/channel-status.js';
import { accessTokenOf } from '../channel/channel-tokens.js';
import { TokenDecryptionError } from '../../security/token-cipher.js';
import {
  findDueAccountCollections,
  findDuePostCollections,
  insertSnapshot,
  lockForCollection,
  upsertPostPerformance,
  findItemTotals,
  type DueCollection,
} from './analytics-collection.repository.js';
import { accountCheckpoint, engagementRate, fromInstagram, POST_METRICS, type PostMetricValues } from './metrics.js';
import { STORY_METRICS, STORY_NAVIGATION, type MediaProduct } from '../../channels/instagram/instagram-insights.js';
import type { ContentFormat } from '../shared/domain.js';
import { simulatedAccountMetrics, simulatedPostMetrics } from './simulated-metrics.js';
import { countSandboxPostsBy } from './simulated-readings.repository.js';
import { findChannelById } from '../channel/channel.repository.js';
import { connectorFor } from '../../connectors/registry.js';
import { NetworkError } from '../../connectors/http/network-error.js';

// Pulls metrics for posted items at their checkpoints and for accounts once a day. Each
// collection is one transaction: take the row (SKIP LOCKED), ask the platform, append the
// snapshot (a checkpoint is stored once), refresh post_performance, announce it. A platform
// that cannot answer now (lag, outage, rate limit) is asked again on the next sweep; an
// expired token marks the channel, as publishing does.

export interface CollectionDeps {
  db: Database;
  channels: Channels;
  logger: Logger;
  /** The networks' settings; without it only Instagram's and the Sandbox's figures are asked for. */
  config?: Config;
}

const BATCH = 50;
/** How long Meta keeps a Story's insights. */
const STORY_INSIGHTS_MS = 24 * 3600_000;
const PRODUCTS: Record<ContentFormat, MediaProduct> = { post: 'FEED', carousel: 'FEED', reel: 'REELS', story: 'STORY' };


type Outcome = { values: PostMetricValues; followers?: number | null; unavailable: string[]; simulated: boolean } | null;

async function channelToken(deps: CollectionDeps, channelId: string) {
  const channel = await findChannelById(deps.db, channelId);
  if (!channel || channel.status !== 'active' || !deps.channels.instagram) return null;
  try {
    return { channel, token: accessTokenOf(deps.channels, channel) };
  } catch (error) {
    if (!(error instanceof TokenDecryptionError)) throw error;
    await markNeedsReconnect(deps.db, channel.id, 'the stored token cannot be decrypted; connect the account again');
    return null;
  }
}

/** Platform errors are never fatal to the sweep: the checkpoint is tried again later. */
async function askPlatform(deps: CollectionDeps, channelId: string, ask: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof InstagramApiError && error.kind === 'auth') await markNeedsReconnect(deps.db, channelId, error.platformMessage);
    if (error instanceof MastodonError && error.kind === 'auth') await markNeedsReconnect(deps.db, channelId, `Mastodon no longer accepts the access token (${error.message}); connect the account again`);
    if (error instanceof NetworkError && error.kind === 'auth') await markNeedsReconnect(deps.db, channelId, `the network no longer accepts the token (${error.message}); connect the account again`);
    deps.logger.warn({ channelId, err: error instanceof Error ? error.message : error }, 'metrics not collected this time');
    return null;
  }
}

async function postMetrics(deps: CollectionDeps, due: DueCollection, now: Date): Promise<Outcome> {
  if (due.platform === 'sandbox') {
    const values = simulatedPostMetrics({ itemId: due.contentItemId, publishedAt: due.publishedAt, capturedAt: now, timeZone: due.timeZone, hasImage: due.hasImage });
    return { values, unavailable: [], simulated: true };
  }
  // A post recovered after a crash may have no media id: nothing to ask about.
  if (!due.platformPostId) return { values: {}, unavailable: [...POST_METRICS], simulated: false };
  const metrics = connectorFor(due.platform)?.metrics;
  if (metrics && deps.config) {
    const config = deps.config;
    return askPlatform(deps, due.channelIntegrationId, async () => {
      const figures = await metrics.post({ ...deps, config }, due.channelIntegrationId, due.platformPostId!);
      return figures && { ...figures, simulated: false };
    });
  }
  if (due.platform === 'bluesky' && deps.config) {
    const config = deps.config;
    return askPlatform(deps, due.channelIntegrationId, async () => {
      const figures = await blueskyPostMetrics({ ...deps, config }, due.channelIntegrationId, due.platformPostId!);
      return figures && { ...figures, simulated: false };
    });
  }
  if (due.platform === 'mastodon' && deps.config) {
    const config = deps.config;
    return askPlatform(deps, due.channelIntegrationId, async () => {
      const figures = await mastodonPostMetrics({ ...deps, config }, due.channelIntegrationId, due.platformPostId!);
      return figures && { ...figures, simulated: false };
    });
  }
  // Networks whose metrics DoppelCart does not read record theirs as unavailable.
  if (due.platform !== 'instagram') return { values: {}, unavailable: [...POST_METRICS], simulated: false };
  // Meta keeps a Story's insights for 24 hours; later checkpoints have nothing to ask for.
  if (due.format === 'story' && now.getTime() - due.publishedAt.getTime() > STORY_INSIGHTS_MS) {
    return { values: {}, unavailable: [...STORY_METRICS.filter((metric) => metric !== 'navigation'), ...STORY_NAVIGATION], simulated: false };
  }
  return askPlatform(deps, due.channelIntegrationId, async () => {
    const access = await channelToken(deps, due.channelIntegrationId);
    if (!access) return null;
    const insights = await deps.channels.instagram!.mediaInsights(access.token, due.platformPostId!, PRODUCTS[due.format]);
    return { values: fromInstagram(insights.values), unavailable: insights.unavailable, simulated: false };
  });
}

export async function collectPost(deps: CollectionDeps, due: DueCollection, now = new Date()): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await lockForCollection(trx, 'scheduledPosts', due.postId))) return false;
    const outcome = await postMetrics(deps, due, now);
    if (!outcome) return false;
    const base = { personaId: due.personaId, platform: due.platform, capturedAt: now, simulated: outcome.simulated, ...outcome.values };
    const stored = await insertSnapshot(trx, {
      ...base,
      contentItemId: due.contentItemId,
      channelIntegrationId: due.channelIntegrationId,
      checkpoint: due.checkpoint,
      unavailable: outcome.unavailable,
    });
    if (!stored) return false;
    // The item's standing is its total over the channels it went out on (one, unless cross-posted).
    const totals = await findItemTotals(trx, due.contentItemId);
    await upsertPostPerformance(trx, { ...base, ...totals, contentItemId: due.contentItemId, publishedAt: due.publishedAt, engagementRate: engagementRate(totals) });
    await publishEvent(trx, { type: 'analytics_updated', personaId: due.personaId, userId: due.userId, itemId: due.contentItemId, capturedAt: now.toISOString() });
    return true;
  });
}

type DueAccount = Awaited<ReturnType<typeof findDueAccountCollections>>[number];

async function accountMetrics(deps: CollectionDeps, channel: DueAccount, now: Date): Promise<Outcome> {
  if (channel.platform === 'sandbox') {
    const postsPublished = await countSandboxPostsBy(deps.db, channel.id, now);
    const simulated = simulatedAccountMetrics({ channelId: channel.id, connectedAt: channel.createdAt, at: now, postsPublished });
    return { values: { reach: simulated.reach, views: simulated.views }, followers: simulated.followers, unavailable: [], simulated: true };
  }
  const metrics = connectorFor(channel.platform)?.metrics;
  if (metrics && deps.config) {
    const config = deps.config;
    return askPlatform(deps, channel.id, async () => {
      const figures = await metrics.account({ ...deps, config }, channel.id);
      return figures && { values: figures.values, followers: figures.followers, unavailable: figures.unavailable, simulated: false };
    });
  }
  if (channel.platform === 'bluesky' && deps.config) {
    const config = deps.config;
    return askPlatform(deps, channel.id, async () => {
      const figures = await blueskyAccountMetrics({ ...deps, config }, channel.id);
      return figures && { values: {}, followers: figures.followers, unavailable: figures.unavailable, simulated: false };
    });
  }
  if (channel.platform === 'mastodon' && deps.config) {
    const config = deps.config;
    return askPlatform(deps, channel.id, async () => {
      const figures = await mastodonAccountMetrics({ ...deps, config }, channel.id);
      return figures && { values: {}, followers: figures.followers, unavailable: figures.unavailable, simulated: false };
    });
  }
  if (channel.platform !== 'instagram') return { values: {}, followers: null, unavailable: ['reach', 'views', 'followers'], simulated: false };
  return askPlatform(deps, channel.id, async () => {
    const access = await channelToken(deps, channel.id);
    if (!access) return null;
    const insights = await deps.channels.instagram!.accountInsights(access.token, channel.externalAccountId);
    return { values: { reach: insights.reach, views: insights.views }, followers: insights.followers, unavailable: insights.unavailable, simulated: false };
  });
}

export async function collectAccount(deps: CollectionDeps, channel: DueAccount, now = new Date()): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await lockForCollection(trx, 'channelIntegrations', channel.id))) return false;
    const outcome = await accountMetrics(deps, channel, now);
    if (!outcome) return false;
    const stored = await insertSnapshot(trx, {
      personaId: channel.personaId,
      contentItemId: null,
      channelIntegrationId: channel.id,
      platform: channel.platform,
      capturedAt: now,
      checkpoint: accountCheckpoint(now),
      reach: outcome.values.reach ?? null,
      views: outcome.values.views ?? null,
      followers: outcome.followers ?? null,
      simulated: outcome.simulated,
      unavailable: outcome.unavailable,
    });
    if (stored) await publishEvent(trx, { type: 'analytics_updated', personaId: channel.personaId, userId: channel.userId, itemId: null, capturedAt: now.toISOString() });
    return stored;
  });
}

/** One sweep: every due post checkpoint and account day, a batch at a time. */
export async function collectDueMetrics(deps: CollectionDeps, now = new Date()): Promise<{ posts: number; accounts: number }> {
  let posts = 0;
  let accounts = 0;
  for (const due of await findDuePostCollections(deps.db, now, BATCH)) if (await collectPost(deps, due, now)) posts += 1;
  for (const channel of await findDueAccountCollections(deps.db, accountCheckpoint(now), BATCH)) if (await collectAccount(deps, channel, now)) accounts += 1;
  return { posts, accounts };
}
