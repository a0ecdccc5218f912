-- Entwine schema version 1: the registry and ledgers.
-- Every record is kept whole, as the JSON of its domain record (the exchange format's fields),
-- under its kind and id; the views below give analysts plain columns to query.
CREATE SEQUENCE import_ids START 1;
CREATE SEQUENCE record_order START 1;

CREATE TABLE imports (
  id          BIGINT PRIMARY KEY,
  imported_at TIMESTAMP NOT NULL,
  origin      VARCHAR NOT NULL,
  entered_by  VARCHAR NOT NULL,
  records     INTEGER NOT NULL
);

CREATE TABLE records (
  kind       VARCHAR NOT NULL,
  id         VARCHAR NOT NULL,
  seq        BIGINT NOT NULL,
  import_id  BIGINT NOT NULL,
  body       JSON NOT NULL,
  PRIMARY KEY (kind, id)
);

CREATE TABLE observations (
  indicator     VARCHAR NOT NULL,
  actor         VARCHAR NOT NULL,
  partner       VARCHAR NOT NULL,
  period        VARCHAR NOT NULL,
  period_start  DATE NOT NULL,
  value         DOUBLE NOT NULL,
  source        VARCHAR NOT NULL,
  import_id     BIGINT NOT NULL,
  PRIMARY KEY (indicator, actor, partner, period)
);

CREATE VIEW actors AS
  SELECT id AS code, json_extract_string(body, '$.kind') AS kind,
         json_extract_string(body, '$.name') AS name, body
  FROM records WHERE kind = 'actor';

CREATE VIEW frameworks AS
  SELECT id, json_extract_string(body, '$.parties[0]') AS party_a,
         json_extract_string(body, '$.parties[1]') AS party_b,
         json_extract_string(body, '$.changes[0].date') AS established,
         json_extract_string(body, '$.changes[-1].level') AS latest_level,
         json_extract_string(body, '$.changes[-1].officialName') AS latest_official_name, body
  FROM records WHERE kind = 'framework';

CREATE VIEW sources AS
  SELECT id, json_extract_string(body, '$.title') AS title,
         json_extract_string(body, '$.url') AS url, body
  FROM records WHERE kind = 'source';
