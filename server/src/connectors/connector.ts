import type { Channels } from '../channels/channels.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { ScheduledPostRow } from '../db/rows.js';
import type { Logger } from '../logger.js';
import type { FormatRule } from '../modules/content-item/media-rules.js';
import type { AssetStorage } from '../storage/asset-storage.js';

// One social network as DoppelCart publishes to it: what it takes (capabilities), how an
// account is connected, and how a claimed post goes out. Each network is one connector in
// this folder, listed once in registry.ts; the publisher, the platform list the SPA reads and
// the schedule checks go through the registry rather than naming networks.

/** How a person connects an account: OAuth 2 (with PKCE where the platform requires it), an app password, an access token made in the account's settings, or nothing (in-app). */
export type ConnectionAuth = 'oauth2' | 'oauth2_pkce' | 'app_password' | 'access_token' | 'none';

export interface ConnectorCapabilities {
  /** The formats it takes and what each needs of an item's media. */
  formats: FormatRule[];
  /** Characters a caption may have, counted as the platform counts them (graphemes). */
  captionMaxCharacters: number;
  /** Hashtags a caption may carry; null when the platform sets no limit. */
  maxHashtags: number | null;
  /** Whether links in a caption become clickable. */
  clickableLinks: boolean;
  auth: ConnectionAuth;
}

/** What publishing a claimed post needs besides the post: the database, the lease it holds, the clients. */
export interface PublishDeps {
  db: Database;
  config: Config;
  logger: Logger;
  channels: Channels;
  storage: AssetStorage;
  /** The claim's lease owner: every write checks it still holds the post. */
  owner: string;
}

export interface Connector {
  platform: string;
  label: string;
  capabilities(config: Config): ConnectorCapabilities;
  /** Why an account cannot be connected on this server now (no app registered), or null. */
  unavailableReason(channels: Channels): string | null;
  /**
   * Publishes one claimed post. Every external step is recorded on the post before it is
   * taken; a post claimed again after a crash goes on from what was recorded by the
   * connector's recovery rule, so nothing is published twice.
   */
  publish(deps: PublishDeps, post: ScheduledPostRow): Promise<void>;
  /**
   * Posts due together published in one go (the Sandbox's single transaction): what went out.
   * Connectors without it publish one post per slot.
   */
  publishBatch?(deps: PublishDeps, posts: ScheduledPostRow[]): Promise<ScheduledPostRow[]>;
}
