-- Voice lock (issue 15 §3): each persona's threshold for its captions' voice score (0 to 100,
-- below it a caption is flagged), and the overrides people give to move a flagged item on
-- anyway: who, why, and the score they overrode.
ALTER TABLE personas ADD COLUMN voice_threshold integer NOT NULL DEFAULT 50 CHECK (voice_threshold BETWEEN 0 AND 100);

CREATE TABLE content_item_overrides (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_item_id uuid NOT NULL REFERENCES content_items_with_trash (id) ON DELETE CASCADE,
  kind            text NOT NULL CHECK (kind IN ('voice')),
  score           integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  threshold       integer NOT NULL CHECK (threshold BETWEEN 0 AND 100),
  caption         text NOT NULL,
  reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  actor_user_id   uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_process   text,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_item_overrides_item_idx ON content_item_overrides (content_item_id, created_at DESC);
