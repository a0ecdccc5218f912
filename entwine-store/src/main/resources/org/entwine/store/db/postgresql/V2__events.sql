-- Entwine schema version 2 (PostgreSQL): relation-month series from event data (GDELT, ICEWS).
-- One row per dataset, ordered pair of actors (Entwine codes) and month; figures add up as files load.
-- A load's months wait in a temporary table of its own session (PostgresStore.stage), not here.
CREATE TABLE event_months (
  dataset               TEXT NOT NULL,
  actor                 TEXT NOT NULL,
  partner               TEXT NOT NULL,
  month                 INTEGER NOT NULL,
  events                BIGINT NOT NULL,
  verbal_cooperation    BIGINT NOT NULL,
  material_cooperation  BIGINT NOT NULL,
  verbal_conflict       BIGINT NOT NULL,
  material_conflict     BIGINT NOT NULL,
  goldstein_sum         DOUBLE PRECISION NOT NULL,
  mentions              BIGINT NOT NULL,
  sources               BIGINT NOT NULL,
  articles              BIGINT NOT NULL,
  tone_sum              DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (dataset, actor, partner, month)
);

-- The event ids already counted, per dataset (a serialized Roaring bitmap), so that a file loaded
-- again, or an event a later file repeats, counts once.
CREATE TABLE event_ids (
  dataset  TEXT PRIMARY KEY,
  ids      BYTEA NOT NULL
);
