-- OAuth 2 networks (issue 17): X, and after it the other networks that connect through their
-- consent page. An OAuth flow in progress keeps its PKCE code verifier with its state: the
-- verifier goes to the token endpoint with the code, proving the code is exchanged by whoever
-- started the flow. The row is taken once when the network sends the browser back, and lives
-- 15 minutes at most.
ALTER TABLE oauth_states DROP CONSTRAINT oauth_states_platform_check,
  ADD CONSTRAINT oauth_states_platform_check CHECK (platform IN ('instagram', 'x'));
ALTER TABLE oauth_states ADD COLUMN code_verifier text CHECK (code_verifier IS NULL OR code_verifier ~ '^[A-Za-z0-9._~-]{43,128}$');
ALTER TABLE channel_integrations DROP CONSTRAINT channel_integrations_platform_check,
  ADD CONSTRAINT channel_integrations_platform_check CHECK (platform IN ('instagram', 'bluesky', 'mastodon', 'x', 'sandbox'));
