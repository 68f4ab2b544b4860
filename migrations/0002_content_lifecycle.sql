-- The content lifecycle: every status an item takes is recorded, by whom and why.

CREATE TABLE content_item_status_changes (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_item_id uuid NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
  -- Null for the status the item was created with.
  from_status     text CHECK (from_status IN ('idea', 'draft', 'ready', 'scheduled', 'posted', 'failed')),
  to_status       text NOT NULL CHECK (to_status IN ('idea', 'draft', 'ready', 'scheduled', 'posted', 'failed')),
  changed_at      timestamptz NOT NULL DEFAULT now(),
  -- A person, or a named DoppelCart process (publisher, generator, ...). The person's id is
  -- cleared if their account goes, so the history stays.
  actor_user_id   uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_process   text CHECK (length(actor_process) BETWEEN 1 AND 60),
  reason          text CHECK (length(reason) <= 2000),
  CHECK (from_status IS DISTINCT FROM to_status)
);
CREATE INDEX content_item_status_changes_item_idx ON content_item_status_changes (content_item_id, changed_at, id);

-- Items that existed before history was kept start their timeline with their current status.
INSERT INTO content_item_status_changes (content_item_id, from_status, to_status, changed_at, actor_process, reason)
SELECT id, NULL, status, created_at, 'migration', 'status when history began'
FROM content_items;
