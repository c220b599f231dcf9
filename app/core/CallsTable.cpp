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
    kExceptionId
};

// idxNum: the access path in the low byte, range flags above it.
enum Plan
{
    kScan = 0,
    kById = 1,
    kByParent = 2,
    kByFunction = 3,
    kByThread = 4,
    kByRun = 5,
    kByIdRange = 6
};
constexpr int kHasLow = 0x100, kHasHigh = 0x200, kLowStrict = 0x400, kHighStrict = 0x800;

struct Table : sqlite3_vtab
{
    sqlite3* db = nullptr;
    sqlite3_stmt* version = nullptr; // PRAGMA main.data_version, prepared once: checked per cursor
    std::shared_ptr<const CallStore> store;
    std::int64_t dataVersion = 0;

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
        if (!store || now != dataVersion) {
            store.reset(); // free the old one before the new one is built
            store = CallStore::load(db);
            dataVersion = now;
        }
        return store;
    }
};

struct Cursor : sqlite3_vtab_cursor
{
    std::shared_ptr<const CallStore> store;
    // Either a contiguous row range [pos, end) or a list of rows (list non-empty span mode).
    bool useList = false;
    std::span<const std::uint32_t> list;
    std::size_t pos = 0, end = 0;

    std::size_t row() const { return useList ? list[pos] : pos; }
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
                                 "duration_ns INTEGER, child_ns INTEGER, exception_id INTEGER)");
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

int bestIndex(sqlite3_vtab* vtab, sqlite3_index_info* info)
{
    auto* table = static_cast<Table*>(vtab);
    // Estimates from the loaded store, else from a typical trace (the plan only needs the right order).
    double rows = 1e6, functions = 300, threads = 4, runs = 1;
    if (table->store) {
        rows = std::max<double>(1, static_cast<double>(table->store->size()));
        functions = std::max<double>(1, static_cast<double>(table->store->functionCount()));
        threads = std::max<double>(1, static_cast<double>(table->store->threadCount()));
        runs = std::max<double>(1, static_cast<double>(table->store->runCount()));
    }
    int eq[kExceptionId + 1];
    std::fill(std::begin(eq), std::end(eq), -1);
    int low = -1, high = -1;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& c = info->aConstraint[i];
        if (!c.usable)
            continue;
        if (c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.iColumn >= 0 && c.iColumn <= kExceptionId)
            eq[c.iColumn] = i;
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
    consider(kByThread, eq[kThreadId], rows / threads);
    consider(kByRun, eq[kRunId], rows / runs);
    // Every other constraint is checked again by SQLite (omit stays 0): our filters only narrow, so a value
    // of another type or affinity can never lose a row.
    int argv = 0;
    if (best.plan != kScan) {
        info->aConstraintUsage[best.constraint].argvIndex = ++argv;
        info->idxNum = best.plan;
    } else if (low >= 0 || high >= 0) {
        info->idxNum = kByIdRange;
        best.rows = rows / (low >= 0 && high >= 0 ? 8 : 3);
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
    } else {
        info->idxNum = kScan;
    }
    if (best.plan == kById)
        info->idxFlags |= SQLITE_INDEX_SCAN_UNIQUE;
    info->estimatedRows = static_cast<sqlite3_int64>(std::max(1.0, best.rows));
    info->estimatedCost = (info->idxNum == kScan ? 0 : lookup) + best.rows;
    // Every access path returns rows in ascending call_id order.
    if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn == kCallId && !info->aOrderBy[0].desc)
        info->orderByConsumed = 1;
    return SQLITE_OK;
}

int open(sqlite3_vtab*, sqlite3_vtab_cursor** out)
{
    auto cursor = std::make_unique<Cursor>();
    std::memset(static_cast<sqlite3_vtab_cursor*>(cursor.get()), 0, sizeof(sqlite3_vtab_cursor));
    *out = cursor.release();
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* cursor)
{
    delete static_cast<Cursor*>(cursor);
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
        if (!cursor->store)
            cursor->store = table->current();
    } catch (const std::exception& e) {
        cursor->store.reset();
        setError(base->pVtab, e.what());
        const auto* traceError = dynamic_cast<const TraceError*>(&e);
        if (traceError && traceError->kind() == TraceError::Kind::Corrupt)
            return SQLITE_CORRUPT;
        if (traceError && traceError->kind() == TraceError::Kind::Interrupted)
            return SQLITE_INTERRUPT;
        return SQLITE_ERROR;
    }
    const CallStore& store = *cursor->store;
    cursor->useList = false;
    cursor->list = {};
    cursor->pos = 0;
    cursor->end = 0;
    const int plan = idxNum & 0xff;
    auto useList = [&](std::span<const std::uint32_t> rows) {
        cursor->useList = true;
        cursor->list = rows;
        cursor->end = rows.size();
    };
    try {
        if (plan == kScan) {
            cursor->end = store.size();
        } else if (plan == kByIdRange) {
            std::optional<std::int64_t> lo = std::numeric_limits<std::int64_t>::min(),
                                        hi = std::numeric_limits<std::int64_t>::max();
            int arg = 0;
            if ((idxNum & kHasLow) && arg < argc)
                lo = bound(argv[arg++], true, idxNum & kLowStrict);
            if ((idxNum & kHasHigh) && arg < argc)
                hi = bound(argv[arg++], false, idxNum & kHighStrict);
            if (lo && hi) {
                const auto [first, last] = store.idRange(*lo, *hi);
                cursor->pos = first;
                cursor->end = last;
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
    ++static_cast<Cursor*>(base)->pos;
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
