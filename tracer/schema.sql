-- Breadcrumb trace format v1 (see FORMAT.md). Executed by the tracer when it creates a trace file.
-- PRAGMA user_version = 103 (major * 100 + minor) is set by the creator after this script.
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
    tracer_version  TEXT,
    parent_run_id   INTEGER                      -- 1.2: the run of the process that started this one (NULL: none)
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

-- Calls are stored in chunks: one row per batch of finished calls of one thread, the calls packed as
-- JSON text. Writing a chunk costs a fraction of writing its calls as rows (format 1.1; 1.0 had a calls
-- table). `rows` is a JSON array with one array per call, in the order the calls finished:
--   [call_id, parent_id, function_id, depth, start_offset_ns, duration_ns, child_ns(, exception_id)]
-- parent_id is null for a root; start_ns = base_ns + start_offset_ns; exception_id is present only when
-- an exception escaped the call. call_id is assigned when a call starts (unique in the file, increasing
-- with start order), so children come before their parents and a chunk's call_ids are not contiguous.
CREATE TABLE IF NOT EXISTS call_chunks (
    chunk_id     INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL,
    thread_id    INTEGER NOT NULL,
    base_ns      INTEGER NOT NULL,               -- wall clock, ns since the Unix epoch
    n            INTEGER NOT NULL,               -- number of calls in rows
    min_call_id  INTEGER NOT NULL,
    max_call_id  INTEGER NOT NULL,
    rows         TEXT NOT NULL
);

-- One row per finished call, unpacked from call_chunks with SQLite's JSON functions so any SQLite
-- (3.38+) reads it. Breadcrumb's own readers decode the chunks natively and index them in memory.
CREATE VIEW IF NOT EXISTS calls AS
SELECT
    json_extract(j.value, '$[0]')                    AS call_id,
    k.run_id                                         AS run_id,
    json_extract(j.value, '$[1]')                    AS parent_id,
    json_extract(j.value, '$[2]')                    AS function_id,
    k.thread_id                                      AS thread_id,
    json_extract(j.value, '$[3]')                    AS depth,
    k.base_ns + json_extract(j.value, '$[4]')        AS start_ns,
    json_extract(j.value, '$[5]')                    AS duration_ns,
    json_extract(j.value, '$[6]')                    AS child_ns,
    json_extract(j.value, '$[7]')                    AS exception_id
FROM call_chunks k, json_each(k.rows) j;

-- Writing through the view stores each row as a chunk of one call: convenient for tools and tests that
-- write a few calls by hand; the tracer writes whole chunks.
CREATE TRIGGER IF NOT EXISTS calls_insert INSTEAD OF INSERT ON calls
BEGIN
    INSERT INTO call_chunks (run_id, thread_id, base_ns, n, min_call_id, max_call_id, rows)
    VALUES (NEW.run_id, NEW.thread_id, NEW.start_ns, 1, NEW.call_id, NEW.call_id,
            json_array(CASE WHEN NEW.exception_id IS NULL
                            THEN json_array(NEW.call_id, NEW.parent_id, NEW.function_id, NEW.depth, 0,
                                            NEW.duration_ns, COALESCE(NEW.child_ns, 0))
                            ELSE json_array(NEW.call_id, NEW.parent_id, NEW.function_id, NEW.depth, 0,
                                            NEW.duration_ns, COALESCE(NEW.child_ns, 0), NEW.exception_id)
                       END));
END;

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

-- 1.3: per function of a run, written by the tracer when the run ends (absent for a crashed run and
-- older files: readers then aggregate the calls). Times as FORMAT.md "Time: self, on-stack, inclusive".
CREATE TABLE IF NOT EXISTS function_summaries (
    run_id          INTEGER NOT NULL,
    function_id     INTEGER NOT NULL,
    calls           INTEGER NOT NULL,
    self_ns         INTEGER NOT NULL,                -- sum of the calls' self times
    inclusive_ns    INTEGER NOT NULL,                -- on-stack time of the outermost calls
    duration_sum_ns INTEGER NOT NULL,                -- sum of the calls' durations
    max_duration_ns INTEGER NOT NULL,
    exceptions      INTEGER NOT NULL,                -- calls an exception escaped from
    PRIMARY KEY (run_id, function_id)
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
