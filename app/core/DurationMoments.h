#pragma once
// The sum of squares behind a function's standard deviation, kept as an exact integer: the figure then
// does not depend on the order the calls are added in, so FunctionStats (calls in start order) and
// RunProfile (chunks as they decode, on several threads) print the same bits.

#include "TraceTypes.h"

#include <cmath>
#include <cstdint>

namespace breadcrumb {

class DurationMoments
{
public:
    // `ns` >= 0 (readers clamp durations).
    void add(Nanos ns)
    {
        const auto square = static_cast<unsigned __int128>(ns) * static_cast<std::uint64_t>(ns);
        m_overflow |= __builtin_add_overflow(m_squares, square, &m_squares);
        m_approxSquares += static_cast<long double>(ns) * static_cast<long double>(ns);
    }
    // add() for many durations in two steps: the exact sums of squares of all of them (addExact), and only
    // when that overflowed (overflowed()), the approximate ones of all of them (addApproximate).
    void addExact(const Nanos* begin, const Nanos* end)
    {
        unsigned __int128 squares = 0;
        bool overflow = false;
        for (const Nanos* d = begin; d != end; ++d)
            overflow |= __builtin_add_overflow(
                squares, static_cast<unsigned __int128>(*d) * static_cast<std::uint64_t>(*d), &squares);
        m_overflow |= overflow || __builtin_add_overflow(m_squares, squares, &m_squares);
    }
    void addApproximate(const Nanos* begin, const Nanos* end)
    {
        for (const Nanos* d = begin; d != end; ++d)
            m_approxSquares += static_cast<long double>(*d) * static_cast<long double>(*d);
    }
    bool overflowed() const { return m_overflow; }
    void merge(const DurationMoments& other)
    {
        m_overflow |= other.m_overflow || __builtin_add_overflow(m_squares, other.m_squares, &m_squares);
        m_approxSquares += other.m_approxSquares;
    }

    // Sample standard deviation of `count` durations summing to `sum` (0 below two calls). Exact up to the
    // final rounding unless the squares pass 2^128 ns² (2^24 calls of 52 days each): then close.
    double sampleStddev(std::int64_t count, Nanos sum) const
    {
        if (count < 2)
            return 0;
        const auto n = static_cast<unsigned __int128>(count);
        const auto s = static_cast<unsigned __int128>(sum);
        unsigned __int128 scaled = 0, sumSquared = 0;
        long double m2 = 0; // sum of (d - mean)^2 = squares - sum^2 / n
        if (!m_overflow && !__builtin_mul_overflow(n, m_squares, &scaled) &&
            !__builtin_mul_overflow(s, s, &sumSquared)) {
            // n * squares >= sum^2 (Cauchy-Schwarz): the difference is exact, divided once
            m2 = static_cast<long double>(scaled - sumSquared) / static_cast<long double>(count);
        } else {
            const long double mean = static_cast<long double>(sum) / static_cast<long double>(count);
            m2 = std::max(0.0L, m_approxSquares - mean * static_cast<long double>(sum));
        }
        return static_cast<double>(std::sqrt(m2 / static_cast<long double>(count - 1)));
    }

private:
    unsigned __int128 m_squares = 0;
    long double m_approxSquares = 0;
    bool m_overflow = false;
};

} // namespace breadcrumb
