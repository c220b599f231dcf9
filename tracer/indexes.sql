-- Built when a run ends (and by the next tracer start after a crash): inserting into an unindexed
-- table keeps the writer cheap; analysis needs these.
CREATE INDEX IF NOT EXISTS calls_by_parent   ON calls (parent_id, duration_ns);
CREATE INDEX IF NOT EXISTS calls_by_run_fn   ON calls (run_id, function_id, duration_ns);
CREATE INDEX IF NOT EXISTS calls_by_run_time ON calls (run_id, start_ns);
CREATE INDEX IF NOT EXISTS exceptions_by_run ON exceptions (run_id, timestamp_ns);
CREATE INDEX IF NOT EXISTS exceptions_by_call ON exceptions (call_id);
