import { maxCaptionCharacters } from '../modules/content-item/caption-limits.js';
import { formatRules } from '../modules/content-item/media-rules.js';
import type { Connector } from './connector.js';
import { publishToYouTube } from './youtube/publish-youtube.js';
import { youTubeAccountMetrics, youTubePostMetrics } from './youtube/youtube-metrics.js';
import { identifyYouTubeChannel, youTubeOAuthSettings } from './youtube/youtube-oauth.js';

// YouTube (docs/networks/youtube.md): a video or a Short, uploaded through a resumable session
// whose recorded address makes a retry after a crash go on from where it stopped, or find the
// video already made.

export const youTubeConnector: Connector = {
  platform: 'youtube',
  label: 'YouTube',
  capabilities: () => ({
    formats: formatRules('youtube'),
    captionMaxCharacters: maxCaptionCharacters('youtube'),
    maxHashtags: 60,
    clickableLinks: true,
    auth: 'oauth2_pkce',
  }),
  unavailableReason: (_channels, config) =>
    config.YOUTUBE_CLIENT_ID && config.YOUTUBE_CLIENT_SECRET
      ? null
      : 'YouTube is not set up on this server: create an OAuth client in Google Cloud with the YouTube Data API and set YOUTUBE_CLIENT_ID and YOUTUBE_CLIENT_SECRET',
  publish: (deps, post) => publishToYouTube(deps, post),
  oauth: { settings: youTubeOAuthSettings, identify: identifyYouTubeChannel },
  metrics: { post: youTubePostMetrics, account: youTubeAccountMetrics },
};
