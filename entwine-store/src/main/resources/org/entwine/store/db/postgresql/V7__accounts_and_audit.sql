-- Entwine schema version 7 (PostgreSQL): accounts, API tokens, and an audit trail. Every change is already an
-- import (who, when, from what) written in the change's own transaction, and the records and their
-- earlier versions name the import that stored them: the import log is the audit trail. It gains
-- where a change came from (a web client's address) and the reason given.
ALTER TABLE imports ADD COLUMN address VARCHAR;
ALTER TABLE imports ADD COLUMN reason VARCHAR;

-- Those who sign in to a shared store. The password is kept as its Argon2id hash only.
CREATE TABLE accounts (
  name           VARCHAR PRIMARY KEY,
  role           VARCHAR NOT NULL,
  password_hash  VARCHAR NOT NULL,
  disabled       BOOLEAN NOT NULL,
  created_at     TIMESTAMP NOT NULL
);

-- Tokens for scripts, kept as their SHA-256 (a token is 256 random bits: no slow hash is needed).
CREATE TABLE api_tokens (
  token_hash  VARCHAR PRIMARY KEY,
  account     VARCHAR NOT NULL,
  label       VARCHAR NOT NULL,
  created_at  TIMESTAMP NOT NULL
);
