-- Entwine schema version 3 (PostgreSQL): an edited record's earlier versions are kept, not lost.
CREATE TABLE record_versions (
  kind         TEXT NOT NULL,
  id           TEXT NOT NULL,
  seq          BIGINT NOT NULL,
  import_id    BIGINT NOT NULL,
  body         JSON NOT NULL,
  replaced_by  BIGINT NOT NULL
);
CREATE INDEX record_versions_record ON record_versions (kind, id);
