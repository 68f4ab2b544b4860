import type { Channels } from '../channels/channels.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { ScheduledPostRow } from '../db/rows.js';
import type { Logger } from '../logger.js';
import type { FormatRule } from '../modules/content-item/media-rules.js';
import type { AssetStorage } from '../storage/asset-storage.js';
import type { PostMetricValues } from '../modules/analytics/metrics.js';
import type { OAuth2Settings } from './oauth/oauth2-client.js';

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

/** Who a connected token belongs to on the network. */
export interface AccountIdentity {
  externalAccountId: string;
  /** As the network shows the account, e.g. @handle. */
  accountName: string;
}

/** A network connected through its consent page (OAuth 2, with PKCE where it asks for it). */
export interface OAuthConnection {
  /** The app registered with the network on this server; null when none is. */
  settings(config: Config, redirectUri: string): OAuth2Settings | null;
  /** The accounts the token may publish as: the person's own, and on some networks pages they manage (LinkedIn organisations). Each becomes a channel. */
  identify(config: Config, accessToken: string): Promise<AccountIdentity[]>;
}

/** What reading a network's figures needs. */
export interface MetricsDeps {
  db: Database;
  channels: Channels;
  logger: Logger;
  config: Config;
}

/** A post's figures, or an account's; what the network does not offer is listed as unavailable. Null: the channel cannot be asked now. */
export type PostFigures = { values: PostMetricValues; unavailable: string[] } | null;
export type AccountFigures = { followers: number | null; values: { reach?: number | null; views?: number | null }; unavailable: string[] } | null;

export interface ConnectorMetrics {
  post(deps: MetricsDeps, channelId: string, platformPostId: string): Promise<PostFigures>;
  account(deps: MetricsDeps, channelId: string): Promise<AccountFigures>;
}

export interface Connector {
  platform: string;
  label: string;
  capabilities(config: Config): ConnectorCapabilities;
  /** Why an account cannot be connected on this server now (no app registered), or null. */
  unavailableReason(channels: Channels, config: Config): string | null;
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
  /** How an account connects when it is through the network's consent page. */
  oauth?: OAuthConnection;
  /** Reading figures back, for networks whose connector does it (the older ones are read in analytics/collection.service.ts). */
  metrics?: ConnectorMetrics;
}
