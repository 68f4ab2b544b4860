import { maxCaptionCharacters } from '../modules/content-item/caption-limits.js';
import { formatRules } from '../modules/content-item/media-rules.js';
import type { Connector } from './connector.js';
import { publishToMastodon } from './mastodon/publish-mastodon.js';

// Mastodon (docs/networks/mastodon.md): an account connects with an access token made on its
// instance; a status is created with an idempotency key recorded first, with up to four
// images or one video.

export const mastodonConnector: Connector = {
  platform: 'mastodon',
  label: 'Mastodon',
  capabilities: () => ({
    formats: formatRules('mastodon'),
    captionMaxCharacters: maxCaptionCharacters('mastodon'),
    maxHashtags: null,
    clickableLinks: true,
    auth: 'access_token',
  }),
  // No app to register with DoppelCart: the token is made on the person's own instance.
  unavailableReason: () => null,
  publish: (deps, post) => publishToMastodon(deps, post),
};
