-- The rate-limit buckets are counters of the last minute: after a crash they may start full again. Unlogged, their
-- updates write no WAL, so the transaction of a write or costly read's token commits without waiting for a WAL flush
-- (docs/performance.md: the analysis table's p99). An unlogged table is emptied after a crash and not streamed to a
-- standby: a promoted standby starts every bucket full, as after a crash.
alter table rate_limit_bucket set unlogged;
