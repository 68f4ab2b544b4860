import { formatRules } from '../modules/content-item/media-rules.js';
import { maxCaptionCharacters } from '../modules/content-item/caption-limits.js';
import { publishToInstagram } from '../publishing/publish-instagram.js';
import type { Connector } from './connector.js';

// Instagram through the API with Instagram Login (docs/networks/instagram.md): OAuth 2, a
// container per media that is recorded before it is made, and media_publish once.

export const INSTAGRAM_NOT_CONFIGURED =
  'Instagram is not configured on this server: set INSTAGRAM_APP_ID and INSTAGRAM_APP_SECRET (README, "Connecting Instagram")';

export const instagramConnector: Connector = {
  platform: 'instagram',
  label: 'Instagram',
  capabilities: (config) => ({
    formats: formatRules('instagram'),
    captionMaxCharacters: maxCaptionCharacters('instagram'),
    maxHashtags: config.INSTAGRAM_MAX_HASHTAGS,
    // Instagram shows links in captions as plain text.
    clickableLinks: false,
    auth: 'oauth2',
  }),
  unavailableReason: (channels) => (channels.instagram ? null : INSTAGRAM_NOT_CONFIGURED),
  publish: (deps, post) =>
    publishToInstagram(
      {
        ...deps,
        leaseSeconds: deps.config.PUBLISH_LEASE_SECONDS,
        maxAttempts: deps.config.PUBLISH_MAX_ATTEMPTS,
        pollMs: deps.config.INSTAGRAM_CONTAINER_POLL_MS,
      },
      post,
    ),
};
