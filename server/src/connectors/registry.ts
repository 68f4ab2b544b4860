import { blueskyConnector } from './bluesky.connector.js';
import type { Connector } from './connector.js';
import { instagramConnector } from './instagram.connector.js';
import { linkedInConnector } from './linkedin.connector.js';
import { mastodonConnector } from './mastodon.connector.js';
import { sandboxConnector } from './sandbox.connector.js';
import { threadsConnector } from './threads.connector.js';
import { tikTokConnector } from './tiktok.connector.js';
import { xConnector } from './x.connector.js';
import { youTubeConnector } from './youtube.connector.js';

// The networks DoppelCart publishes to: adding one is its connector file (or folder), its
// fake and tests, and one line here.

const CONNECTORS: readonly Connector[] = [instagramConnector, blueskyConnector, mastodonConnector, xConnector, linkedInConnector, youTubeConnector, threadsConnector, tikTokConnector, sandboxConnector];

const byPlatform = new Map(CONNECTORS.map((connector) => [connector.platform, connector]));

/** The connector publishing to `platform`, or undefined when DoppelCart only plans for it. */
export function connectorFor(platform: string): Connector | undefined {
  return byPlatform.get(platform);
}

/** Platforms whose posts are published one per slot. */
export const SINGLE_POST_PLATFORMS = CONNECTORS.filter((connector) => !connector.publishBatch).map((connector) => connector.platform);
/** Connectors that publish posts due together in batches. */
export const BATCH_CONNECTORS = CONNECTORS.filter((connector) => connector.publishBatch);
