-- Entwine schema version 8: the event files a dataset's series were loaded from, by name and checksum,
-- so that an update loads only what it has not loaded before; and the files a publisher's list
-- (GDELT's masterfilelist) names that are not loaded yet, so that a month whose files are not all
-- loaded reads as incomplete, not as a month of fewer events.
CREATE TABLE event_files (
  dataset    VARCHAR NOT NULL,
  name       VARCHAR NOT NULL,
  md5        VARCHAR,
  bytes      BIGINT NOT NULL,
  loaded     BOOLEAN NOT NULL,
  PRIMARY KEY (dataset, name)
);
