-- Publishing: scheduled_posts become durable jobs with leases, the steps of a publish are
-- recorded before they happen (so a crash is recovered by reading, never by publishing
-- again), OAuth states are single-use rows, and the Sandbox channel has its feed.

-- When the publisher should next look at a pending post: run_at, or later after a transient
-- error. run_at stays what the user asked for (lateness is measured against it).
ALTER TABLE scheduled_posts ADD COLUMN due_at timestamptz;
UPDATE scheduled_posts SET due_at = run_at;
ALTER TABLE scheduled_posts ALTER COLUMN due_at SET NOT NULL;

-- A claim: the worker that holds the post and until when. An expired lease means the worker
-- died or stalled; the next claim recovers from the recorded steps.
ALTER TABLE scheduled_posts ADD COLUMN lease_owner text CHECK (length(lease_owner) <= 200);
ALTER TABLE scheduled_posts ADD COLUMN lease_expires_at timestamptz;
ALTER TABLE scheduled_posts ADD COLUMN started_at timestamptz;
-- Set before media_publish is called: from then on the outcome is read, never assumed.
ALTER TABLE scheduled_posts ADD COLUMN publish_requested_at timestamptz;
ALTER TABLE scheduled_posts ADD CONSTRAINT scheduled_posts_lease_check
  CHECK (state <> 'publishing' OR (lease_owner IS NOT NULL AND lease_expires_at IS NOT NULL));

-- A post recovered after a crash is known to be out (the container says PUBLISHED) even when
-- its media id cannot be found again; published_at is what matters.
ALTER TABLE scheduled_posts DROP CONSTRAINT scheduled_posts_check;
ALTER TABLE scheduled_posts ADD CONSTRAINT scheduled_posts_published_check
  CHECK (state <> 'published' OR published_at IS NOT NULL);

DROP INDEX scheduled_posts_due_idx;
CREATE INDEX scheduled_posts_due_idx ON scheduled_posts (due_at) WHERE state = 'pending';
CREATE INDEX scheduled_posts_lease_idx ON scheduled_posts (lease_expires_at) WHERE state = 'publishing';
CREATE INDEX scheduled_posts_run_at_idx ON scheduled_posts (run_at);

-- An OAuth flow in progress: the state parameter (stored hashed) is single-use, expires, and
-- binds the callback to the user and persona that started it.
CREATE TABLE oauth_states (
  state_hash  bytea PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  persona_id  uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  platform    text NOT NULL CHECK (platform IN ('instagram')),
  expires_at  timestamptz NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
);
CREATE INDEX oauth_states_expiry_idx ON oauth_states (expires_at);

-- What the Sandbox channel published. One row per scheduled post at most: the insert and the
-- post's PUBLISHED state commit together, so a sandbox post can never be published twice.
CREATE TABLE sandbox_posts (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  channel_integration_id uuid NOT NULL REFERENCES channel_integrations (id) ON DELETE CASCADE,
  scheduled_post_id      uuid UNIQUE REFERENCES scheduled_posts (id) ON DELETE SET NULL,
  content_item_id        uuid REFERENCES content_items (id) ON DELETE SET NULL,
  caption                text NOT NULL,
  hashtags               text[] NOT NULL DEFAULT '{}',
  asset_id               uuid REFERENCES assets (id) ON DELETE SET NULL,
  published_at           timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
);
CREATE INDEX sandbox_posts_channel_idx ON sandbox_posts (channel_integration_id, published_at DESC, id DESC);
