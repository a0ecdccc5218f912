-- Entwine schema version 10: loads stage their rows in temporary tables of the store's connection
-- (DuckDbStore.stage), as on PostgreSQL, no longer in tables of the schema (versions 2, 4 and 6),
-- which DuckDB wrote to the file within the load's transaction only for them to be deleted (a load
-- of IMF DOTS, 1.9 million observations: 8.2 s before, 7.4 s now). The files a load read are staged
-- too, and meet the stored ones in two statements: a statement a file (JDBC's batch, which DuckDB
-- runs one by one) took 1.3 ms each, 0.4 s for a day of GDELT's exports, about 45 s for a year's
-- 35,000.
DROP TABLE event_months_incoming;
DROP TABLE observations_incoming;
DROP TABLE records_incoming;
