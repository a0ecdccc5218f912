-- Entwine schema version 9: what every server on a team's database must agree on. Sessions are
-- kept in the store, so that a session signed in on one server works on another, and a disable,
-- a new password or a sign-out ends it on all; a session's id is kept as its SHA-256 only.
CREATE TABLE sessions (
  id_hash       VARCHAR PRIMARY KEY,
  account       VARCHAR NOT NULL,
  csrf          VARCHAR NOT NULL,
  address       VARCHAR,
  started_at    TIMESTAMP NOT NULL,
  last_used_at  TIMESTAMP NOT NULL
);

-- API tokens gain an expiry, a revocation (a revoked token stays revoked when its account is
-- enabled again) and their last use; their label is their name.
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMP;
ALTER TABLE api_tokens ADD COLUMN revoked_at TIMESTAMP;
ALTER TABLE api_tokens ADD COLUMN last_used_at TIMESTAMP;

-- The browsers that signed in to an account (the SHA-256 of the random id their cookie holds):
-- others' failed sign-ins do not slow theirs down.
CREATE TABLE sign_in_devices (
  device_hash  VARCHAR PRIMARY KEY,
  account      VARCHAR NOT NULL,
  created_at   TIMESTAMP NOT NULL
);
