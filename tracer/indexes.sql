-- Run with schema.sql whenever the tracer opens a file, so they exist from the first write and are kept
-- up to date while writing (one entry per chunk or exception): a running or crashed run is indexed and
-- a run's end builds nothing. Calls have no SQL index: they are
-- stored in chunks (see schema.sql) that Breadcrumb's readers decode and index in memory; a chunk's
-- run_id and call_id range let a reader pick a run's chunks without decoding the others.
CREATE INDEX IF NOT EXISTS call_chunks_by_run ON call_chunks (run_id, min_call_id);
CREATE INDEX IF NOT EXISTS exceptions_by_run ON exceptions (run_id, timestamp_ns);
CREATE INDEX IF NOT EXISTS exceptions_by_call ON exceptions (call_id);
