-- Sign-ups per client address, so one client cannot create accounts (and make the server hash
-- passwords) without limit. Kept in PostgreSQL so the limit holds across every API instance.
CREATE TABLE sign_up_attempts (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ip           text NOT NULL CHECK (length(ip) <= 100),
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_up_attempts_ip_idx ON sign_up_attempts (ip, attempted_at);

-- Failed sign-ins are now counted per address and client together (an attacker's failures no
-- longer lock the owner out): the pair is what the check reads.
CREATE INDEX sign_in_attempts_email_ip_idx ON sign_in_attempts (email, ip, attempted_at) WHERE NOT succeeded;
