import type { AccountFigures, MetricsDeps, PostFigures } from '../connector.js';
import { NetworkError } from '../http/network-error.js';
import { withRenewal } from '../oauth/with-renewal.js';
import { linkedInAccess } from './linkedin-access.js';

// What LinkedIn tells about a post and an account (docs/networks/linkedin.md): a post's likes
// and comments (socialActions), an organisation page's followers (networkSizes). Impressions,
// reach, reshares and saves need LinkedIn's partner analytics: unavailable. A member's
// followers are not offered to apps: unavailable.

const NOT_OFFERED = ['views', 'reach', 'shares', 'saved'];


export async function linkedInPostMetrics(deps: MetricsDeps, channelId: string, urn: string): Promise<PostFigures> {
  try {
    const counts = await withRenewal((refused) => linkedInAccess(deps, channelId, refused), (access) => access.client.socialActions(urn));
    if (!counts) return null;
    const { likes, comments } = counts;
    return { values: { likes, comments, totalInteractions: likes + comments }, unavailable: NOT_OFFERED };
  } catch (error) {
    if (error instanceof NetworkError && error.status === 404) return { values: {}, unavailable: [...NOT_OFFERED, 'likes', 'comments', 'totalInteractions'] };
    throw error;
  }
}

export async function linkedInAccountMetrics(deps: MetricsDeps, channelId: string): Promise<AccountFigures> {
  return withRenewal((refused) => linkedInAccess(deps, channelId, refused), async (access) => {
    if (!access.author.startsWith('urn:li:organization:')) return { followers: null, values: {}, unavailable: ['reach', 'views', 'followers'] };
    return { followers: await access.client.organizationFollowers(access.author), values: {}, unavailable: ['reach', 'views'] };
  });
}
