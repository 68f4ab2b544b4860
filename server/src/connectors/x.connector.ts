import { maxCaptionCharacters } from '../modules/content-item/caption-limits.js';
import { formatRules } from '../modules/content-item/media-rules.js';
import type { Connector } from './connector.js';
import { publishToX } from './x/publish-x.js';
import { xAccountMetrics, xPostMetrics } from './x/x-metrics.js';
import { identifyXAccount, xOAuthSettings } from './x/x-oauth.js';

// X (docs/networks/x.md): connected with OAuth 2.0 and PKCE; a post takes up to four images or
// one video, uploaded in chunks. X has no idempotency key: a post whose answer was lost is
// looked for before it is ever sent again.

export const xConnector: Connector = {
  platform: 'x',
  label: 'X',
  capabilities: () => ({
    formats: formatRules('x'),
    captionMaxCharacters: maxCaptionCharacters('x'),
    maxHashtags: null,
    clickableLinks: true,
    auth: 'oauth2_pkce',
  }),
  unavailableReason: (_channels, config) =>
    config.X_CLIENT_ID ? null : 'X is not set up on this server: register an app in the X developer portal and set X_CLIENT_ID (and X_CLIENT_SECRET)',
  publish: (deps, post) => publishToX(deps, post),
  oauth: { settings: xOAuthSettings, identify: identifyXAccount },
  metrics: { post: xPostMetrics, account: xAccountMetrics },
};
