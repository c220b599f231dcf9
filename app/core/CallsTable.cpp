#include "CallsTable.h"

#include "CallStore.h"
#include "SqliteStatement.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <sqlite3.h>
#include <string>

namespace breadcrumb {

namespace {

enum Column
{
    kCallId,
    kRunId,
    kParentId,
    kFunctionId,
    kThreadId,
    kDepth,
    kStartNs,
    kDurationNs,
    kChildNs,
    kExceptionId,
    kFunctionName // hidden: the functions table's name, for the events view
};

// The store's column (CallStore::Column bits) each of the table's columns reads.
constexpr unsigned kStoreColumn[] = {0,
                                     CallStore::kRun,
                                     CallStore::kParent,
                                     CallStore::kFunction,
                                     CallStore::kThread,
                                     CallStore::kDepth,
                                     CallStore::kStart,
                                     CallStore::kDuration,
                                     CallStore::kChild,
                                     CallStore::kException,
                                     CallStore::kFunction};
constexpr int kColumnCount = static_cast<int>(std::size(kStoreColumn));

// The store columns a scan reads: SQLite names every column the statement uses of this table instance
// (sqlite3_index_info::colUsed; its top bit stands for the 64th column and above).
unsigned storeColumns(sqlite3_uint64 used)
{
    unsigned columns = 0;
    for (int i = 0; i < kColumnCount; ++i) {
        if (used & (sqlite3_uint64(1) << i))
            columns |= kStoreColumn[i];
    }
    return used >> 63 ? CallStore::kAllColumns : columns;
}

// idxNum: the access path in the low byte, range flags above it.
enum Plan
{
    kScan = 0,
    kById = 1,
    kByParent = 2,
    kByFunction = 3,
    kByThread = 4,
    kByRun = 5,
    kByIdRange = 6,
    kByName = 7,  // function_name = ?: the calls of the functions of that name
    kNameScan = 8 // every call in function_name order, optionally filtered by run, thread and call_id range
};
constexpr int kHasLow = 0x100, kHasHigh = 0x200, kLowStrict = 0x400, kHighStrict = 0x800;
// The rows come in function_name order (descending with kNameDesc); kNameScan's filters on run and thread.
constexpr int kNameOrder = 0x1000, kNameDesc = 0x2000, kRunFilter = 0x4000, kThreadFilter = 0x8000;

struct Table : sqlite3_vtab
{
    sqlite3* db = nullptr;
    sqlite3_stmt* version = nullptr; // PRAGMA main.data_version, prepared once: checked per cursor
    std::shared_ptr<const CallStore> store;
    std::int64_t dataVersion = 0;
    // The store columns any statement prepared on this table has used (xBestIndex): a store keeps only
    // these, and is loaded again with more when a new statement needs them.
    unsigned wanted = 0;
    // Cursors that read `store` and are still open. While one is, its statement is running and holds main's
    // read transaction, so the file cannot have changed: a cursor opened meanwhile (the seed's correlated
    // self-time subquery opens one per call) shares the snapshot without asking SQLite again.
    int readers = 0;

    ~Table() { sqlite3_finalize(version); }

    // The store of the current snapshot: loaded on first use, reloaded when another connection committed.
    // PRAGMA data_version also opens main's read transaction, which a statement that reads only temp.calls
    // would not (SQLITE_FCNTL_DATA_VERSION alone then misses a writer's commits).
    std::shared_ptr<const CallStore> current()
    {
        if (!version && sqlite3_prepare_v3(db, "PRAGMA main.data_version", -1, SQLITE_PREPARE_PERSISTENT,
                                           &version, nullptr) != SQLITE_OK)
            throwSqliteError(db, sqlite3_errcode(db), {});
        const int rc = sqlite3_step(version);
        const std::int64_t now = rc == SQLITE_ROW ? sqlite3_column_int64(version, 0) : -1;
        sqlite3_reset(version);
        if (rc != SQLITE_ROW)
            throwSqliteError(db, rc, {});
        if (!store || now != dataVersion || !store->has(wanted)) {
            store.reset(); // free the old one before the new one is built (cursors may still hold it)
            store = CallStore::load(db, wanted);
            dataVersion = now;
        }
        return store;
    }
};

struct Cursor : sqlite3_vtab_cursor
{
    // The store this cursor's statement reads (one snapshot of the file).
    std::shared_ptr<const CallStore> store;
    enum class Mode
    {
        Range,  // rows [pos, end)
        List,   // list[pos] for pos in [pos, end)
        Groups, // the calls of each function of `groups` in turn (name order), filtered
    } mode = Mode::Range;
    std::span<const std::uint32_t> list;
    std::vector<std::uint32_t> owned; // a list re-ordered by name
    std::size_t pos = 0, end = 0;

    std::span<const std::int64_t> groups;
    std::size_t nextGroup = 0;
    bool descending = false;
    CallStore::Name groupName;
    std::optional<std::int64_t> run, thread;
    std::int64_t lowId = std::numeric_limits<std::int64_t>::min(),
                 highId = std::numeric_limits<std::int64_t>::max();

    std::size_t row() const { return mode == Mode::Range ? pos : list[pos]; }

    bool accepts(std::size_t r) const
    {
        if (run && store->runId(r) != *run)
            return false;
        if (thread && store->threadId(r) != *thread)
            return false;
        const std::int64_t id = store->callId(r);
        return id >= lowId && id <= highId;
    }

    static constexpr std::size_t kAhead = 8; // rows prefetched ahead in Groups mode
    // Groups mode: moves to the first accepted row at or after pos, across groups; end = 0 when none is left.
    void settle()
    {
        for (;;) {
            for (; pos < list.size(); ++pos) {
                if (pos + kAhead < list.size())
                    store->prefetch(list[pos + kAhead]);
                if (accepts(list[pos])) {
                    end = list.size();
                    return;
                }
            }
            if (nextGroup >= groups.size()) {
                end = 0;
                return;
            }
            const std::int64_t function = groups[descending ? groups.size() - 1 - nextGroup : nextGroup];
            ++nextGroup;
            list = store->callsOfFunction(function);
            groupName = store->functionName(function);
            pos = 0;
        }
    }
};

int setError(sqlite3_vtab* vtab, const std::string& message)
{
    sqlite3_free(vtab->zErrMsg);
    vtab->zErrMsg = sqlite3_mprintf("%s", message.c_str());
    return SQLITE_ERROR;
}

int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** out, char** error)
{
    const int rc =
        sqlite3_declare_vtab(db, "CREATE TABLE x(call_id INTEGER, run_id INTEGER, parent_id INTEGER, "
                                 "function_id INTEGER, thread_id INTEGER, depth INTEGER, start_ns INTEGER, "
                                 "duration_ns INTEGER, child_ns INTEGER, exception_id INTEGER, "
                                 "function_name TEXT HIDDEN)");
    if (rc != SQLITE_OK) {
        *error = sqlite3_mprintf("%s", sqlite3_errmsg(db));
        return rc;
    }
    auto table = std::make_unique<Table>();
    std::memset(static_cast<sqlite3_vtab*>(table.get()), 0, sizeof(sqlite3_vtab));
    table->db = db;
    *out = table.release();
    return SQLITE_OK;
}

int create(sqlite3* db, void* aux, int argc, const char* const* argv, sqlite3_vtab** out, char** error)
{
    return connect(db, aux, argc, argv, out, error);
}

int disconnect(sqlite3_vtab* vtab)
{
    delete static_cast<Table*>(vtab);
    return SQLITE_OK;
}

// Whether constraint i compares with the BINARY collation, the only one the name order and lookup follow.
bool binaryCollation(sqlite3_index_info* info, int i)
{
    const char* collation = sqlite3_vtab_collation(info, i);
    return !collation || sqlite3_stricmp(collation, "BINARY") == 0;
}

int bestIndex(sqlite3_vtab* vtab, sqlite3_index_info* info)
{
    auto* table = static_cast<Table*>(vtab);
    table->wanted |= storeColumns(info->colUsed);
    // Estimates from the loaded store, else from a typical trace (the plan only needs the right order).
    double rows = 1e6, functions = 300, threads = 4, runs = 1;
    if (table->store) {
        rows = std::max<double>(1, static_cast<double>(table->store->size()));
        functions = std::max<double>(1, static_cast<double>(table->store->functionCount()));
        threads = std::max<double>(1, static_cast<double>(table->store->threadCount()));
        runs = std::max<double>(1, static_cast<double>(table->store->runCount()));
    }
    int eq[kFunctionName + 1];
    std::fill(std::begin(eq), std::end(eq), -1);
    int low = -1, high = -1;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& c = info->aConstraint[i];
        if (!c.usable)
            continue;
        if (c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.iColumn >= 0 && c.iColumn < kFunctionName)
            eq[c.iColumn] = i;
        else if (c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.iColumn == kFunctionName && binaryCollation(info, i))
            eq[kFunctionName] = i;
        else if (c.iColumn == kCallId &&
                 (c.op == SQLITE_INDEX_CONSTRAINT_GT || c.op == SQLITE_INDEX_CONSTRAINT_GE))
            low = i;
        else if (c.iColumn == kCallId &&
                 (c.op == SQLITE_INDEX_CONSTRAINT_LT || c.op == SQLITE_INDEX_CONSTRAINT_LE))
            high = i;
    }
    const double lookup = std::log2(rows) + 1; // a binary search
    struct Choice
    {
        Plan plan;
        int constraint;
        double rows;
    };
    Choice best{kScan, -1, rows};
    auto consider = [&](Plan plan, int constraint, double estimate) {
        if (constraint >= 0 && estimate < best.rows)
            best = {plan, constraint, estimate};
    };
    consider(kById, eq[kCallId], 1);
    consider(kByParent, eq[kParentId], 3);
    consider(kByFunction, eq[kFunctionId], rows / functions);
    consider(kByName, eq[kFunctionName], rows / functions);
    consider(kByThread, eq[kThreadId], rows / threads);
    consider(kByRun, eq[kRunId], rows / runs);
    // GROUP BY / ORDER BY function_name (the seed's per-function queries): served in name order, no sort.
    const bool byName = info->nOrderBy == 1 && info->aOrderBy[0].iColumn == kFunctionName;
    const int nameDesc = byName && info->aOrderBy[0].desc ? kNameDesc : 0;
    // Every other constraint is checked again by SQLite (omit stays 0): our filters only narrow, so a value
    // of another type or affinity can never lose a row.
    int argv = 0;
    auto useRange = [&] {
        if (low >= 0) {
            info->aConstraintUsage[low].argvIndex = ++argv;
            info->idxNum |=
                kHasLow | (info->aConstraint[low].op == SQLITE_INDEX_CONSTRAINT_GT ? kLowStrict : 0);
        }
        if (high >= 0) {
            info->aConstraintUsage[high].argvIndex = ++argv;
            info->idxNum |=
                kHasHigh | (info->aConstraint[high].op == SQLITE_INDEX_CONSTRAINT_LT ? kHighStrict : 0);
        }
    };
    const bool inherentlyByName = best.plan == kById || best.plan == kByName || best.plan == kByFunction;
    if (byName && !inherentlyByName && best.plan != kByParent) {
        // every call by name, the run, thread and call_id constraints checked as the rows pass
        info->idxNum = kNameScan | kNameOrder | nameDesc;
        best.rows = rows;
        if (eq[kRunId] >= 0) {
            info->aConstraintUsage[eq[kRunId]].argvIndex = ++argv;
            info->idxNum |= kRunFilter;
            best.rows /= runs;
        }
        if (eq[kThreadId] >= 0) {
            info->aConstraintUsage[eq[kThreadId]].argvIndex = ++argv;
            info->idxNum |= kThreadFilter;
            best.rows /= threads;
        }
        useRange();
        info->estimatedRows = static_cast<sqlite3_int64>(std::max(1.0, best.rows));
        info->estimatedCost = rows + 1;
        info->orderByConsumed = 1;
        return SQLITE_OK;
    }
    if (best.plan != kScan) {
        info->aConstraintUsage[best.constraint].argvIndex = ++argv;
        // parent_id = ? returns exactly the rows SQLite's own test keeps: exactInteger takes a value as
        // the INTEGER column's comparison does (numeric affinity: '5' and 5.0 match 5; 5.5, 'x', a blob and
        // NULL match nothing), and the index holds each call under its parent id. So SQLite need not
        // test it again: the seed's self-time subquery runs it for every call of the run, and the test
        // read every child's parent_id once more (10 M calls: a tenth of the query).
        if (best.plan == kByParent)
            info->aConstraintUsage[best.constraint].omit = 1;
        info->idxNum = best.plan;
    } else if (low >= 0 || high >= 0) {
        info->idxNum = kByIdRange;
        best.rows = rows / (low >= 0 && high >= 0 ? 8 : 3);
        useRange();
    } else {
        info->idxNum = kScan;
    }
    if (best.plan == kById)
        info->idxFlags |= SQLITE_INDEX_SCAN_UNIQUE;
    info->estimatedRows = static_cast<sqlite3_int64>(std::max(1.0, best.rows));
    info->estimatedCost = (info->idxNum == kScan ? 0 : lookup) + best.rows;
    if (byName) {
        // one row, one name or one function: in name order as they come; a call's children are sorted
        info->idxNum |= kNameOrder | nameDesc;
        info->orderByConsumed = 1;
    } else if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn == kCallId && !info->aOrderBy[0].desc &&
               best.plan != kByName) {
        // every other access path returns rows in ascending call_id order
        info->orderByConsumed = 1;
    }
    return SQLITE_OK;
}

int open(sqlite3_vtab*, sqlite3_vtab_cursor** out)
{
    auto cursor = std::make_unique<Cursor>();
    std::memset(static_cast<sqlite3_vtab_cursor*>(cursor.get()), 0, sizeof(sqlite3_vtab_cursor));
    *out = cursor.release();
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* base)
{
    auto* cursor = static_cast<Cursor*>(base);
    if (cursor->store)
        --static_cast<Table*>(base->pVtab)->readers;
    delete cursor;
    return SQLITE_OK;
}

// The integer an equality constraint can match, or nothing (NULL, 2.5, 'abc' match no integer column value).
std::optional<std::int64_t> exactInteger(sqlite3_value* value)
{
    switch (sqlite3_value_numeric_type(value)) {
    case SQLITE_INTEGER:
        return sqlite3_value_int64(value);
    case SQLITE_FLOAT: {
        const double d = sqlite3_value_double(value);
        if (std::floor(d) == d && d >= -9.2e18 && d <= 9.2e18)
            return static_cast<std::int64_t>(d);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

// A bound for call_id from a range constraint; nullopt = no row can match (NULL); no bound when the value
// does not restrict an integer column numerically (a text that is no number).
std::optional<std::int64_t> bound(sqlite3_value* value, bool low, bool strict)
{
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min(),
                           kMax = std::numeric_limits<std::int64_t>::max();
    switch (sqlite3_value_numeric_type(value)) {
    case SQLITE_NULL:
        return std::nullopt;
    case SQLITE_INTEGER: {
        const std::int64_t v = sqlite3_value_int64(value);
        if (!strict)
            return v;
        if (low)
            return v == kMax ? std::nullopt : std::optional<std::int64_t>(v + 1);
        return v == kMin ? std::nullopt : std::optional<std::int64_t>(v - 1);
    }
    case SQLITE_FLOAT: {
        const double d = sqlite3_value_double(value);
        if (std::isnan(d))
            return std::nullopt;
        if (d >= 9.2e18)
            return low ? std::nullopt : std::optional<std::int64_t>(kMax);
        if (d <= -9.2e18)
            return low ? std::optional<std::int64_t>(kMin) : std::nullopt;
        // superset: SQLite checks the constraint again
        return low ? static_cast<std::int64_t>(std::floor(d)) : static_cast<std::int64_t>(std::ceil(d));
    }
    default:
        return low ? kMin : kMax; // text/blob: no numeric bound, SQLite's own check decides
    }
}

int filter(sqlite3_vtab_cursor* base, int idxNum, const char*, int argc, sqlite3_value** argv)
{
    auto* cursor = static_cast<Cursor*>(base);
    auto* table = static_cast<Table*>(base->pVtab);
    try {
        // once per cursor: a cursor lives for one run of its statement, one snapshot of the file
        if (!cursor->store) {
            cursor->store =
                table->readers > 0 && table->store->has(table->wanted) ? table->store : table->current();
            ++table->readers;
        }
    } catch (const std::exception& e) {
        setError(base->pVtab, e.what());
        const auto* traceError = dynamic_cast<const TraceError*>(&e);
        if (traceError && traceError->kind() == TraceError::Kind::Corrupt)
            return SQLITE_CORRUPT;
        if (traceError && traceError->kind() == TraceError::Kind::Interrupted)
            return SQLITE_INTERRUPT;
        return SQLITE_ERROR;
    }
    const CallStore& store = *cursor->store;
    cursor->mode = Cursor::Mode::Range;
    cursor->groups = {};
    cursor->nextGroup = 0;
    cursor->groupName = {};
    cursor->run.reset();
    cursor->thread.reset();
    cursor->lowId = std::numeric_limits<std::int64_t>::min();
    cursor->highId = std::numeric_limits<std::int64_t>::max();
    cursor->list = {};
    cursor->owned.clear();
    cursor->pos = 0;
    cursor->end = 0;
    const int plan = idxNum & 0xff;
    auto useList = [&](std::span<const std::uint32_t> rows) {
        cursor->mode = Cursor::Mode::List;
        cursor->list = rows;
        cursor->end = rows.size();
    };
    auto useGroups = [&](std::span<const std::int64_t> functions) {
        cursor->mode = Cursor::Mode::Groups;
        cursor->groups = functions;
        cursor->descending = idxNum & kNameDesc;
        cursor->settle();
    };
    int arg = 0;
    // call_id bounds of a range plan; false when no row can match
    auto readRange = [&]() -> bool {
        std::optional<std::int64_t> lo = std::numeric_limits<std::int64_t>::min(),
                                    hi = std::numeric_limits<std::int64_t>::max();
        if ((idxNum & kHasLow) && arg < argc)
            lo = bound(argv[arg++], true, idxNum & kLowStrict);
        if ((idxNum & kHasHigh) && arg < argc)
            hi = bound(argv[arg++], false, idxNum & kHighStrict);
        if (!lo || !hi)
            return false;
        cursor->lowId = *lo;
        cursor->highId = *hi;
        return true;
    };
    try {
        if (plan == kScan) {
            cursor->end = store.size();
        } else if (plan == kByIdRange) {
            if (readRange()) {
                const auto [first, last] = store.idRange(cursor->lowId, cursor->highId);
                cursor->pos = first;
                cursor->end = last;
            }
        } else if (plan == kNameScan) {
            for (const int filter : {kRunFilter, kThreadFilter}) {
                if (!(idxNum & filter))
                    continue;
                const auto key = arg < argc ? exactInteger(argv[arg++]) : std::nullopt;
                if (!key)
                    return SQLITE_OK; // NULL or a fraction: no integer column equals it
                (filter == kRunFilter ? cursor->run : cursor->thread) = *key;
            }
            if (readRange())
                useGroups(store.functionsByName());
        } else if (plan == kByName && argc >= 1) {
            switch (sqlite3_value_type(argv[0])) {
            case SQLITE_NULL:
                break;
            case SQLITE_TEXT:
                useGroups(store.functionsNamed(
                    {CallStore::Name::Text,
                     std::string_view(reinterpret_cast<const char*>(sqlite3_value_text(argv[0])),
                                      static_cast<std::size_t>(sqlite3_value_bytes(argv[0])))}));
                break;
            case SQLITE_BLOB: {
                const auto* data = static_cast<const char*>(sqlite3_value_blob(argv[0]));
                useGroups(store.functionsNamed(
                    {CallStore::Name::Blob,
                     std::string_view(data ? data : "",
                                      static_cast<std::size_t>(sqlite3_value_bytes(argv[0])))}));
                break;
            }
            default:
                // a number compares as text after the column's affinity: every name, SQLite decides
                useGroups(store.functionsByName());
                break;
            }
        } else if (argc >= 1) {
            const auto key = exactInteger(argv[0]);
            if (!key)
                return SQLITE_OK;
            switch (plan) {
            case kById: {
                const auto [first, last] = store.idRange(*key, *key);
                cursor->pos = first;
                cursor->end = last;
                break;
            }
            case kByParent:
                useList(store.childrenOf(*key));
                if ((idxNum & kNameOrder) && cursor->list.size() > 1) {
                    cursor->owned.assign(cursor->list.begin(), cursor->list.end());
                    const bool desc = idxNum & kNameDesc;
                    std::stable_sort(cursor->owned.begin(), cursor->owned.end(),
                                     [&store, desc](std::uint32_t a, std::uint32_t b) {
                                         return desc ? store.name(b) < store.name(a)
                                                     : store.name(a) < store.name(b);
                                     });
                    cursor->list = cursor->owned;
                }
                break;
            case kByFunction:
                useList(store.callsOfFunction(*key));
                break;
            case kByThread:
                useList(store.callsOfThread(*key));
                break;
            case kByRun:
                useList(store.callsOfRun(*key));
                break;
            default:
                break;
            }
        }
    } catch (const std::exception& e) {
        return setError(base->pVtab, e.what());
    }
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* base)
{
    auto* cursor = static_cast<Cursor*>(base);
    ++cursor->pos;
    if (cursor->mode == Cursor::Mode::Groups)
        cursor->settle();
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* base)
{
    const auto* cursor = static_cast<Cursor*>(base);
    return cursor->pos >= cursor->end;
}

int column(sqlite3_vtab_cursor* base, sqlite3_context* context, int column)
{
    const auto* cursor = static_cast<Cursor*>(base);
    const CallStore& s = *cursor->store;
    if (column >= 0 && column < kColumnCount && !s.has(kStoreColumn[column])) {
        // cannot happen: SQLite names every column a statement reads before it runs (colUsed)
        setError(base->pVtab, "internal error: a column of calls was not loaded");
        return SQLITE_ERROR;
    }
    const std::size_t r = cursor->row();
    std::int64_t value = 0;
    switch (column) {
    case kCallId:
        value = s.callId(r);
        break;
    case kRunId:
        value = s.runId(r);
        break;
    case kParentId:
        value = s.parentId(r);
        break;
    case kFunctionId:
        value = s.functionId(r);
        break;
    case kThreadId:
        value = s.threadId(r);
        break;
    case kDepth:
        value = s.depth(r);
        break;
    case kStartNs:
        value = s.startNs(r);
        break;
    case kDurationNs:
        value = s.durationNs(r);
        break;
    case kChildNs:
        value = s.childNs(r);
        break;
    case kExceptionId:
        value = s.exceptionId(r);
        break;
    case kFunctionName: {
        const CallStore::Name name = cursor->mode == Cursor::Mode::Groups ? cursor->groupName : s.name(r);
        // The store outlives every statement that reads it (Table::readers): no copy
        if (name.kind == CallStore::Name::Text)
            sqlite3_result_text(context, name.bytes.data(), static_cast<int>(name.bytes.size()),
                                SQLITE_STATIC);
        else if (name.kind == CallStore::Name::Blob)
            sqlite3_result_blob(context, name.bytes.data(), static_cast<int>(name.bytes.size()),
                                SQLITE_STATIC);
        else
            sqlite3_result_null(context);
        return SQLITE_OK;
    }
    default:
        sqlite3_result_null(context);
        return SQLITE_OK;
    }
    if ((column == kParentId || column == kExceptionId) && value == CallStore::kNull)
        sqlite3_result_null(context);
    else
        sqlite3_result_int64(context, value);
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* base, sqlite3_int64* out)
{
    const auto* cursor = static_cast<Cursor*>(base);
    *out = static_cast<sqlite3_int64>(cursor->row());
    return SQLITE_OK;
}

const sqlite3_module kModuleMethods = {
    /* iVersion */ 0,
    /* xCreate */ &create,
    /* xConnect */ &connect,
    /* xBestIndex */ &bestIndex,
    /* xDisconnect */ &disconnect,
    /* xDestroy */ &disconnect,
    /* xOpen */ &open,
    /* xClose */ &close,
    /* xFilter */ &filter,
    /* xNext */ &next,
    /* xEof */ &eof,
    /* xColumn */ &column,
    /* xRowid */ &rowid,
    /* xUpdate */ nullptr,
    /* xBegin */ nullptr,
    /* xSync */ nullptr,
    /* xCommit */ nullptr,
    /* xRollback */ nullptr,
    /* xFindFunction */ nullptr,
    /* xRename */ nullptr,
    /* xSavepoint */ nullptr,
    /* xRelease */ nullptr,
    /* xRollbackTo */ nullptr,
    /* xShadowName */ nullptr,
};

} // namespace

void CallsTable::registerModule(sqlite3* db)
{
    sqlite3_create_module_v2(db, kModule, &kModuleMethods, nullptr, nullptr);
}

} // namespace breadcrumb
