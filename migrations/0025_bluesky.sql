-- Bluesky (issue 17): a platform content is planned for, with its own rules (300 characters,
-- up to four images); its channels come with its connector.
ALTER TABLE content_items_with_trash DROP CONSTRAINT content_items_platform_check,
  ADD CONSTRAINT content_items_platform_check
  CHECK (platform IN ('instagram', 'tiktok', 'youtube', 'x', 'linkedin', 'threads', 'facebook', 'bluesky', 'sandbox'));
ALTER TABLE content_plans_with_trash DROP CONSTRAINT content_plans_platforms_check,
  ADD CONSTRAINT content_plans_platforms_check
  CHECK (platforms <@ ARRAY['instagram', 'tiktok', 'youtube', 'x', 'linkedin', 'threads', 'facebook', 'bluesky', 'sandbox']);
ALTER TABLE analytics_snapshots DROP CONSTRAINT analytics_snapshots_platform_check,
  ADD CONSTRAINT analytics_snapshots_platform_check
  CHECK (platform IN ('instagram', 'tiktok', 'youtube', 'x', 'linkedin', 'threads', 'facebook', 'bluesky', 'sandbox'));
