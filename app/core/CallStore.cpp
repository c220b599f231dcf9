#include "CallStore.h"

#include "HugePages.h"
#include "SqliteStatement.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <string_view>
#include <type_traits>

namespace breadcrumb {

namespace {

std::uint32_t dictionaryIndex(std::vector<std::int64_t>& values, std::int64_t value)
{
    // a file has a handful of runs and threads: a linear search beats a hash map
    const auto it = std::find(values.begin(), values.end(), value);
    if (it != values.end())
        return static_cast<std::uint32_t>(it - values.begin());
    values.push_back(value);
    return static_cast<std::uint32_t>(values.size() - 1);
}

template <typename Column> void permute(Column& column, const std::vector<std::uint32_t>& order)
{
    Column sorted;
    reserveHugePages(sorted, column.size());
    for (std::uint32_t r : order)
        sorted.push_back(column[r]);
    column.swap(sorted);
}

// Rows in call_id order. Ids are unique and dense in a trace, so each row's place is its id's offset (one
// linear pass); repeated or scattered ids (a damaged or hand-made file) are sorted instead.
std::vector<std::uint32_t> callIdOrder(const std::vector<std::int64_t>& ids)
{
    const auto [lo, hi] = std::minmax_element(ids.begin(), ids.end());
    const auto span = static_cast<std::uint64_t>(*hi) - static_cast<std::uint64_t>(*lo) + 1;
    std::vector<std::uint32_t> order;
    if (span <= 2 * static_cast<std::uint64_t>(ids.size()) + 4096) {
        constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();
        std::vector<std::uint32_t> at(span, kEmpty);
        bool unique = true;
        for (std::size_t r = 0; r < ids.size() && unique; ++r) {
            std::uint32_t& slot = at[static_cast<std::uint64_t>(ids[r] - *lo)];
            unique = slot == kEmpty;
            slot = static_cast<std::uint32_t>(r);
        }
        if (unique) {
            order.reserve(ids.size());
            for (std::uint32_t r : at) {
                if (r != kEmpty)
                    order.push_back(r);
            }
            return order;
        }
    }
    order.resize(ids.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return ids[a] < ids[b]; });
    return order;
}

// The distinct values, ascending. Function ids are nearly always small and dense: a bitmap over their range
// finds them in one pass; anything else is sorted.
std::vector<std::int64_t> distinctValues(const IntColumn& values)
{
    std::vector<std::int64_t> out;
    if (values.size() == 0)
        return out;
    std::int64_t lo = values[0], hi = values[0];
    for (std::size_t r = 1; r < values.size(); ++r) {
        lo = std::min(lo, values[r]);
        hi = std::max(hi, values[r]);
    }
    const auto span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
    if (span <= values.size() + 4096) {
        std::vector<bool> seen(span);
        for (std::size_t r = 0; r < values.size(); ++r)
            seen[static_cast<std::uint64_t>(values[r]) - static_cast<std::uint64_t>(lo)] = true;
        for (std::uint64_t i = 0; i < span; ++i) {
            if (seen[i])
                out.push_back(static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + i));
        }
        return out;
    }
    out.reserve(values.size());
    for (std::size_t r = 0; r < values.size(); ++r)
        out.push_back(values[r]);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    out.shrink_to_fit();
    return out;
}

// The columns are IntColumns (32 bits while values fit) or plain vectors; one spelling for both.
void reserveColumn(IntColumn& column, std::size_t count)
{
    column.reserve(count);
}
template <typename Column> void reserveColumn(Column& column, std::size_t count)
{
    reserveHugePages(column, count);
}
void pushColumn(IntColumn& column, std::int64_t value)
{
    column.push_back(value);
}
template <typename Column> void pushColumn(Column& column, std::int64_t value)
{
    column.push_back(static_cast<typename Column::value_type>(value));
}
void setColumn(IntColumn& column, std::size_t row, std::int64_t value)
{
    column.set(row, value);
}
template <typename Column> void setColumn(Column& column, std::size_t row, std::int64_t value)
{
    column[row] = static_cast<typename Column::value_type>(value);
}
void permuteColumn(IntColumn& column, const std::vector<std::uint32_t>& order)
{
    column.permute(order);
}
template <typename Column> void permuteColumn(Column& column, const std::vector<std::uint32_t>& order)
{
    permute(column, order);
}

} // namespace

template <class F> void CallStore::forEachColumn(F&& f)
{
    using Run = std::uint32_t;
    using Thread = std::uint32_t;
    if (has(kParent))
        f(m_parentId, [](const ChunkCall& c, Run, Thread) -> std::int64_t { return c.parentId; });
    if (has(kFunction))
        f(m_functionId, [](const ChunkCall& c, Run, Thread) -> std::int64_t { return c.functionId; });
    if (has(kDepth))
        f(m_depth, [](const ChunkCall& c, Run, Thread) -> std::int64_t { return c.depth; });
    if (has(kStart))
        f(m_startNs, [](const ChunkCall& c, Run, Thread) -> std::int64_t { return c.startNs; });
    if (has(kDuration))
        f(m_durationNs, [](const ChunkCall& c, Run, Thread) -> std::int64_t { return c.durationNs; });
    if (has(kChild))
        f(m_childNs, [](const ChunkCall& c, Run, Thread) -> std::int64_t { return c.childNs; });
    if (has(kException))
        f(m_exceptionId, [](const ChunkCall& c, Run, Thread) -> std::int64_t { return c.exceptionId; });
    if (has(kRun))
        f(m_run, [](const ChunkCall&, Run run, Thread) -> std::int64_t { return run; });
    if (has(kThread))
        f(m_thread, [](const ChunkCall&, Run, Thread thread) -> std::int64_t { return thread; });
}

template <class Visit> bool CallStore::forEachChunk(sqlite3* db, Visit&& visit)
{
    SqliteStatement chunks(db, "SELECT chunk_id, run_id, thread_id, base_ns, rows FROM main.call_chunks");
    sqlite3_stmt* st = chunks.get();
    std::vector<ChunkCall> decoded;
    while (chunks.step()) {
        const std::int64_t chunkId = sqlite3_column_int64(st, 0);
        decoded.clear();
        ChunkDecoder::decode(chunks.textView(4), sqlite3_column_int64(st, 3), chunkId, decoded);
        const std::uint32_t run = dictionaryIndex(m_runIds, sqlite3_column_int64(st, 1));
        const std::uint32_t thread = dictionaryIndex(m_threadIds, sqlite3_column_int64(st, 2));
        if (!visit(run, thread, decoded))
            return false;
    }
    return true;
}

std::shared_ptr<const CallStore> CallStore::load(sqlite3* db, unsigned columns)
{
    const auto fresh = [columns] {
        std::shared_ptr<CallStore> s(new CallStore);
        s->m_columns = columns & kAllColumns;
        return s;
    };
    std::shared_ptr<CallStore> store = fresh();
    std::size_t expected = 0;
    std::optional<std::int64_t> firstId, lastId;
    {
        SqliteStatement total(
            db, "SELECT coalesce(sum(n), 0), min(min_call_id), max(max_call_id) FROM main.call_chunks");
        if (total.step()) {
            expected = static_cast<std::size_t>(std::max<std::int64_t>(0, total.int64(0)));
            if (sqlite3_column_type(total.get(), 1) == SQLITE_INTEGER &&
                sqlite3_column_type(total.get(), 2) == SQLITE_INTEGER) {
                firstId = total.int64(1);
                lastId = total.int64(2);
            }
        }
    }
    expected = static_cast<std::size_t>(
        std::min<std::int64_t>(static_cast<std::int64_t>(expected), callCapacity(db)));
    // The chunks claim dense ids (the tracer's): each call goes straight to its row, with no id column and
    // no reordering afterwards, which would need two more columns' worth of memory at its peak.
    if (firstId && expected > 0 && *lastId >= *firstId &&
        static_cast<std::uint64_t>(*lastId) - static_cast<std::uint64_t>(*firstId) == expected - 1) {
        if (store->loadPlaced(db, *firstId, expected)) {
            store->loadFunctionNames(db);
            return store;
        }
        store = fresh(); // the claims were wrong: read the chunks as they come
    }
    CallStore& s = *store;
    // big arrays filled right away: on huge pages where the kernel has them (HugePages.h)
    reserveHugePages(s.m_callId, expected);
    s.forEachColumn([expected](auto& column, auto) { reserveColumn(column, expected); });

    s.forEachChunk(db, [&s](std::uint32_t run, std::uint32_t thread, const std::vector<ChunkCall>& decoded) {
        for (const ChunkCall& c : decoded)
            s.m_callId.push_back(c.callId);
        s.forEachColumn([&](auto& column, auto value) {
            for (const ChunkCall& c : decoded)
                pushColumn(column, value(c, run, thread));
        });
        return true;
    });
    if (s.m_callId.size() > std::numeric_limits<std::uint32_t>::max())
        throw TraceError(TraceError::Kind::Corrupt, "the trace holds more calls than Breadcrumb can index");

    // Chunks hold one thread's calls in finish order; the columns are kept in call_id order.
    if (!std::is_sorted(s.m_callId.begin(), s.m_callId.end())) {
        const std::vector<std::uint32_t> order = callIdOrder(s.m_callId);
        permute(s.m_callId, order);
        s.forEachColumn([&order](auto& column, auto) { permuteColumn(column, order); });
    }
    s.m_size = s.m_callId.size();
    if (s.m_size > 0) {
        s.m_firstId = s.m_callId.front();
        // dense: the last id is the first plus the rows (sorted ids; equal ones would leave a gap)
        if (s.m_callId.back() - s.m_firstId == static_cast<std::int64_t>(s.m_size) - 1)
            s.m_callId = {};
    }
    s.loadFunctionNames(db);
    return store;
}

bool CallStore::loadPlaced(sqlite3* db, std::int64_t firstId, std::size_t count)
{
    forEachColumn([count](auto& column, auto) {
        reserveColumn(column, count);
        column.resize(count);
    });
    std::vector<bool> placed(count);
    std::size_t filled = 0;
    std::vector<std::uint32_t> offsets;

    const bool complete =
        forEachChunk(db, [&](std::uint32_t run, std::uint32_t thread, const std::vector<ChunkCall>& decoded) {
            offsets.clear();
            for (const ChunkCall& c : decoded) {
                const auto offset =
                    static_cast<std::uint64_t>(c.callId) - static_cast<std::uint64_t>(firstId);
                if (c.callId < firstId || offset >= count || placed[offset])
                    return false; // outside the claimed range, or an id repeated
                placed[offset] = true;
                offsets.push_back(static_cast<std::uint32_t>(offset));
            }
            filled += decoded.size();
            forEachColumn([&](auto& column, auto value) {
                for (std::size_t i = 0; i < decoded.size(); ++i)
                    setColumn(column, offsets[i], value(decoded[i], run, thread));
            });
            return true;
        });
    if (!complete || filled != count)
        return false;
    m_size = count;
    m_firstId = firstId;
    return true;
}

void CallStore::loadFunctionNames(sqlite3* db)
{
    std::vector<std::int64_t> ids;
    {
        SqliteStatement functions(db, "SELECT function_id, name FROM main.functions");
        sqlite3_stmt* st = functions.get();
        while (functions.step()) {
            if (sqlite3_column_type(st, 0) != SQLITE_INTEGER)
                continue; // not an id any call can name
            Name::Kind kind = Name::Text;
            std::string_view bytes;
            if (sqlite3_column_type(st, 1) == SQLITE_BLOB) {
                kind = Name::Blob;
                const auto* data = static_cast<const char*>(sqlite3_column_blob(st, 1));
                bytes =
                    std::string_view(data ? data : "", static_cast<std::size_t>(sqlite3_column_bytes(st, 1)));
            } else if (sqlite3_column_type(st, 1) == SQLITE_NULL) {
                kind = Name::Null;
            } else {
                bytes = functions.textView(1);
            }
            ids.push_back(sqlite3_column_int64(st, 0));
            m_functionNameId.push_back(m_names.intern(bytes));
            m_functionNameKind.push_back(kind);
        }
    }
    m_names.freeze();
    m_functionRow = KeyIndex(ids.size(), [&ids](std::size_t r) { return ids[r]; });

    if (!has(kFunction))
        return; // no calls to order by name
    m_functionsByName = distinctValues(m_functionId);
    std::vector<Name> names;
    names.reserve(m_functionsByName.size());
    for (std::int64_t id : m_functionsByName)
        names.push_back(functionName(id));
    std::vector<std::uint32_t> order(m_functionsByName.size());
    std::iota(order.begin(), order.end(), 0u);
    // ids are ascending, so a stable sort leaves equal names in id order
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return names[a] < names[b]; });
    std::vector<std::int64_t> sorted;
    sorted.reserve(order.size());
    for (std::uint32_t i : order)
        sorted.push_back(m_functionsByName[i]);
    m_functionsByName.swap(sorted);
}

CallStore::Name CallStore::functionName(std::int64_t functionId) const
{
    const std::int32_t at = m_functionRow.rowOf(functionId);
    if (at < 0)
        return {};
    return {m_functionNameKind[static_cast<std::size_t>(at)],
            m_functionNameKind[static_cast<std::size_t>(at)] == Name::Null
                ? std::string_view()
                : m_names.name(m_functionNameId[static_cast<std::size_t>(at)])};
}

std::span<const std::int64_t> CallStore::functionsNamed(const Name& name) const
{
    const auto [first, last] = std::equal_range(
        m_functionsByName.begin(), m_functionsByName.end(), name, [this](const auto& a, const auto& b) {
            if constexpr (std::is_same_v<std::decay_t<decltype(a)>, Name>)
                return a < functionName(b);
            else
                return functionName(a) < b;
        });
    return {first, last};
}

std::int64_t CallStore::callCapacity(sqlite3* db)
{
    // The sizes of the database file and of its write-ahead log (a running trace's calls may all be
    // there), asked of SQLite's own file handles: no SQL, nothing for a file to interfere with.
    auto bytes = [db](int op) -> std::int64_t {
        sqlite3_file* file = nullptr;
        sqlite3_int64 size = 0;
        if (sqlite3_file_control(db, "main", op, &file) != SQLITE_OK || !file || !file->pMethods ||
            file->pMethods->xFileSize(file, &size) != SQLITE_OK)
            return 0;
        return size;
    };
    return ChunkDecoder::maxCallsIn(bytes(SQLITE_FCNTL_FILE_POINTER) + bytes(SQLITE_FCNTL_JOURNAL_POINTER));
}

std::pair<std::size_t, std::size_t> CallStore::idRange(std::int64_t lo, std::int64_t hi) const
{
    if (lo > hi || m_size == 0)
        return {0, 0};
    if (m_callId.empty()) {
        const std::int64_t last = m_firstId + static_cast<std::int64_t>(m_size) - 1;
        if (hi < m_firstId || lo > last)
            return {0, 0};
        return {static_cast<std::size_t>(std::max(lo, m_firstId) - m_firstId),
                static_cast<std::size_t>(std::min(hi, last) - m_firstId) + 1};
    }
    const auto first = std::lower_bound(m_callId.begin(), m_callId.end(), lo);
    const auto last = std::upper_bound(first, m_callId.end(), hi);
    return {static_cast<std::size_t>(first - m_callId.begin()),
            static_cast<std::size_t>(last - m_callId.begin())};
}

std::span<const std::uint32_t> CallStore::childrenOf(std::int64_t parentId) const
{
    std::call_once(m_parentOnce, [this] {
        m_byParent = KeyIndex(size(), [this](std::size_t r) { return m_parentId[r]; });
    });
    return m_byParent.rowsOf(parentId);
}

std::span<const std::uint32_t> CallStore::callsOfFunction(std::int64_t functionId) const
{
    std::call_once(m_functionOnce, [this] {
        m_byFunction = KeyIndex(size(), [this](std::size_t r) { return m_functionId[r]; });
    });
    return m_byFunction.rowsOf(functionId);
}

std::span<const std::uint32_t> CallStore::callsOfRun(std::int64_t runId) const
{
    std::call_once(m_runOnce,
                   [this] { m_byRun = KeyIndex(size(), [this](std::size_t r) { return m_run[r]; }); });
    const auto it = std::find(m_runIds.begin(), m_runIds.end(), runId);
    return it == m_runIds.end() ? std::span<const std::uint32_t>() : m_byRun.rowsOf(it - m_runIds.begin());
}

std::span<const std::uint32_t> CallStore::callsOfThread(std::int64_t threadId) const
{
    std::call_once(m_threadOnce,
                   [this] { m_byThread = KeyIndex(size(), [this](std::size_t r) { return m_thread[r]; }); });
    const auto it = std::find(m_threadIds.begin(), m_threadIds.end(), threadId);
    return it == m_threadIds.end() ? std::span<const std::uint32_t>()
                                   : m_byThread.rowsOf(it - m_threadIds.begin());
}

} // namespace breadcrumb
