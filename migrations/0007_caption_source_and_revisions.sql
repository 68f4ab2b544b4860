-- The caption is the one source of truth for what goes out, and earlier captions are kept.

-- Captions an item had before an edit replaced them, so a person can put one back. The person
-- or DoppelCart process that replaced it is kept like the status history's actor.
CREATE TABLE content_item_caption_revisions (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_item_id uuid NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
  caption         text NOT NULL CHECK (length(caption) BETWEEN 1 AND 10000),
  replaced_at     timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  actor_user_id   uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_process   text CHECK (length(actor_process) BETWEEN 1 AND 60)
);
CREATE INDEX content_item_caption_revisions_item_idx ON content_item_caption_revisions (content_item_id, replaced_at DESC, id DESC);

-- Items kept a hashtag list (0003) beside the caption. The editor never showed it, and
-- publishing appended the tags the caption lacked, so tags a person had deleted came back.
-- Each item's listed tags that its caption does not hold (compared case-insensitively, a tag
-- being '#' and letters, digits or underscores) are appended to the caption after a blank
-- line, as publishing did, as far as whole tags fit the caption's 10,000 characters. The
-- caption it had is kept as a revision, and the list is dropped.
CREATE TEMPORARY TABLE folded_captions ON COMMIT DROP AS
WITH listed AS (
  SELECT i.id, regexp_replace(i.caption, '\s+$', '') AS base, n.tag, h.position,
         row_number() OVER (PARTITION BY i.id, lower(n.tag) ORDER BY h.position) AS copy
    FROM content_items i
   CROSS JOIN LATERAL unnest(i.hashtags) WITH ORDINALITY AS h (raw, position)
   CROSS JOIN LATERAL (SELECT CASE WHEN h.raw LIKE '#%' THEN h.raw ELSE '#' || h.raw END AS tag) AS n
),
missing AS (
  SELECT l.id, l.base, l.tag, l.position,
         CASE WHEN l.base = '' THEN 0 ELSE length(l.base) + 2 END
           + sum(length(l.tag) + 1) OVER (PARTITION BY l.id ORDER BY l.position) - 1 AS length_with_tag
    FROM listed l
   WHERE l.copy = 1
     AND NOT EXISTS (
       SELECT 1 FROM regexp_matches(l.base, '#[[:alnum:]_]+', 'g') AS m (found) WHERE lower(m.found[1]) = lower(l.tag)
     )
)
SELECT id, CASE WHEN base = '' THEN tags ELSE base || E'\n\n' || tags END AS caption
  FROM (
    SELECT id, base, string_agg(tag, ' ' ORDER BY position) AS tags
      FROM missing
     WHERE length_with_tag <= 10000
     GROUP BY id, base
  ) AS appended;

INSERT INTO content_item_caption_revisions (content_item_id, caption, actor_process)
SELECT i.id, i.caption, 'migration'
  FROM content_items i
  JOIN folded_captions f ON f.id = i.id
 WHERE i.caption <> '';

-- A new version, so an edit made from the caption as it was is refused as stale, not lost.
UPDATE content_items i
   SET caption = f.caption, version = i.version + 1
  FROM folded_captions f
 WHERE f.id = i.id;

ALTER TABLE content_items DROP COLUMN hashtags;
