#pragma once
// The time a call's children cover, when their spans may overlap: a generator's span (first start to
// final return) contains the calls its consumer makes between two of its yields, a coroutine's tasks
// run side by side. Counting each child's duration would count that time twice (and give the caller a
// negative self time); the union counts it once.
//
// Spans arrive when a child finishes, so on one thread each arrival ends at or after every span seen
// before: it can only swallow or extend the latest ones. The disjoint spans are kept as a stack and an
// arrival merges with its top, amortised O(1). Past kMaxSpans the oldest half is folded into a total;
// a later span reaching back into that folded range only counts from its end (an undercount: self time
// comes out too high, never negative).
#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace breadcrumb {

class ChildCover
{
public:
    static constexpr size_t kMaxSpans = 256;

    void add(int64_t start, int64_t end)
    {
        start = std::max(start, foldedEnd_);
        if (end <= start)
            return;
        if (spans_.empty() || start > spans_.back().second) {
            spans_.emplace_back(start, end);
        } else if (end >= spans_.back().second) {
            // Swallow every span starting inside [start, end), extend the one it starts in.
            while (!spans_.empty() && spans_.back().first >= start)
                spans_.pop_back();
            if (!spans_.empty() && spans_.back().second >= start) {
                start = spans_.back().first;
                spans_.pop_back();
            }
            spans_.emplace_back(start, end);
        } else {
            insertInside(start, end); // ends before the latest span: only across threads
        }
        if (spans_.size() > kMaxSpans)
            fold(kMaxSpans / 2);
    }

    // Generator/coroutine children started and not finished: while any is open, later siblings may
    // overlap it; at zero the caller folds the union back into a plain sum (cheaper for its next calls).
    int open = 0;

    int64_t total() const
    {
        int64_t sum = foldedNs_;
        for (const auto& [start, end] : spans_)
            sum += end - start;
        return sum;
    }

private:
    void insertInside(int64_t start, int64_t end)
    {
        std::vector<std::pair<int64_t, int64_t>> merged;
        merged.reserve(spans_.size() + 1);
        bool placed = false;
        for (const auto& span : spans_) {
            if (span.second < start) {
                merged.push_back(span);
            } else if (span.first > end) {
                if (!placed)
                    merged.emplace_back(start, end);
                placed = true;
                merged.push_back(span);
            } else {
                start = std::min(start, span.first);
                end = std::max(end, span.second);
            }
        }
        if (!placed)
            merged.emplace_back(start, end);
        std::sort(merged.begin(), merged.end());
        spans_.swap(merged);
    }

    void fold(size_t count)
    {
        for (size_t i = 0; i < count; ++i)
            foldedNs_ += spans_[i].second - spans_[i].first;
        foldedEnd_ = spans_[count - 1].second;
        spans_.erase(spans_.begin(), spans_.begin() + std::ptrdiff_t(count));
    }

    std::vector<std::pair<int64_t, int64_t>> spans_; // disjoint, ascending
    int64_t foldedNs_ = 0;
    int64_t foldedEnd_ = std::numeric_limits<int64_t>::min();
};

} // namespace breadcrumb
