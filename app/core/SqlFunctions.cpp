// STDDEV, STDDEV_POP, VARIANCE, MEDIAN and PERCENTILE for user SQL (the seed's high-variance query uses
// STDDEV). All are aggregate and window functions; NULL and non-numeric values are ignored.

#include "TraceDatabase.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <sqlite3.h>
#include <vector>

namespace breadcrumb {

namespace {

bool numericArg(sqlite3_value* value, double& out)
{
    const int type = sqlite3_value_numeric_type(value);
    if (type != SQLITE_INTEGER && type != SQLITE_FLOAT)
        return false;
    out = sqlite3_value_double(value);
    return true;
}

// Welford's running mean/variance, with the inverse step windows need.
struct Moments
{
    std::int64_t n = 0;
    double mean = 0;
    double m2 = 0;

    void add(double x)
    {
        ++n;
        const double delta = x - mean;
        mean += delta / static_cast<double>(n);
        m2 += delta * (x - mean);
    }
    void remove(double x)
    {
        if (n <= 1) {
            *this = {};
            return;
        }
        const double oldMean = (mean * static_cast<double>(n) - x) / static_cast<double>(n - 1);
        m2 -= (x - mean) * (x - oldMean);
        mean = oldMean;
        --n;
        if (m2 < 0)
            m2 = 0;
    }
};

enum class MomentKind
{
    SampleStddev,
    PopStddev,
    SampleVariance
};

// SQLite hands every aggregate a zeroed block; we keep an owning pointer in it and free it in xFinal.
template <typename State> State* state(sqlite3_context* ctx, bool create)
{
    auto** slot = static_cast<State**>(sqlite3_aggregate_context(ctx, create ? sizeof(State*) : 0));
    if (!slot)
        return nullptr;
    if (!*slot && create)
        *slot = new State(); // owned by the aggregate context until destroyState()
    return *slot;
}

template <typename State> void destroyState(sqlite3_context* ctx)
{
    auto** slot = static_cast<State**>(sqlite3_aggregate_context(ctx, 0));
    if (slot && *slot) {
        delete *slot;
        *slot = nullptr;
    }
}

template <MomentKind K> void momentResult(sqlite3_context* ctx, const Moments* m)
{
    if (!m || m->n == 0 || (K != MomentKind::PopStddev && m->n < 2)) {
        sqlite3_result_null(ctx);
        return;
    }
    const double denominator = static_cast<double>(K == MomentKind::PopStddev ? m->n : m->n - 1);
    const double variance = m->m2 / denominator;
    sqlite3_result_double(ctx, K == MomentKind::SampleVariance ? variance : std::sqrt(variance));
}

void momentStep(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    double x;
    if (!numericArg(argv[0], x))
        return;
    if (auto* m = state<Moments>(ctx, true))
        m->add(x);
    else
        sqlite3_result_error_nomem(ctx);
}

void momentInverse(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    double x;
    if (!numericArg(argv[0], x))
        return;
    if (auto* m = state<Moments>(ctx, false))
        m->remove(x);
}

template <MomentKind K> void momentValue(sqlite3_context* ctx)
{
    momentResult<K>(ctx, state<Moments>(ctx, false));
}

template <MomentKind K> void momentFinal(sqlite3_context* ctx)
{
    momentResult<K>(ctx, state<Moments>(ctx, false));
    destroyState<Moments>(ctx);
}

// Kept values live on SQLite's heap, so the per-query memory limit and the hard heap limit count them
// (MEDIAN over an endless recursive CTE must stop like any other query).
template <typename T> struct SqliteAllocator
{
    using value_type = T;
    SqliteAllocator() = default;
    template <typename U> SqliteAllocator(const SqliteAllocator<U>&) noexcept {}
    T* allocate(std::size_t n)
    {
        if (void* p = sqlite3_malloc64(static_cast<sqlite3_uint64>(n) * sizeof(T)))
            return static_cast<T*>(p);
        throw std::bad_alloc();
    }
    void deallocate(T* p, std::size_t) noexcept { sqlite3_free(p); }
    friend bool operator==(const SqliteAllocator&, const SqliteAllocator&) { return true; }
};

using DoubleVector = std::vector<double, SqliteAllocator<double>>;

// Percentiles keep every value; the window inverse erases one (linear, but windows over percentiles are
// rare).
struct Values
{
    DoubleVector values;
    double p = -1; // PERCENTILE's p, fixed by the first row
};

double interpolate(DoubleVector& v, double p)
{
    // Linear interpolation between closest ranks, same as FunctionStats::percentile.
    const double rank = p / 100.0 * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(rank));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(lo), v.end());
    const double low = v[lo];
    if (lo + 1 >= v.size())
        return low;
    const double high = *std::min_element(v.begin() + static_cast<std::ptrdiff_t>(lo) + 1, v.end());
    return low + (rank - static_cast<double>(lo)) * (high - low);
}

void valuesStep(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    auto* s = state<Values>(ctx, true);
    if (!s) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (argc == 2) {
        double p;
        if (!numericArg(argv[1], p) || p < 0 || p > 100) {
            sqlite3_result_error(ctx, "PERCENTILE(x, p): p must be a number between 0 and 100", -1);
            return;
        }
        s->p = p;
    }
    double x;
    if (numericArg(argv[0], x)) {
        try {
            s->values.push_back(x);
        } catch (const std::bad_alloc&) {
            sqlite3_result_error_nomem(ctx);
        }
    }
}

void valuesInverse(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    double x;
    auto* s = state<Values>(ctx, false);
    if (!s || !numericArg(argv[0], x))
        return;
    if (auto it = std::find(s->values.begin(), s->values.end(), x); it != s->values.end())
        s->values.erase(it);
}

void valuesResult(sqlite3_context* ctx, Values* s, bool copy)
{
    if (!s || s->values.empty()) {
        sqlite3_result_null(ctx);
        return;
    }
    const double p = s->p < 0 ? 50.0 : s->p;
    if (copy) { // a window keeps the values in arrival order for its inverse step
        try {
            DoubleVector v = s->values;
            sqlite3_result_double(ctx, interpolate(v, p));
        } catch (const std::bad_alloc&) {
            sqlite3_result_error_nomem(ctx);
        }
    } else {
        sqlite3_result_double(ctx, interpolate(s->values, p));
    }
}

void valuesValue(sqlite3_context* ctx)
{
    valuesResult(ctx, state<Values>(ctx, false), true);
}

void valuesFinal(sqlite3_context* ctx)
{
    valuesResult(ctx, state<Values>(ctx, false), false);
    destroyState<Values>(ctx);
}

} // namespace

void registerSqlFunctions(sqlite3* db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_window_function(db, "STDDEV", 1, flags, nullptr, momentStep,
                                   momentFinal<MomentKind::SampleStddev>,
                                   momentValue<MomentKind::SampleStddev>, momentInverse, nullptr);
    sqlite3_create_window_function(db, "STDDEV_SAMP", 1, flags, nullptr, momentStep,
                                   momentFinal<MomentKind::SampleStddev>,
                                   momentValue<MomentKind::SampleStddev>, momentInverse, nullptr);
    sqlite3_create_window_function(db, "STDDEV_POP", 1, flags, nullptr, momentStep,
                                   momentFinal<MomentKind::PopStddev>, momentValue<MomentKind::PopStddev>,
                                   momentInverse, nullptr);
    sqlite3_create_window_function(db, "VARIANCE", 1, flags, nullptr, momentStep,
                                   momentFinal<MomentKind::SampleVariance>,
                                   momentValue<MomentKind::SampleVariance>, momentInverse, nullptr);
    sqlite3_create_window_function(db, "MEDIAN", 1, flags, nullptr, valuesStep, valuesFinal, valuesValue,
                                   valuesInverse, nullptr);
    sqlite3_create_window_function(db, "PERCENTILE", 2, flags, nullptr, valuesStep, valuesFinal, valuesValue,
                                   valuesInverse, nullptr);
}

} // namespace breadcrumb
