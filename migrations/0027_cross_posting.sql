-- Cross-posting (issue 17): one item goes to several channels of its persona at once.
--
-- An item may now have one active post per channel (instead of one in all). Each post may
-- carry its own caption for its network (null: the item's caption). Its status follows its
-- current posts (cross-post-status.ts); a post stops being current when a later one replaces
-- it (a retry on the same channel, or a fresh round of scheduling), which `superseded` marks.
DROP INDEX scheduled_posts_one_active_per_item;
CREATE UNIQUE INDEX scheduled_posts_one_active_per_channel ON scheduled_posts (content_item_id, channel_integration_id)
  WHERE state IN ('pending', 'publishing');
ALTER TABLE scheduled_posts ADD COLUMN caption_variant text CHECK (caption_variant IS NULL OR length(caption_variant) <= 5000);
ALTER TABLE scheduled_posts ADD COLUMN superseded boolean NOT NULL DEFAULT false;

-- Metrics per post rather than per item: each channel's post has its own checkpoints.
DROP INDEX analytics_snapshots_post_checkpoint;
CREATE UNIQUE INDEX analytics_snapshots_post_checkpoint
  ON analytics_snapshots (content_item_id, channel_integration_id, checkpoint) NULLS NOT DISTINCT
  WHERE content_item_id IS NOT NULL AND checkpoint IS NOT NULL;
