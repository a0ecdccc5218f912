-- Entwine schema version 6: records land through a staging table. DuckDB's appender, given a row
-- whose key is already stored, drops the whole append without an error and the transaction commits
-- without it (duckdb_jdbc 2.0.0.1, seen in the store's contract test); an INSERT … SELECT from the
-- staging table raises the key's error, and the batch is refused whole.
CREATE TABLE records_incoming AS SELECT * FROM records WITH NO DATA;
