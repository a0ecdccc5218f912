-- Entwine schema version 3: an edited record's earlier versions are kept, not lost.
CREATE TABLE record_versions (
  kind         VARCHAR NOT NULL,
  id           VARCHAR NOT NULL,
  seq          BIGINT NOT NULL,
  import_id    BIGINT NOT NULL,
  body         JSON NOT NULL,
  replaced_by  BIGINT NOT NULL
);
