-- The SQL of ../shared/seed/example-04-performance-profiling.md, verbatim: our `events` view must answer
-- it as written. One copy for every test and benchmark that runs it (tests/seed_queries.py for Python,
-- tst_seedqueries.cpp reads this file). Each query starts at a '-- name: NAME' line.

-- name: callers    (Step 3: who calls slow_function)
  SELECT
    caller_function,
    COUNT(*) as call_count,
    SUM(duration_ms) as total_time
  FROM events
  WHERE function_name = 'slow_function'
    AND event_type = 'call'
  GROUP BY caller_function
  ORDER BY total_time DESC

-- name: compare    (Step 5: before/after averages)
  SELECT
    function_name,
    AVG(duration_ms) as avg_time
  FROM events
  WHERE function_name IN ('redundant_computation', 'cached_computation')
  GROUP BY function_name

-- name: slowest    (Find Slowest Functions)
  SELECT
    function_name,
    COUNT(*) as calls,
    AVG(duration_ms) as avg_ms,
    MAX(duration_ms) as max_ms
  FROM events
  WHERE event_type = 'call' AND duration_ms > 0
  GROUP BY function_name
  ORDER BY avg_ms DESC
  LIMIT 10

-- name: variance    (Find Functions With High Variance)
  SELECT
    function_name,
    AVG(duration_ms) as avg_ms,
    STDDEV(duration_ms) as stddev_ms,
    MAX(duration_ms) - MIN(duration_ms) as range_ms
  FROM events
  WHERE event_type = 'call' AND duration_ms > 0
  GROUP BY function_name
  HAVING COUNT(*) > 5
  ORDER BY stddev_ms DESC

-- name: self_time    (Find Nested Call Overhead)
  WITH call_tree AS (
    SELECT
      function_name,
      duration_ms,
      (SELECT SUM(duration_ms)
       FROM events e2
       WHERE e2.parent_event_id = e1.event_id) as children_time
    FROM events e1
    WHERE event_type = 'call'
  )
  SELECT
    function_name,
    AVG(duration_ms - COALESCE(children_time, 0)) as self_time_ms
  FROM call_tree
  GROUP BY function_name
  ORDER BY self_time_ms DESC

-- name: timeline    (Timeline Analysis)
  SELECT
    timestamp,
    function_name,
    duration_ms,
    SUM(duration_ms) OVER (ORDER BY timestamp) as cumulative_ms
  FROM events
  WHERE event_type = 'call'
  ORDER BY timestamp
