#pragma once
// The SQLite virtual table module `breadcrumb_calls`: the `calls` relation of a format 1.1 trace answered
// from a CallStore instead of the JSON view over call_chunks. Same columns, same rows; equality on call_id,
// parent_id, function_id, run_id, thread_id and ranges on call_id use the store's in-memory indexes.
// A hidden function_name column (the functions table's name, interned once) serves the events view:
// function_name = ? from an index, GROUP BY / ORDER BY function_name in name order without a sort.
// The store is loaded on the first query that reads it and again after the file changed (a live trace);
// the cursors of one statement share one snapshot.

struct sqlite3;

namespace breadcrumb {

class CallsTable
{
public:
    static constexpr const char* kModule = "breadcrumb_calls";
    // Registers the module on `db`; `CREATE VIRTUAL TABLE temp.calls USING breadcrumb_calls` then shadows
    // main.calls for every unqualified `calls`.
    static void registerModule(sqlite3* db);
};

} // namespace breadcrumb
