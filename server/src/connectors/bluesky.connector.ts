import { maxCaptionCharacters } from '../modules/content-item/caption-limits.js';
import { formatRules } from '../modules/content-item/media-rules.js';
import type { Connector } from './connector.js';
import { publishToBluesky } from './bluesky/publish-bluesky.js';

// Bluesky (docs/networks/bluesky.md): an account connects with an app password; a post is a
// record created under a key chosen and recorded first, with up to four images.

export const blueskyConnector: Connector = {
  platform: 'bluesky',
  label: 'Bluesky',
  capabilities: () => ({
    formats: formatRules('bluesky'),
    captionMaxCharacters: maxCaptionCharacters('bluesky'),
    maxHashtags: null,
    clickableLinks: true,
    auth: 'app_password',
  }),
  // No app to register: any server can connect accounts.
  unavailableReason: () => null,
  publish: (deps, post) => publishToBluesky(deps, post),
};
