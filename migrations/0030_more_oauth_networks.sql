-- The other networks that connect through their consent page (issue 17): LinkedIn, YouTube,
-- Threads, TikTok and Facebook Pages may have channels and OAuth flows in progress.
ALTER TABLE oauth_states DROP CONSTRAINT oauth_states_platform_check,
  ADD CONSTRAINT oauth_states_platform_check CHECK (platform IN ('instagram', 'x', 'linkedin', 'youtube', 'threads', 'tiktok', 'facebook'));
ALTER TABLE channel_integrations DROP CONSTRAINT channel_integrations_platform_check,
  ADD CONSTRAINT channel_integrations_platform_check
  CHECK (platform IN ('instagram', 'bluesky', 'mastodon', 'x', 'linkedin', 'youtube', 'threads', 'tiktok', 'facebook', 'sandbox'));
