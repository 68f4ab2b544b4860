-- Mastodon (issue 17): a platform content is planned for (500 characters, up to four images
-- or one video), and its channels. A channel keeps the account's instance in service_url and
-- an access token the person made in the instance's Development settings, sealed.
ALTER TABLE content_items_with_trash DROP CONSTRAINT content_items_platform_check,
  ADD CONSTRAINT content_items_platform_check
  CHECK (platform IN ('instagram', 'tiktok', 'youtube', 'x', 'linkedin', 'threads', 'facebook', 'bluesky', 'mastodon', 'sandbox'));
ALTER TABLE content_plans_with_trash DROP CONSTRAINT content_plans_platforms_check,
  ADD CONSTRAINT content_plans_platforms_check
  CHECK (platforms <@ ARRAY['instagram', 'tiktok', 'youtube', 'x', 'linkedin', 'threads', 'facebook', 'bluesky', 'mastodon', 'sandbox']);
ALTER TABLE analytics_snapshots DROP CONSTRAINT analytics_snapshots_platform_check,
  ADD CONSTRAINT analytics_snapshots_platform_check
  CHECK (platform IN ('instagram', 'tiktok', 'youtube', 'x', 'linkedin', 'threads', 'facebook', 'bluesky', 'mastodon', 'sandbox'));
ALTER TABLE channel_integrations DROP CONSTRAINT channel_integrations_platform_check,
  ADD CONSTRAINT channel_integrations_platform_check CHECK (platform IN ('instagram', 'bluesky', 'mastodon', 'sandbox'));
