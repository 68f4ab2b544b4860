import { LONG_TOKEN_SECONDS, SHORT_TOKEN_SECONDS, expiredToken, graphError, secret, type Reply } from './common.js';
import type { ContainerState, FakeInstagramOptions, FakeMediaMetric, FakeMetricValues, PublishedMedia } from './types.js';

// Everything the fake remembers, on a clock tests can move. Handlers read and change it.

export interface Token { label: string; kind: 'short' | 'long'; issuedAt: number; expiresAt: number; revoked: boolean; scopes: string[] }
export type ContainerMediaType = 'IMAGE' | 'VIDEO' | 'REELS' | 'STORIES' | 'CAROUSEL';
export interface Container {
  id: string; caption: string; imageUrl: string; createdAt: number; state: ContainerState;
  message: string | null; pollsLeft: number; processing: Promise<void>;
  /** Not FINISHED before this time (a video takes a while to process). */
  readyAt?: number;
  /** What the container is (IMAGE when media_type is not given). */
  mediaType?: ContainerMediaType;
  videoUrl?: string;
  coverUrl?: string;
  isCarouselItem?: boolean;
  /** A carousel's children, in order. */
  children?: string[];
  altText?: string;
}
export type Media = PublishedMedia & { publishedAt: number };

export interface InsightsSettings {
  followers: number;
  smallAccount: boolean;
  lagSeconds: number;
  shape: 'values' | 'total_value';
  media: Map<string, FakeMetricValues<FakeMediaMetric>>;
  account: FakeMetricValues<'reach' | 'views'>;
  lagging: Set<string>;
  /** Object id -> metrics Meta refuses for it. */
  unsupported: Map<string, Set<string>>;
}

export type FakeState = ReturnType<typeof createState>;

export function createState(options: FakeInstagramOptions) {
  const appId = options.appId ?? '990602627938098';
  let clockOffset = 0;
  let sequence = 0;
  const now = () => Date.now() + clockOffset;
  const nextId = (prefix: string) => `${prefix}${String(++sequence).padStart(9, '0')}`;
  const tokens = new Map<string, Token>();
  const media = new Map<string, Media>();
  const containers = new Map<string, Container>();
  const published: PublishedMedia[] = [];

  const insights: InsightsSettings = {
    followers: options.followers ?? 1200,
    smallAccount: options.smallAccount ?? false,
    lagSeconds: options.insightsLagSeconds ?? 0,
    shape: options.insightsShape ?? 'values',
    media: new Map(),
    account: {},
    lagging: new Set(),
    unsupported: new Map(),
  };

  function issueToken(kind: 'short' | 'long', scopes: string[]): string {
    const token = secret('IGAA', 40);
    const seconds = kind === 'short' ? SHORT_TOKEN_SECONDS : LONG_TOKEN_SECONDS;
    tokens.set(token, { label: `${kind}#${tokens.size + 1}`, kind, issuedAt: now(), expiresAt: now() + seconds * 1000, revoked: false, scopes });
    return token;
  }

  return {
    options,
    appId,
    appSecret: options.appSecret ?? 'fake-instagram-app-secret',
    igUserId: options.igUserId ?? '17841400000000017',
    appScopedUserId: options.appScopedUserId ?? '27351298467310245',
    username: options.username ?? 'lena.grows',
    quotaTotal: options.quotaTotal ?? 100,
    quotaDuration: options.quotaDuration ?? 86_400,
    now,
    setClockOffset: (ms: number) => void (clockOffset = ms),
    advanceClock: (ms: number) => void (clockOffset += ms),
    nextId,
    codes: new Map<string, { redirectUri: string; scopes: string[]; createdAt: number; used: boolean }>(),
    tokens,
    containers,
    media,
    published,
    shutdown: new AbortController(),
    insights,
    issueToken,

    /** The token's record, or the error Meta gives for it. */
    checkToken(token: string | undefined): Token | Reply {
      if (!token) return graphError(400, { code: 2500, message: 'An active access token must be used to query information about the current user.' });
      const record = tokens.get(token);
      if (!record) return graphError(400, { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' });
      if (record.revoked) return graphError(400, { code: 190, error_subcode: 458, message: `Error validating access token: The user has not authorized application ${appId}.` });
      if (record.expiresAt <= now()) return expiredToken(record.expiresAt, now());
      return record;
    },

    publishedWithin: (ms: number) => [...media.values()].filter((item) => item.publishedAt > now() - ms).length,

    /** Records a published post. */
    addMedia(item: Media) {
      media.set(item.mediaId, item);
      const { publishedAt: _, ...record } = item;
      published.push(record);
    },

    /** For seeded media: a container created `ageMs` ago and already published. */
    publishedContainer(caption: string, imageUrl: string, ageMs: number): Container {
      const container: Container = {
        id: nextId('1790'), caption, imageUrl, createdAt: now() - ageMs, state: 'PUBLISHED', message: null, pollsLeft: 0, processing: Promise.resolve(),
      };
      containers.set(container.id, container);
      return container;
    },
  };
}
