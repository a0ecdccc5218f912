-- Entwine schema version 5: the observations table loses its primary key's index. DuckDB keeps such an
-- index (an ART) in memory whole: with every dataset loaded (20 million observations) it outgrew a
-- bounded memory, and replacing the UN votes (delete and insert 10.8 million rows in one transaction)
-- ran out of 4 GB. The store now keeps the rule the key kept (one value per indicator, pair and period)
-- itself, with a query over each load before it lands (DuckDbStore.refuseDuplicates), which spills to
-- disk like any query.
CREATE TABLE observations_next (
  indicator     VARCHAR NOT NULL,
  actor         VARCHAR NOT NULL,
  partner       VARCHAR NOT NULL,
  period        VARCHAR NOT NULL,
  period_start  DATE NOT NULL,
  value         DOUBLE NOT NULL,
  source        VARCHAR NOT NULL,
  import_id     BIGINT NOT NULL
);
INSERT INTO observations_next SELECT * FROM observations ORDER BY indicator, actor, partner, period;
DROP TABLE observations;
ALTER TABLE observations_next RENAME TO observations;
