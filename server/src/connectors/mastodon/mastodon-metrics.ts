import type { Channels } from '../../channels/channels.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { MastodonError } from './mastodon-client.js';
import { mastodonAccess } from './mastodon-tokens.js';

// What Mastodon tells about a post and an account (docs/networks/mastodon.md): a status's
// favourites, boosts and replies (GET /api/v1/statuses/:id), the account's followers (GET
// /api/v1/accounts/verify_credentials). It counts no views, reach or saves: those are unavailable.

export interface MastodonMetricsDeps {
  db: Database;
  channels: Channels;
  config: Pick<Config, 'MASTODON_INSTANCE_URL' | 'MASTODON_TIMEOUT_MS'>;
}

const NOT_OFFERED = ['views', 'reach', 'saved'] as const;

/** A post's figures now; null when the channel cannot be asked (it needs reconnecting). */
export async function mastodonPostMetrics(deps: MastodonMetricsDeps, channelId: string, statusId: string) {
  const access = await mastodonAccess(deps, channelId);
  if (!access) return null;
  try {
    const status = await access.client.status(statusId);
    const likes = status.favourites_count;
    const comments = status.replies_count;
    const shares = status.reblogs_count;
    return { values: { likes, comments, shares, totalInteractions: likes + comments + shares }, unavailable: [...NOT_OFFERED] };
  } catch (error) {
    // Deleted on Mastodon: nothing to read any more.
    if (error instanceof MastodonError && error.status === 404) return { values: {}, unavailable: [...NOT_OFFERED, 'likes', 'comments', 'shares', 'totalInteractions'] };
    throw error;
  }
}

/** The account's followers; reach and views are not offered. */
export async function mastodonAccountMetrics(deps: MastodonMetricsDeps, channelId: string) {
  const access = await mastodonAccess(deps, channelId);
  if (!access) return null;
  const account = await access.client.verifyCredentials();
  return { followers: account.followers_count, unavailable: ['reach', 'views'] };
}
