-- Video, carousels, Reels and Stories (issue 16).
--
-- Videos are assets like images. What the probe read from the file's content is kept on the
-- row (container, codecs, duration, frame rate, bit rate, audio), with a poster frame stored
-- beside it. A video that does not fit the publishing spec (H.264 and AAC in MP4, within the
-- size and bit-rate limits) is transcoded in a background job: `processing` says where that
-- stands and `processing_progress` how far it got.
ALTER TABLE assets_with_trash
  ADD COLUMN duration_ms integer CHECK (duration_ms IS NULL OR duration_ms >= 0),
  ADD COLUMN frame_rate real CHECK (frame_rate IS NULL OR frame_rate > 0),
  ADD COLUMN bit_rate integer CHECK (bit_rate IS NULL OR bit_rate >= 0),
  ADD COLUMN container text,
  ADD COLUMN video_codec text,
  ADD COLUMN audio_codec text,
  ADD COLUMN poster_key text,
  ADD COLUMN processing text NOT NULL DEFAULT 'ready' CHECK (processing IN ('ready', 'processing', 'failed')),
  ADD COLUMN processing_progress smallint NOT NULL DEFAULT 100 CHECK (processing_progress BETWEEN 0 AND 100),
  ADD COLUMN processing_error text;
CREATE OR REPLACE VIEW assets AS SELECT * FROM assets_with_trash WHERE deleted_at IS NULL;

-- A chunked upload in progress. Chunks are stored objects (uploads/<id>/<offset>-<random>) so any
-- replica can take the next one; `received_bytes` only moves forward from the offset the
-- client names, so a resumed upload continues where the server says it stopped.
CREATE TABLE media_uploads (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id             uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  persona_id          uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  file_name           text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  byte_size           bigint NOT NULL CHECK (byte_size > 0),
  received_bytes      bigint NOT NULL DEFAULT 0 CHECK (received_bytes >= 0 AND received_bytes <= byte_size),
  -- The stored chunks in order; a chunk that lost a race for its offset is never listed.
  chunk_keys          text[] NOT NULL DEFAULT '{}',
  digital_source_type text,
  asset_id            uuid REFERENCES assets_with_trash (id) ON DELETE SET NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  expires_at          timestamptz NOT NULL
);
CREATE INDEX media_uploads_user_idx ON media_uploads (user_id, created_at);
CREATE INDEX media_uploads_expiry_idx ON media_uploads (expires_at);

-- What an item is on the platform: a feed post (one image), a carousel (2 to the platform's
-- limit), a Reel (one video) or a Story (one image or video).
ALTER TABLE content_items_with_trash
  ADD COLUMN format text NOT NULL DEFAULT 'post' CHECK (format IN ('post', 'carousel', 'reel', 'story')),
  -- A Reel's cover image (Instagram's cover_url); null lets the platform pick a frame.
  ADD COLUMN cover_asset_id uuid REFERENCES assets_with_trash (id) ON DELETE SET NULL;
CREATE OR REPLACE VIEW content_items AS SELECT * FROM content_items_with_trash WHERE deleted_at IS NULL;

-- An item's media in order, each with its alt text. content_items.asset_id stays the first
-- one (what boards, checks and single-image posts read); content-item/item-writes.ts is the
-- one place that writes both.
CREATE TABLE content_item_media (
  content_item_id uuid NOT NULL REFERENCES content_items_with_trash (id) ON DELETE CASCADE,
  position        smallint NOT NULL CHECK (position BETWEEN 0 AND 19),
  asset_id        uuid NOT NULL REFERENCES assets_with_trash (id) ON DELETE CASCADE,
  alt_text        text NOT NULL DEFAULT '' CHECK (length(alt_text) <= 1000),
  PRIMARY KEY (content_item_id, position)
);
CREATE INDEX content_item_media_asset_idx ON content_item_media (asset_id);
INSERT INTO content_item_media (content_item_id, position, asset_id)
  SELECT id, 0, asset_id FROM content_items_with_trash WHERE asset_id IS NOT NULL;

-- A carousel is published as child containers, then a parent: each child's id is recorded
-- as it is created, so a post taken over after a crash goes on from the next child.
ALTER TABLE scheduled_posts ADD COLUMN child_container_ids text[] NOT NULL DEFAULT '{}';

-- The Sandbox shows each format as the platform would: a post keeps its format and its media
-- as they went out, and a Story leaves the feed 24 hours after it was published.
ALTER TABLE sandbox_posts
  ADD COLUMN format text NOT NULL DEFAULT 'post' CHECK (format IN ('post', 'carousel', 'reel', 'story')),
  ADD COLUMN media_ids uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN alt_texts text[] NOT NULL DEFAULT '{}',
  ADD COLUMN expires_at timestamptz;
UPDATE sandbox_posts SET media_ids = ARRAY[asset_id] WHERE asset_id IS NOT NULL;

-- AI video (issue 16 §2): a run of kind 'video' makes one video for an item, in the background
-- with progress and cancellation, and keeps the asset it made.
ALTER TABLE generation_runs DROP CONSTRAINT generation_runs_kind_check;
ALTER TABLE generation_runs ADD CONSTRAINT generation_runs_kind_check CHECK (kind IN ('plan_ideas', 'caption', 'image', 'video'));
ALTER TABLE generation_runs ADD COLUMN asset_id uuid REFERENCES assets_with_trash (id) ON DELETE SET NULL;

-- What Reels and Stories add to a post's figures (issue 16 §3): replies, taps and exits of a
-- Story (Meta keeps them 24 hours), a Reel's watch time. Null where the platform gave none.
ALTER TABLE analytics_snapshots
  ADD COLUMN replies integer CHECK (replies IS NULL OR replies >= 0),
  ADD COLUMN taps_forward integer CHECK (taps_forward IS NULL OR taps_forward >= 0),
  ADD COLUMN taps_back integer CHECK (taps_back IS NULL OR taps_back >= 0),
  ADD COLUMN exits integer CHECK (exits IS NULL OR exits >= 0),
  ADD COLUMN avg_watch_time_ms integer CHECK (avg_watch_time_ms IS NULL OR avg_watch_time_ms >= 0),
  ADD COLUMN watch_time_seconds integer CHECK (watch_time_seconds IS NULL OR watch_time_seconds >= 0);
