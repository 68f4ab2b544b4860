-- Analytics: snapshots are collected at checkpoints (1 h, 1 d, 7 d, 30 d after publishing for
-- posts; once a day for accounts), at most once per checkpoint, and two small tables keep what
-- dashboards read, so their queries cost the same with a thousand snapshots or a million.

-- Which collection produced a snapshot: '1h', '1d', '7d', '30d' for posts, 'day:YYYY-MM-DD' for
-- accounts. Null for snapshots recorded by other means.
ALTER TABLE analytics_snapshots ADD COLUMN checkpoint text
  CHECK (checkpoint IN ('1h', '1d', '7d', '30d') OR checkpoint ~ '^day:\d{4}-\d{2}-\d{2}$');
-- Metrics the platform would not give for this snapshot (not available, lagging, too small an
-- account), so "unknown" is never shown as zero.
ALTER TABLE analytics_snapshots ADD COLUMN unavailable text[] NOT NULL DEFAULT '{}';
CREATE UNIQUE INDEX analytics_snapshots_post_checkpoint
  ON analytics_snapshots (content_item_id, checkpoint) WHERE content_item_id IS NOT NULL AND checkpoint IS NOT NULL;
CREATE UNIQUE INDEX analytics_snapshots_account_checkpoint
  ON analytics_snapshots (channel_integration_id, checkpoint) WHERE content_item_id IS NULL AND checkpoint IS NOT NULL;
-- Account history (followers, reach, views) per persona, without touching post snapshots.
CREATE INDEX analytics_snapshots_account_idx
  ON analytics_snapshots (persona_id, captured_at) WHERE content_item_id IS NULL;

-- The latest figures of each posted item, kept with every post snapshot: top and bottom posts,
-- the best-time heatmap and recommendations read one row per post.
CREATE TABLE post_performance (
  content_item_id    uuid PRIMARY KEY REFERENCES content_items (id) ON DELETE CASCADE,
  persona_id         uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  platform           text NOT NULL,
  published_at       timestamptz NOT NULL,
  captured_at        timestamptz NOT NULL,
  views              integer,
  reach              integer,
  likes              integer,
  comments           integer,
  shares             integer,
  saved              integer,
  total_interactions integer,
  -- Interactions per person reached (or per view when reach is unknown).
  engagement_rate    double precision,
  simulated          boolean NOT NULL DEFAULT false
);
CREATE INDEX post_performance_persona_idx ON post_performance (persona_id, published_at DESC);
CREATE INDEX post_performance_rate_idx ON post_performance (persona_id, engagement_rate DESC NULLS LAST);

-- The collector looks for recently published posts whose next checkpoint is due.
CREATE INDEX scheduled_posts_published_idx ON scheduled_posts (published_at) WHERE state = 'published';
