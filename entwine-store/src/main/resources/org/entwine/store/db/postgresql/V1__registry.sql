-- Entwine schema version 1 (PostgreSQL): the registry and ledgers, as in db/duckdb/V1.
-- Every record is kept whole, as the JSON of its domain record (the exchange format's fields),
-- under its kind and id; the views below give analysts plain columns to query.
CREATE SEQUENCE import_ids START 1;
CREATE SEQUENCE record_order START 1;

CREATE TABLE imports (
  id          BIGINT PRIMARY KEY,
  imported_at TIMESTAMP NOT NULL,
  origin      TEXT NOT NULL,
  entered_by  TEXT NOT NULL,
  records     INTEGER NOT NULL
);

CREATE TABLE records (
  kind       TEXT NOT NULL,
  id         TEXT NOT NULL,
  seq        BIGINT NOT NULL,
  import_id  BIGINT NOT NULL,
  body       JSON NOT NULL,
  PRIMARY KEY (kind, id)
);

CREATE TABLE observations (
  indicator     TEXT NOT NULL,
  actor         TEXT NOT NULL,
  partner       TEXT NOT NULL,
  period        TEXT NOT NULL,
  period_start  DATE NOT NULL,
  value         DOUBLE PRECISION NOT NULL,
  source        TEXT NOT NULL,
  import_id     BIGINT NOT NULL,
  PRIMARY KEY (indicator, actor, partner, period)
);

-- what scoring and the partner pages ask: an actor's observations, on either side
CREATE INDEX observations_actor ON observations (actor);
CREATE INDEX observations_partner ON observations (partner);

CREATE VIEW actors AS
  SELECT id AS code, body->>'kind' AS kind, body->>'name' AS name, body
  FROM records WHERE kind = 'actor';

CREATE VIEW frameworks AS
  SELECT id, body->'parties'->>0 AS party_a, body->'parties'->>1 AS party_b,
         body->'changes'->0->>'date' AS established,
         body->'changes'->-1->>'level' AS latest_level,
         body->'changes'->-1->>'officialName' AS latest_official_name, body
  FROM records WHERE kind = 'framework';

CREATE VIEW sources AS
  SELECT id, body->>'title' AS title, body->>'url' AS url, body
  FROM records WHERE kind = 'source';
