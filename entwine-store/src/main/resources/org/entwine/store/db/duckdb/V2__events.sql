-- Entwine schema version 2: relation-month series from event data (GDELT, ICEWS).
-- One row per dataset, ordered pair of actors (Entwine codes) and month; figures add up as files load.
CREATE TABLE event_months (
  dataset               VARCHAR NOT NULL,
  actor                 VARCHAR NOT NULL,
  partner               VARCHAR NOT NULL,
  month                 INTEGER NOT NULL,
  events                BIGINT NOT NULL,
  verbal_cooperation    BIGINT NOT NULL,
  material_cooperation  BIGINT NOT NULL,
  verbal_conflict       BIGINT NOT NULL,
  material_conflict     BIGINT NOT NULL,
  goldstein_sum         DOUBLE NOT NULL,
  mentions              BIGINT NOT NULL,
  sources               BIGINT NOT NULL,
  articles              BIGINT NOT NULL,
  tone_sum              DOUBLE NOT NULL,
  PRIMARY KEY (dataset, actor, partner, month)
);

-- The event ids already counted, per dataset (a serialized Roaring bitmap), so that a file loaded
-- again, or an event a later file repeats, counts once.
CREATE TABLE event_ids (
  dataset  VARCHAR PRIMARY KEY,
  ids      BLOB NOT NULL
);

-- Where a load's relation-months wait, inside its transaction, before they are added in one statement.
CREATE TABLE event_months_incoming AS SELECT * FROM event_months WITH NO DATA;
