import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// The only reader of process.env. Every setting has a default that works on a laptop.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const boolean = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SIGN_UP_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  AI_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(200),
  // Express's "trust proxy": false (clients connect directly), true, a hop count, or addresses
  // such as "loopback" or "10.0.0.0/8" of the reverse proxies whose X-Forwarded-For to believe.
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value): boolean | number | string => (value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value)),
  WEB_DIST_DIR: z.string().min(1).default(path.join(repoRoot, 'web', 'dist')),
  MIGRATIONS_DIR: z.string().min(1).default(path.join(repoRoot, 'migrations')),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean)),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(8),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(200).default(15),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).max(10_000_000).default(25_000),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(2000),
  MAX_REQUEST_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(100_000),
  /** Which documents the API runs (graphql/trusted-documents.ts): any, signed-in or trusted. */
  GRAPHQL_DOCUMENTS: z.enum(['any', 'signed-in', 'trusted']).default('any'),
  /** The web app's documents by hash, written by `pnpm codegen`. */
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).default(path.join(repoRoot, 'web', 'src', 'gql', 'persisted-documents.json')),
  RUN_MIGRATIONS: boolean.default(true),
  RUN_WORKER: boolean.default(true),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: boolean.default(true),
  S3_PUBLIC_ENDPOINT: z.string().url().optional(),
  ASSET_SIGNING_KEY: z.string().regex(/^[A-Za-z0-9+/=]{43,}$/, 'must be at least 32 random bytes, base64').optional(),
  ASSET_URL_TTL_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(3600),
  // Videos: the largest upload taken (Instagram takes Reels up to 1 GB) and the chunk size of
  // the resumable upload protocol.
  MAX_VIDEO_UPLOAD_MB: z.coerce.number().int().min(1).max(2000).default(1000),
  UPLOAD_CHUNK_KB: z.coerce.number().int().min(64).max(65536).default(8192),
  // FFmpeg and FFprobe: the binaries shipped in @ffmpeg-installer/@ffprobe-installer unless set
  // (for example /usr/bin/ffmpeg from Debian's ffmpeg package).
  FFMPEG_PATH: z.string().min(1).optional(),
  FFPROBE_PATH: z.string().min(1).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_TEXT_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_IMAGE_MODEL: z.string().min(1).default('gpt-image-1'),
  // Video generation through the OpenAI-compatible /videos endpoint (Sora); how often a job is asked how far it got.
  OPENAI_VIDEO_MODEL: z.string().min(1).default('sora-2'),
  VIDEO_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(5_000),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).default('text-embedding-3-small'),
  AI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  AI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  INSTAGRAM_MAX_HASHTAGS: z.coerce.number().int().min(0).max(100).default(30),
  // Posts a day plan generation places on Instagram: the lowest publishing quota Instagram's
  // pages have given (25 in 24 hours); the publisher still enforces the live figure.
  INSTAGRAM_PLANNING_DAILY_LIMIT: z.coerce.number().int().min(1).max(1000).default(25),
  MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).max(1000).default(25),
  // Where the app is reached from outside: OAuth redirects and the image URLs Instagram fetches.
  PUBLIC_URL: z.string().url().optional(),
  INSTAGRAM_APP_ID: z.string().min(1).optional(),
  INSTAGRAM_APP_SECRET: z.string().min(1).optional(),
  INSTAGRAM_AUTHORIZE_URL: z.string().url().default('https://www.instagram.com/oauth/authorize'),
  INSTAGRAM_API_URL: z.string().url().default('https://api.instagram.com'),
  INSTAGRAM_GRAPH_URL: z.string().url().default('https://graph.instagram.com/v23.0'),
  INSTAGRAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  // Bluesky: the server accounts sign in at unless the person names their own PDS.
  BLUESKY_SERVICE_URL: z.string().url().default('https://bsky.social'),
  BLUESKY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  MASTODON_INSTANCE_URL: z.string().url().default('https://mastodon.social'),
  MASTODON_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  // X: the OAuth 2 client of an app registered in X's developer portal (docs/networks/x.md).
  // Without a secret the app is a public client: PKCE alone protects the code exchange.
  X_CLIENT_ID: z.string().min(1).optional(),
  X_CLIENT_SECRET: z.string().min(1).optional(),
  X_AUTHORIZE_URL: z.string().url().default('https://x.com/i/oauth2/authorize'),
  X_API_URL: z.string().url().default('https://api.x.com'),
  X_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  // TikTok: an app with Login Kit and the Content Posting API (docs/networks/tiktok.md). Direct
  // posting needs TikTok's audit; until then (or by choice) posts go to the creator's inbox.
  TIKTOK_CLIENT_KEY: z.string().min(1).optional(),
  TIKTOK_CLIENT_SECRET: z.string().min(1).optional(),
  TIKTOK_POST_MODE: z.enum(['direct', 'inbox']).default('direct'),
  TIKTOK_AUTHORIZE_URL: z.string().url().default('https://www.tiktok.com/v2/auth/authorize/'),
  TIKTOK_API_URL: z.string().url().default('https://open.tiktokapis.com'),
  TIKTOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  // Threads: a Meta app with the Threads use case (docs/networks/threads.md).
  THREADS_APP_ID: z.string().min(1).optional(),
  THREADS_APP_SECRET: z.string().min(1).optional(),
  THREADS_AUTHORIZE_URL: z.string().url().default('https://threads.net/oauth/authorize'),
  THREADS_API_URL: z.string().url().default('https://graph.threads.net'),
  THREADS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  // YouTube: a Google Cloud OAuth client with the YouTube Data API v3 enabled (docs/networks/youtube.md).
  YOUTUBE_CLIENT_ID: z.string().min(1).optional(),
  YOUTUBE_CLIENT_SECRET: z.string().min(1).optional(),
  YOUTUBE_AUTHORIZE_URL: z.string().url().default('https://accounts.google.com/o/oauth2/v2/auth'),
  YOUTUBE_TOKEN_URL: z.string().url().default('https://oauth2.googleapis.com/token'),
  YOUTUBE_API_URL: z.string().url().default('https://www.googleapis.com'),
  YOUTUBE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  // LinkedIn: an app with "Share on LinkedIn" and "Sign In with LinkedIn using OpenID Connect"
  // (docs/networks/linkedin.md); organisation pages need the Community Management API as well.
  LINKEDIN_CLIENT_ID: z.string().min(1).optional(),
  LINKEDIN_CLIENT_SECRET: z.string().min(1).optional(),
  LINKEDIN_ORGANIZATIONS: boolean.default(false),
  LINKEDIN_AUTHORIZE_URL: z.string().url().default('https://www.linkedin.com/oauth/v2/authorization'),
  LINKEDIN_TOKEN_URL: z.string().url().default('https://www.linkedin.com/oauth/v2/accessToken'),
  LINKEDIN_API_URL: z.string().url().default('https://api.linkedin.com'),
  // The Posts API is versioned by month; LinkedIn keeps a version for about a year.
  LINKEDIN_VERSION: z.string().regex(/^\d{6}$/, 'must be YYYYMM, e.g. 202510').default('202510'),
  LINKEDIN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  // AES-256-GCM keys for channel tokens: `id:base64key`, the first encrypts, the rest only
  // decrypt (rotation). Unset: one key generated into DATA_DIR on first start, which suits one
  // machine; instances on several machines must share keys through this setting.
  TOKEN_ENCRYPTION_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=]{43,44})*$/, 'must be id:base64key[,id:base64key...] with 32-byte keys')
    .optional(),
  PUBLISH_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  PUBLISH_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  PUBLISH_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  PUBLISH_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  INSTAGRAM_CONTAINER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(2_000),
  ANALYTICS_SWEEP_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  // Deleted items, plans and assets can be restored this long; the hourly sweep then removes them.
  TRASH_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  // Outgoing email (password resets, address verification). Unset: messages go to the log.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@smtp.example.com:587')
    .optional(),
  MAIL_FROM: z.string().min(3).max(200).default('DoppelCart <no-reply@doppelcart.local>'),
  // OpenTelemetry traces over OTLP/HTTP (the standard variable names). Unset: no tracing.
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.string().url().optional(),
  // "key=value,key2=value2", e.g. an API key header for a hosted collector.
  OTEL_EXPORTER_OTLP_HEADERS: z
    .string()
    .regex(/^$|^[^=,\s]+=[^,]*(,[^=,\s]+=[^,]*)*$/, 'must be key=value[,key=value...]')
    .default('')
    .transform((value) => Object.fromEntries(value.split(',').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')).trim(), decodeURIComponent(pair.slice(pair.indexOf('=') + 1).trim())]))),
  OTEL_SERVICE_NAME: z.string().min(1).max(100).optional(),
});

export type Config = Readonly<z.infer<typeof schema>>;

// Settings that only make sense together.
const refined = schema.superRefine((config, ctx) => {
  if (config.STORAGE_DRIVER === 's3' && !config.S3_BUCKET) {
    ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'is required when STORAGE_DRIVER=s3' });
  }
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; lists every bad variable instead of stopping at the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(schema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = refined.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return Object.freeze(parsed.data);
}
