// The fake's public API (re-exported by ../fake-instagram.ts).

export type FakeEndpoint =
  | 'authorize' | 'code' | 'token_exchange' | 'refresh' | 'me' | 'container_create'
  | 'container_status' | 'media_publish' | 'permalink' | 'recent_media' | 'recent_stories' | 'publishing_limit'
  | 'media_insights' | 'account_insights';

/**
 * 'timeout' hangs the request (no side effect) until the client gives up; 'timeout_after'
 * applies the side effect first (a publish that went out but was never answered).
 * 'container_error' applies to container_create and container_status; 'access_denied' to
 * authorize (the user pressed Cancel). `{status, body}` answers anything else verbatim.
 */
export type FakeFailure =
  | 'expired_token' | 'rate_limit' | 'server_error' | 'container_error' | 'timeout' | 'timeout_after' | 'access_denied'
  | { status: number; body: unknown };

/** Media insights metrics the fake answers (Meta's current set). */
export type FakeMediaMetric =
  | 'views' | 'reach' | 'likes' | 'comments' | 'shares' | 'saved' | 'total_interactions'
  | 'replies' | 'tap_forward' | 'tap_back' | 'tap_exit' | 'swipe_forward' | 'ig_reels_avg_watch_time' | 'ig_reels_video_view_total_time';
/** Set figures; null leaves the metric out of the answer (as Meta does while data lags). */
export type FakeMetricValues<M extends string> = Partial<Record<M, number | null>>;

export interface FakeInstagramOptions {
  appId?: string;
  appSecret?: string;
  /** The professional account id that /me returns as `user_id` and publishing takes. */
  igUserId?: string;
  /** The app-scoped id the code exchange returns as `user_id`; not accepted for publishing. */
  appScopedUserId?: string;
  username?: string;
  /** When set, the dialog refuses other redirect URIs (Meta's "Valid OAuth Redirect URIs"). */
  redirectUris?: string[];
  /** Status polls answered IN_PROGRESS before a container is FINISHED (default 1). */
  inProgressPolls?: number;
  /** Status polls answered IN_PROGRESS before a video container is FINISHED (default 3: videos take longer). */
  videoPolls?: number;
  /** How long a video container processes, ms on the fake's clock: it stays IN_PROGRESS until then, whatever the polls (default 0). */
  videoProcessingMs?: number;
  quotaTotal?: number;
  quotaDuration?: number;
  maxHashtags?: number;
  /** Meta refreshes only tokens at least 24 h old (default 86400). */
  minRefreshAgeSeconds?: number;
  /** 'flat' {access_token, user_id: <bare number>, permissions: [...]} or 'data' [{..., permissions: 'a,b'}]. */
  codeExchangeShape?: 'flat' | 'data';
  /** The user node's followers_count (default 1200). */
  followers?: number;
  /** Meta gives small accounts no follower figures: followers_count is left out. */
  smallAccount?: boolean;
  /** Media younger than this answer insights with `{data: []}` (Meta lags up to 48 h; default 0). */
  insightsLagSeconds?: number;
  /** Media insights entries as `{values:[{value}]}` (default, what Meta sends for lifetime metrics) or `{total_value:{value}}`. */
  insightsShape?: 'values' | 'total_value';
}

export interface FakeRequest {
  endpoint: FakeEndpoint | 'unknown';
  method: string;
  path: string;
  /** Query and body parameters, with access_token and client_secret redacted. */
  params: Record<string, string>;
  /** Which issued token was used ('short#1', 'long#2'), without revealing it. */
  token: string | null;
}

export interface PublishedMedia {
  mediaId: string;
  containerId: string;
  caption: string;
  imageUrl: string;
  permalink: string;
  timestamp: string;
  /** IMAGE, VIDEO or CAROUSEL_ALBUM, as Meta's media_type says (default IMAGE). */
  mediaType?: 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM';
  /** FEED, REELS or STORY, as Meta's media_product_type says (default FEED). */
  productType?: 'FEED' | 'REELS' | 'STORY';
  videoUrl?: string;
  coverUrl?: string;
  /** A carousel's slides, in order: each an image or video URL. */
  children?: Array<{ mediaType: 'IMAGE' | 'VIDEO'; url: string; altText?: string }>;
  altText?: string;
}

export interface HeldRequest {
  /** Resolves when the next matching request hangs (for 'after', once its effect happened); it hangs until release(). */
  arrived: Promise<FakeRequest>;
  release(): void;
}

export type ContainerState = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';

export interface FakeInstagram {
  baseUrl: string;
  authorizeUrl: string;
  apiUrl: string;
  graphUrl: string;
  appId: string;
  appSecret: string;
  igUserId: string;
  appScopedUserId: string;
  username: string;
  requests: FakeRequest[];
  published: PublishedMedia[];
  calls(endpoint: FakeEndpoint): number;
  failNext(endpoint: FakeEndpoint, failure: FakeFailure, count?: number): void;
  /**
   * 'before': the effect happens on release; 'after': it already happened; 'never': it never does.
   * `skip` lets that many requests to the endpoint through first (the second child of a carousel).
   */
  hold(endpoint: FakeEndpoint, options: { apply: 'before' | 'after' | 'never'; skip?: number }): HeldRequest;
  /** A token as if the user had connected (long-lived unless asked), skipping the dialog. */
  issueToken(kind?: 'short' | 'long', scopes?: string[]): string;
  revokeToken(token: string): void;
  /** The user removed the app: every token stops working. */
  revokeAllTokens(): void;
  expireToken(token: string): void;
  tokenLabel(token: string): string | null;
  container(id: string): { state: ContainerState; caption: string; imageUrl: string; message: string | null; mediaType?: string; children?: string[] } | undefined;
  /** The fake's clock runs `ms` ahead of the real one (token expiry, 24 h container life, quota window, insights lag). */
  setClockOffset(ms: number): void;
  advanceClock(ms: number): void;
  /**
   * A post as if published through the API `ageSeconds` ago (default 0), without fetching an
   * image: its container is PUBLISHED, and it is listed in `published`. Returns the media id.
   */
  seedMedia(input?: { caption?: string; ageSeconds?: number; productType?: 'FEED' | 'REELS' | 'STORY' }): string;
  /** Overrides the media's insights (merged over earlier overrides and the derived figures); null leaves a metric out. */
  setInsights(mediaId: string, values: FakeMetricValues<FakeMediaMetric>): void;
  /** Meta refuses `metric` for this object (a media, or the account id for account insights) with code 100. */
  unsupportedMetric(objectId: string, metric: string): void;
  /** The media's insights answer `{data: []}` until called again with false (data lag). */
  lagInsights(mediaId: string, lagging?: boolean): void;
  setFollowers(count: number): void;
  /** A small account: followers_count is left out of the user node. */
  setSmallAccount(small: boolean): void;
  /** Overrides the account's last-day figures (merged over the derived ones); null leaves a metric out. */
  setAccountInsights(values: FakeMetricValues<'reach' | 'views'>): void;
  close(): Promise<void>;
}
