-- The whole domain of DoppelCart: accounts, personas and everything under them.
-- created_at is kept at millisecond precision so keyset cursors round-trip through JavaScript Dates exactly.
-- Forward-only: never edit this file once applied; add a new numbered file instead.

CREATE EXTENSION IF NOT EXISTS citext;

-- Keeps updated_at honest whoever writes the row.
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email         citext NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%'),
  password_hash text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER users_updated_at BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Profile metadata for each user (the seed's `profiles`).
CREATE TABLE profiles (
  user_id         uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  display_name    text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
  time_zone       text NOT NULL DEFAULT 'UTC',
  avatar_asset_id uuid,
  created_at      timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER profiles_updated_at BEFORE UPDATE ON profiles FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Sessions are looked up by the SHA-256 of the bearer token; the token itself is never stored.
CREATE TABLE sessions (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash   bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  created_at   timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  last_used_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  revoked_at   timestamptz
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);

-- Sign-in attempts, kept to rate-limit guessing across every app instance.
CREATE TABLE sign_in_attempts (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email        citext NOT NULL,
  ip           text NOT NULL,
  succeeded    boolean NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_attempts_email_idx ON sign_in_attempts (email, attempted_at);
CREATE INDEX sign_in_attempts_ip_idx ON sign_in_attempts (ip, attempted_at);

CREATE TABLE personas (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id           uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  handle            text NOT NULL CHECK (handle ~ '^[A-Za-z0-9._]{1,30}$'),
  niche             text NOT NULL CHECK (length(niche) BETWEEN 1 AND 120),
  voice             text NOT NULL DEFAULT '' CHECK (length(voice) <= 2000),
  style             text NOT NULL DEFAULT '' CHECK (length(style) <= 2000),
  personality       text NOT NULL DEFAULT '' CHECK (length(personality) <= 2000),
  bio               text NOT NULL DEFAULT '' CHECK (length(bio) <= 2000),
  aesthetic         text NOT NULL DEFAULT '' CHECK (length(aesthetic) <= 2000),
  -- { platforms: text[], postsPerWeek: int|null, cadence: text, goals: text[] }, validated by the service.
  platform_strategy jsonb NOT NULL DEFAULT '{"platforms": [], "postsPerWeek": null, "cadence": "", "goals": []}'
                    CHECK (jsonb_typeof(platform_strategy) = 'object'),
  time_zone         text NOT NULL DEFAULT 'UTC',
  archived_at       timestamptz,
  created_at        timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  -- Lets children reference (id, user_id) pairs elsewhere if needed.
  UNIQUE (id, user_id)
);
CREATE UNIQUE INDEX personas_user_handle_key ON personas (user_id, lower(handle));
CREATE INDEX personas_user_created_idx ON personas (user_id, created_at DESC, id DESC);
CREATE TRIGGER personas_updated_at BEFORE UPDATE ON personas FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Stored media. Belongs to a user, and to a persona unless it is a profile avatar.
CREATE TABLE assets (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  persona_id  uuid REFERENCES personas (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('image', 'video')),
  source      text NOT NULL CHECK (source IN ('uploaded', 'generated')),
  storage_key text NOT NULL UNIQUE CHECK (length(storage_key) BETWEEN 1 AND 512),
  mime_type   text NOT NULL CHECK (mime_type ~ '^(image|video)/[a-z0-9.+-]+$'),
  byte_size   integer NOT NULL CHECK (byte_size > 0),
  width       integer CHECK (width > 0),
  height      integer CHECK (height > 0),
  prompt      text CHECK (length(prompt) <= 4000),
  created_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assets_persona_idx ON assets (persona_id, created_at DESC);
CREATE INDEX assets_user_idx ON assets (user_id, created_at DESC);
CREATE TRIGGER assets_updated_at BEFORE UPDATE ON assets FOR EACH ROW EXECUTE FUNCTION set_updated_at();

ALTER TABLE profiles
  ADD CONSTRAINT profiles_avatar_asset_fkey FOREIGN KEY (avatar_asset_id) REFERENCES assets (id) ON DELETE SET NULL;

CREATE TABLE content_plans (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  persona_id       uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  description      text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  start_date       date NOT NULL,
  end_date         date NOT NULL,
  frequency_count  integer NOT NULL CHECK (frequency_count > 0),
  frequency_period text NOT NULL CHECK (frequency_period IN ('day', 'week', 'month')),
  platforms        text[] NOT NULL DEFAULT '{}'
                   CHECK (platforms <@ ARRAY['instagram', 'tiktok', 'youtube', 'x', 'linkedin', 'threads', 'facebook', 'sandbox']),
  target_post_count integer NOT NULL CHECK (target_post_count BETWEEN 1 AND 1000),
  created_at       timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (start_date <= end_date),
  CHECK (end_date - start_date < 366),
  -- Items reference (plan, persona) so an item can never sit in another persona's plan.
  UNIQUE (id, persona_id)
);
CREATE INDEX content_plans_persona_idx ON content_plans (persona_id, start_date, id);
CREATE TRIGGER content_plans_updated_at BEFORE UPDATE ON content_plans FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE content_items (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  persona_id     uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  plan_id        uuid,
  asset_id       uuid REFERENCES assets (id) ON DELETE SET NULL,
  title          text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  caption        text NOT NULL DEFAULT '' CHECK (length(caption) <= 10000),
  platform       text NOT NULL CHECK (platform IN ('instagram', 'tiktok', 'youtube', 'x', 'linkedin', 'threads', 'facebook', 'sandbox')),
  status         text NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'draft', 'ready', 'scheduled', 'posted', 'failed')),
  scheduled_at   timestamptz,
  published_at   timestamptz,
  failure_reason text CHECK (length(failure_reason) <= 2000),
  -- Optimistic concurrency: bumped on every update.
  version        integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at     timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL),
  CHECK (status <> 'posted' OR published_at IS NOT NULL),
  CHECK (published_at IS NULL OR status = 'posted'),
  -- Deleting a plan keeps its items (their history matters) and detaches them.
  FOREIGN KEY (plan_id, persona_id) REFERENCES content_plans (id, persona_id) ON DELETE SET NULL (plan_id)
);
CREATE INDEX content_items_persona_created_idx ON content_items (persona_id, created_at DESC, id DESC);
CREATE INDEX content_items_plan_idx ON content_items (plan_id, scheduled_at, id) WHERE plan_id IS NOT NULL;
CREATE INDEX content_items_persona_status_idx ON content_items (persona_id, status);
CREATE INDEX content_items_persona_scheduled_idx ON content_items (persona_id, scheduled_at, id) WHERE scheduled_at IS NOT NULL;
CREATE INDEX content_items_asset_idx ON content_items (asset_id) WHERE asset_id IS NOT NULL;
CREATE TRIGGER content_items_updated_at BEFORE UPDATE ON content_items FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE channel_integrations (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  persona_id          uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  platform            text NOT NULL CHECK (platform IN ('instagram', 'sandbox')),
  external_account_id text NOT NULL CHECK (length(external_account_id) BETWEEN 1 AND 200),
  account_name        text NOT NULL CHECK (length(account_name) BETWEEN 1 AND 200),
  status              text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'needs_reconnect', 'disconnected')),
  -- AES-256-GCM ciphertexts (iv || tag || data) with the row id as associated data.
  access_token_enc    bytea,
  refresh_token_enc   bytea,
  token_key_id        text,
  token_expires_at    timestamptz,
  token_refreshed_at  timestamptz,
  scopes              text[] NOT NULL DEFAULT '{}',
  status_reason       text CHECK (length(status_reason) <= 2000),
  created_at          timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (access_token_enc IS NULL OR token_key_id IS NOT NULL),
  UNIQUE (persona_id, platform, external_account_id)
);
CREATE INDEX channel_integrations_persona_idx ON channel_integrations (persona_id, created_at);
CREATE INDEX channel_integrations_expiry_idx ON channel_integrations (token_expires_at) WHERE status = 'active';
CREATE TRIGGER channel_integrations_updated_at BEFORE UPDATE ON channel_integrations FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE scheduled_posts (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  content_item_id        uuid NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
  -- A channel with publishing history cannot be deleted out from under it; disconnect it instead.
  channel_integration_id uuid NOT NULL REFERENCES channel_integrations (id) ON DELETE RESTRICT,
  run_at                 timestamptz NOT NULL,
  state                  text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'publishing', 'published', 'failed', 'cancelled')),
  attempts               integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  container_id           text,
  platform_post_id       text,
  permalink              text,
  last_error             text CHECK (length(last_error) <= 2000),
  published_at           timestamptz,
  created_at             timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CHECK (state <> 'published' OR (platform_post_id IS NOT NULL AND published_at IS NOT NULL))
);
-- At most one live publishing job per item.
CREATE UNIQUE INDEX scheduled_posts_one_active_per_item ON scheduled_posts (content_item_id) WHERE state IN ('pending', 'publishing');
CREATE INDEX scheduled_posts_item_idx ON scheduled_posts (content_item_id, created_at DESC);
CREATE INDEX scheduled_posts_due_idx ON scheduled_posts (run_at) WHERE state = 'pending';
CREATE INDEX scheduled_posts_channel_idx ON scheduled_posts (channel_integration_id);
CREATE TRIGGER scheduled_posts_updated_at BEFORE UPDATE ON scheduled_posts FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Append-only engagement history: post-level rows carry content_item_id, account-level rows do not.
CREATE TABLE analytics_snapshots (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  persona_id             uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  content_item_id        uuid REFERENCES content_items (id) ON DELETE CASCADE,
  channel_integration_id uuid REFERENCES channel_integrations (id) ON DELETE SET NULL,
  platform               text NOT NULL CHECK (platform IN ('instagram', 'tiktok', 'youtube', 'x', 'linkedin', 'threads', 'facebook', 'sandbox')),
  captured_at            timestamptz NOT NULL DEFAULT now(),
  views                  integer CHECK (views >= 0),
  reach                  integer CHECK (reach >= 0),
  likes                  integer CHECK (likes >= 0),
  comments               integer CHECK (comments >= 0),
  shares                 integer CHECK (shares >= 0),
  saved                  integer CHECK (saved >= 0),
  total_interactions     integer CHECK (total_interactions >= 0),
  followers              integer CHECK (followers >= 0),
  simulated              boolean NOT NULL DEFAULT false,
  created_at             timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
);
CREATE INDEX analytics_snapshots_item_idx ON analytics_snapshots (content_item_id, captured_at) WHERE content_item_id IS NOT NULL;
CREATE INDEX analytics_snapshots_persona_idx ON analytics_snapshots (persona_id, captured_at DESC, id DESC);
