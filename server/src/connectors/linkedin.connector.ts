import { maxCaptionCharacters } from '../modules/content-item/caption-limits.js';
import { formatRules } from '../modules/content-item/media-rules.js';
import type { Connector } from './connector.js';
import { publishToLinkedIn } from './linkedin/publish-linkedin.js';
import { linkedInAccountMetrics, linkedInPostMetrics } from './linkedin/linkedin-metrics.js';
import { identifyLinkedInAccounts, linkedInOAuthSettings } from './linkedin/linkedin-oauth.js';

// LinkedIn (docs/networks/linkedin.md): members and, with LINKEDIN_ORGANIZATIONS, the pages
// they administer; posts with an image, several images or a video through the Posts API. No
// idempotency key: a lost post is looked for, and LinkedIn's duplicate refusal names it.

export const linkedInConnector: Connector = {
  platform: 'linkedin',
  label: 'LinkedIn',
  capabilities: () => ({
    formats: formatRules('linkedin'),
    captionMaxCharacters: maxCaptionCharacters('linkedin'),
    maxHashtags: null,
    clickableLinks: true,
    auth: 'oauth2',
  }),
  unavailableReason: (_channels, config) =>
    config.LINKEDIN_CLIENT_ID && config.LINKEDIN_CLIENT_SECRET
      ? null
      : 'LinkedIn is not set up on this server: create an app in the LinkedIn developer portal and set LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET',
  publish: (deps, post) => publishToLinkedIn(deps, post),
  oauth: { settings: linkedInOAuthSettings, identify: identifyLinkedInAccounts },
  metrics: { post: linkedInPostMetrics, account: linkedInAccountMetrics },
};
