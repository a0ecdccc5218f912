-- Entwine schema version 4 (PostgreSQL): CAMEO families in the relation-months (see db/duckdb/V4).
-- Months loaded before this version did not count them: their families stay NULL (not counted).
-- (The staging tables DuckDB's V4 adds are, here, temporary tables of each load's session.)
ALTER TABLE event_months ADD COLUMN cameo_03 BIGINT;
ALTER TABLE event_months ADD COLUMN cameo_04 BIGINT;
ALTER TABLE event_months ADD COLUMN cameo_042 BIGINT;
ALTER TABLE event_months ADD COLUMN cameo_043 BIGINT;
ALTER TABLE event_months ADD COLUMN cameo_057 BIGINT;
ALTER TABLE event_months ADD COLUMN cameo_06 BIGINT;
ALTER TABLE event_months ADD COLUMN cameo_07 BIGINT;
