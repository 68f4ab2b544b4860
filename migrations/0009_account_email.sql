-- Accounts by email: verified addresses, and single-use links for password resets and email
-- verification. Only a link token's SHA-256 is stored, like session tokens.

ALTER TABLE users ADD COLUMN email_verified_at timestamptz;

CREATE TABLE account_tokens (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose     text NOT NULL CHECK (purpose IN ('password_reset', 'email_verification')),
  token_hash  bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  -- The address the link went to: verifying proves this address, not whatever the account has later.
  email       citext NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  created_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
);
CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose);
CREATE INDEX account_tokens_expiry_idx ON account_tokens (expires_at);

-- Every request for an email (known address or not, so the limit reveals nothing), kept to
-- rate-limit them across instances like sign-in attempts.
CREATE TABLE email_requests (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  purpose      text NOT NULL CHECK (purpose IN ('password_reset', 'email_verification')),
  email        citext NOT NULL,
  ip           text NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX email_requests_email_idx ON email_requests (email, requested_at);
CREATE INDEX email_requests_ip_idx ON email_requests (ip, requested_at);
