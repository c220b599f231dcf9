-- Trace format 1.0's schema.sql (git show 897c527:tracer/schema.sql), kept to build 1.0 files for test_chunks.py.
-- Breadcrumb trace format v1 (see FORMAT.md). Executed by the tracer when it creates a trace file.
-- PRAGMA user_version = 100 (major * 100 + minor) is set by the creator after this script.
-- Everything here is idempotent so a second run appended to the same file re-executes it safely.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS runs (
    run_id          INTEGER PRIMARY KEY,
    command_line    TEXT,
    python_version  TEXT,
    python_executable TEXT,
    cwd             TEXT,
    hostname        TEXT,
    pid             INTEGER,
    start_ns        INTEGER NOT NULL,            -- wall clock, ns since the Unix epoch
    end_ns          INTEGER,                     -- NULL while running / after a crash
    started_at      TEXT NOT NULL,               -- ISO 8601 UTC with microseconds
    ended_at        TEXT,
    heartbeat_ns    INTEGER,                     -- last commit by the writer (crash detection)
    status          TEXT NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'completed', 'crashed')),
    exit_code       INTEGER,
    include_globs   TEXT,                        -- JSON array
    exclude_globs   TEXT,                        -- JSON array
    capture_values  INTEGER NOT NULL DEFAULT 0,
    tracer_version  TEXT
);

-- Interned once per file: a code object maps to one row, shared by every run in the file.
CREATE TABLE IF NOT EXISTS functions (
    function_id INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,                   -- qualified name: fib, Square.area, main.<locals>.inner
    module      TEXT NOT NULL,                   -- __name__ of the defining module ('__main__' for the script)
    file        TEXT NOT NULL,                   -- absolute path of the source file
    line        INTEGER NOT NULL,                -- first line of the definition
    kind        TEXT NOT NULL DEFAULT 'function' -- function | coroutine | generator | async_generator | module
                CHECK (kind IN ('function', 'coroutine', 'generator', 'async_generator', 'module')),
    UNIQUE (name, module, file, line)
);

CREATE TABLE IF NOT EXISTS threads (
    run_id     INTEGER NOT NULL,
    thread_id  INTEGER NOT NULL,                 -- threading.get_ident()
    native_id  INTEGER,
    name       TEXT,
    PRIMARY KEY (run_id, thread_id)
) WITHOUT ROWID;

-- One row per finished call. call_id is assigned when the call starts (unique in the file, increasing
-- with start order); the row is written when the call finishes, so children are written before parents.
CREATE TABLE IF NOT EXISTS calls (
    call_id      INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL,
    parent_id    INTEGER,                        -- call_id of the nearest traced caller, NULL for roots
    function_id  INTEGER NOT NULL,
    thread_id    INTEGER NOT NULL,
    depth        INTEGER NOT NULL,               -- 0 for roots
    start_ns     INTEGER NOT NULL,               -- wall clock, ns since the Unix epoch
    duration_ns  INTEGER NOT NULL,               -- inclusive; coroutines/generators: first start to final return
    child_ns     INTEGER NOT NULL DEFAULT 0,     -- sum of the direct children's duration_ns
    exception_id INTEGER                         -- the exception that escaped this call, else NULL
);

-- Every raised exception (StopIteration/GeneratorExit used for control flow are not recorded).
CREATE TABLE IF NOT EXISTS exceptions (
    exception_id INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL,
    call_id      INTEGER,                        -- the call in which it was raised
    thread_id    INTEGER NOT NULL,
    timestamp_ns INTEGER NOT NULL,
    type         TEXT NOT NULL,                  -- qualified type name, e.g. ValueError, json.JSONDecodeError
    message      TEXT,
    traceback    TEXT,
    escaped      INTEGER NOT NULL DEFAULT 0      -- 1 when it propagated out of the raising call
);

-- Opt-in (capture_values): repr of the arguments and the return value, truncated, secrets redacted.
CREATE TABLE IF NOT EXISTS call_values (
    call_id      INTEGER PRIMARY KEY,
    args         TEXT,                           -- "a=1, b='x'"
    return_value TEXT
);

-- Calls from traced code into code outside the traced scope (stdlib, site-packages), aggregated.
CREATE TABLE IF NOT EXISTS untraced_calls (
    run_id              INTEGER NOT NULL,
    caller_function_id  INTEGER NOT NULL,
    callee              TEXT NOT NULL,           -- module.qualname of the untraced callee
    calls               INTEGER NOT NULL,
    total_ns            INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, caller_function_id, callee)
) WITHOUT ROWID;

-- The seed document's SQL runs verbatim against this view.
CREATE VIEW IF NOT EXISTS events AS
SELECT
    c.call_id                                        AS event_id,
    c.parent_id                                      AS parent_event_id,
    c.run_id                                         AS run_id,
    'call'                                           AS event_type,
    f.name                                           AS function_name,
    f.module                                         AS module,
    f.file                                           AS file,
    f.line                                           AS line,
    pf.name                                          AS caller_function,
    c.thread_id                                      AS thread_id,
    c.depth                                          AS depth,
    strftime('%Y-%m-%dT%H:%M:%S', c.start_ns / 1000000000, 'unixepoch')
        || printf('.%06d', (c.start_ns / 1000) % 1000000)  AS timestamp,
    c.start_ns                                       AS start_ns,
    c.duration_ns / 1e6                              AS duration_ms,
    (c.duration_ns - c.child_ns) / 1e6               AS self_ms,
    x.type                                           AS exception_type,
    x.message                                        AS exception_message,
    v.args                                           AS args,
    v.return_value                                   AS return_value
FROM calls c
JOIN functions f ON f.function_id = c.function_id
LEFT JOIN calls p ON p.call_id = c.parent_id
LEFT JOIN functions pf ON pf.function_id = p.function_id
LEFT JOIN exceptions x ON x.exception_id = c.exception_id
LEFT JOIN call_values v ON v.call_id = c.call_id;
