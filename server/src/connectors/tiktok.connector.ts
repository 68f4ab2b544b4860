import { maxCaptionCharacters } from '../modules/content-item/caption-limits.js';
import { formatRules } from '../modules/content-item/media-rules.js';
import type { Connector } from './connector.js';
import { publishToTikTok } from './tiktok/publish-tiktok.js';
import { tikTokAccountMetrics, tikTokPostMetrics } from './tiktok/tiktok-metrics.js';
import { identifyTikTokAccount, tikTokOAuthSettings } from './tiktok/tiktok-oauth.js';

// TikTok (docs/networks/tiktok.md): the Content Posting API, posting directly or to the
// creator's inbox (TIKTOK_POST_MODE); videos uploaded to TikTok, photos pulled from public URLs.
// A publish_id makes at most one post: it is recorded before anything is sent.

export const tikTokConnector: Connector = {
  platform: 'tiktok',
  label: 'TikTok',
  capabilities: () => ({
    formats: formatRules('tiktok'),
    captionMaxCharacters: maxCaptionCharacters('tiktok'),
    maxHashtags: null,
    clickableLinks: false,
    auth: 'oauth2',
  }),
  unavailableReason: (_channels, config) =>
    config.TIKTOK_CLIENT_KEY && config.TIKTOK_CLIENT_SECRET ? null : 'TikTok is not set up on this server: create an app with the Content Posting API and set TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET',
  publish: (deps, post) => publishToTikTok(deps, post),
  oauth: { settings: tikTokOAuthSettings, identify: identifyTikTokAccount },
  metrics: { post: tikTokPostMetrics, account: tikTokAccountMetrics },
};
