-- Trace format 1.0's indexes.sql (git show 897c527:tracer/indexes.sql), kept to build 1.0 files for test_chunks.py.
-- Built when a run ends (and by the next tracer start after a crash): inserting into an unindexed
-- table keeps the writer cheap; analysis needs these. Building them is the largest cost of a run's
-- end (a sort per index), so only what readers query: children by parent (self time, call trees),
-- a run's calls by function (statistics, percentiles; also a run's count/min/max call_id). No
-- (run_id, start_ns) index: call_ids are handed out in start order, so a call_id range is time order.
CREATE INDEX IF NOT EXISTS calls_by_parent   ON calls (parent_id, duration_ns);
CREATE INDEX IF NOT EXISTS calls_by_run_fn   ON calls (run_id, function_id, duration_ns);
CREATE INDEX IF NOT EXISTS exceptions_by_run ON exceptions (run_id, timestamp_ns);
CREATE INDEX IF NOT EXISTS exceptions_by_call ON exceptions (call_id);
