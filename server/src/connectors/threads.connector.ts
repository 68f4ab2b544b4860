import { maxCaptionCharacters } from '../modules/content-item/caption-limits.js';
import { formatRules } from '../modules/content-item/media-rules.js';
import type { Connector } from './connector.js';
import { publishToThreads } from './threads/publish-threads.js';
import { threadsAccountMetrics, threadsPostMetrics } from './threads/threads-metrics.js';
import { identifyThreadsAccount, threadsOAuthSettings } from './threads/threads-oauth.js';

// Threads (docs/networks/threads.md): Meta's container flow, as Instagram's: a container made
// from public media URLs, then published once; a carousel of up to 20 images and videos.

export const threadsConnector: Connector = {
  platform: 'threads',
  label: 'Threads',
  capabilities: () => ({
    formats: formatRules('threads'),
    captionMaxCharacters: maxCaptionCharacters('threads'),
    maxHashtags: 1,
    clickableLinks: true,
    auth: 'oauth2',
  }),
  unavailableReason: (_channels, config) =>
    config.THREADS_APP_ID && config.THREADS_APP_SECRET ? null : 'Threads is not set up on this server: create a Meta app with the Threads use case and set THREADS_APP_ID and THREADS_APP_SECRET',
  publish: (deps, post) => publishToThreads(deps, post),
  oauth: { settings: threadsOAuthSettings, identify: identifyThreadsAccount },
  metrics: { post: threadsPostMetrics, account: threadsAccountMetrics },
};
