-- Bluesky channels (issue 17): a persona connects a Bluesky account with an app password.
--
-- An account lives on its own server (its PDS, e.g. https://bsky.social): the channel keeps
-- it. A post's connector records what it chose or did before each external step in
-- connector_state (Bluesky: the record key the post will have, so a retry after a crash can
-- neither create a second post nor lose track of the first).
ALTER TABLE channel_integrations DROP CONSTRAINT channel_integrations_platform_check,
  ADD CONSTRAINT channel_integrations_platform_check CHECK (platform IN ('instagram', 'bluesky', 'sandbox'));
ALTER TABLE channel_integrations ADD COLUMN service_url text CHECK (service_url IS NULL OR service_url ~ '^https?://');
ALTER TABLE scheduled_posts ADD COLUMN connector_state jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(connector_state) = 'object');
