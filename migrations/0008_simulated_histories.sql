-- "Fill with simulated history" writes weeks of past Sandbox posts so the analytics dashboard
-- has something to show. Each fill is a row here, and the items, feed posts and account
-- readings it wrote point at it: working views leave those rows out with a test on the row
-- itself (no join), and removing the history is one delete that cascades to all of them
-- (an item's publishing jobs, status history, snapshots and latest figures go with the item).
CREATE TABLE simulated_histories (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- One at a time: a persona with figures cannot be filled again until its history is removed.
  persona_id             uuid NOT NULL UNIQUE REFERENCES personas (id) ON DELETE CASCADE,
  channel_integration_id uuid NOT NULL REFERENCES channel_integrations (id) ON DELETE CASCADE,
  created_at             timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
);

ALTER TABLE content_items ADD COLUMN simulated_history_id uuid REFERENCES simulated_histories (id) ON DELETE CASCADE;
CREATE INDEX content_items_simulated_history_idx ON content_items (simulated_history_id) WHERE simulated_history_id IS NOT NULL;

ALTER TABLE sandbox_posts ADD COLUMN simulated_history_id uuid REFERENCES simulated_histories (id) ON DELETE CASCADE;
CREATE INDEX sandbox_posts_simulated_history_idx ON sandbox_posts (simulated_history_id) WHERE simulated_history_id IS NOT NULL;

-- Only the history's own account readings; its posts' snapshots go with their items.
ALTER TABLE analytics_snapshots ADD COLUMN simulated_history_id uuid REFERENCES simulated_histories (id) ON DELETE CASCADE;
CREATE INDEX analytics_snapshots_simulated_history_idx ON analytics_snapshots (simulated_history_id) WHERE simulated_history_id IS NOT NULL;

-- Histories filled before this migration: their items are recognised by the reason their
-- timeline starts with, and their account readings by having been written in the same
-- transaction as the items' first snapshots (the same created_at; the collector writes its
-- readings in transactions of its own).
INSERT INTO simulated_histories (persona_id, channel_integration_id, created_at)
SELECT DISTINCT ON (i.persona_id) i.persona_id, s.channel_integration_id, coalesce(a.created_at, now())
  FROM content_items i
  JOIN content_item_status_changes h ON h.content_item_id = i.id AND h.reason = 'simulated history (Sandbox)'
  JOIN scheduled_posts s ON s.content_item_id = i.id
  LEFT JOIN analytics_snapshots a ON a.content_item_id = i.id
 ORDER BY i.persona_id, a.created_at NULLS LAST;

UPDATE content_items i SET simulated_history_id = sh.id
  FROM simulated_histories sh, content_item_status_changes h
 WHERE i.persona_id = sh.persona_id AND h.content_item_id = i.id AND h.reason = 'simulated history (Sandbox)';

UPDATE sandbox_posts f SET simulated_history_id = i.simulated_history_id
  FROM content_items i
 WHERE f.content_item_id = i.id AND i.simulated_history_id IS NOT NULL;

UPDATE analytics_snapshots a SET simulated_history_id = sh.id
  FROM simulated_histories sh
 WHERE a.channel_integration_id = sh.channel_integration_id AND a.content_item_id IS NULL AND a.simulated
   AND a.created_at = sh.created_at;

-- Their links open the Sandbox feed with the simulated history shown, as new ones do.
UPDATE scheduled_posts s SET permalink = replace(s.permalink, '/sandbox#', '/sandbox?simulated=1#')
  FROM content_items i
 WHERE s.content_item_id = i.id AND i.simulated_history_id IS NOT NULL;
