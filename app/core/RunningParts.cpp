#include "RunningParts.h"

#include <algorithm>
#include <unordered_map>

namespace breadcrumb {

namespace {

// Sorts and merges touching or overlapping spans in place.
void normalize(std::vector<TimeSpan>& spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const TimeSpan& a, const TimeSpan& b) { return a.start < b.start; });
    std::size_t out = 0;
    for (const TimeSpan& s : spans) {
        if (s.end <= s.start)
            continue;
        if (out > 0 && s.start <= spans[out - 1].end)
            spans[out - 1].end = std::max(spans[out - 1].end, s.end);
        else
            spans[out++] = s;
    }
    spans.resize(out);
}

// The spans of `call`'s children's running time inside it, sorted and merged.
void childPieces(const RunData& run, std::uint32_t call, const RunningParts& parts,
                 const std::unordered_map<std::uint32_t, std::vector<TimeSpan>>* found,
                 std::vector<TimeSpan>& out)
{
    out.clear();
    const CallRecord& c = run.calls[call];
    for (const std::uint32_t kid : run.children(call)) {
        const CallRecord& k = run.calls[kid];
        std::span<const TimeSpan> spans;
        if (RunningParts::wasSuspended(k)) {
            if (found) {
                const auto it = found->find(kid);
                if (it != found->end())
                    spans = it->second;
            } else {
                spans = parts.of(kid);
            }
        }
        if (spans.empty() && !RunningParts::wasSuspended(k)) {
            out.push_back({std::max(c.startNs, k.startNs), std::min(c.endNs(), k.endNs())});
            continue;
        }
        for (const TimeSpan& s : spans)
            out.push_back({std::max(c.startNs, s.start), std::min(c.endNs(), s.end)});
    }
    normalize(out);
}

// The call's self time placed into the gaps between its children's running time (`pieces`, merged): each gap
// gets a share in proportion to its length, at its start. Rounded on the running sum, so the shares add up to
// the self time exactly (at most the gaps' total) and none exceeds its gap.
void placeSelf(const CallRecord& call, const std::vector<TimeSpan>& pieces, std::vector<TimeSpan>& out)
{
    out.clear();
    std::vector<TimeSpan> gaps;
    Nanos cursor = call.startNs;
    for (const TimeSpan& s : pieces) {
        if (s.start > cursor)
            gaps.push_back({cursor, s.start});
        cursor = std::max(cursor, s.end);
    }
    if (call.endNs() > cursor)
        gaps.push_back({cursor, call.endNs()});
    Nanos gapTotal = 0;
    for (const TimeSpan& g : gaps)
        gapTotal += g.length();
    const Nanos own = std::clamp<Nanos>(call.selfNs, 0, gapTotal);
    if (own <= 0)
        return;
    Nanos before = 0;
    Nanos given = 0;
    for (const TimeSpan& g : gaps) {
        before += g.length();
        const auto upTo = static_cast<Nanos>(static_cast<long double>(own) * before / gapTotal + 0.5L);
        if (upTo > given)
            out.push_back({g.start, g.start + (upTo - given)});
        given = upTo;
    }
}

} // namespace

RunningParts RunningParts::compute(const RunData& run)
{
    RunningParts parts;
    const auto& calls = run.calls;
    // Calls are in start order and a child starts no earlier than its parent (a tie goes to the parent,
    // whose id is lower), so walking backwards meets every child before its parent.
    std::unordered_map<std::uint32_t, std::vector<TimeSpan>> found;
    std::vector<TimeSpan> pieces;
    std::vector<TimeSpan> own;
    for (std::size_t i = calls.size(); i-- > 0;) {
        const CallRecord& call = calls[i];
        if (!wasSuspended(call))
            continue;
        childPieces(run, static_cast<std::uint32_t>(i), parts, &found, pieces);
        placeSelf(call, pieces, own);
        pieces.insert(pieces.end(), own.begin(), own.end());
        normalize(pieces);
        found.emplace(static_cast<std::uint32_t>(i), pieces);
    }
    parts.m_calls.reserve(found.size());
    for (const auto& entry : found)
        parts.m_calls.push_back(entry.first);
    std::sort(parts.m_calls.begin(), parts.m_calls.end());
    parts.m_offsets.reserve(parts.m_calls.size() + 1);
    parts.m_offsets.push_back(0);
    for (const std::uint32_t c : parts.m_calls) {
        const auto& spans = found[c];
        parts.m_spans.insert(parts.m_spans.end(), spans.begin(), spans.end());
        parts.m_offsets.push_back(static_cast<std::uint32_t>(parts.m_spans.size()));
    }
    return parts;
}

std::span<const TimeSpan> RunningParts::of(std::uint32_t call) const
{
    const auto it = std::lower_bound(m_calls.begin(), m_calls.end(), call);
    if (it == m_calls.end() || *it != call)
        return {};
    const auto k = static_cast<std::size_t>(it - m_calls.begin());
    return std::span<const TimeSpan>(m_spans).subspan(m_offsets[k], m_offsets[k + 1] - m_offsets[k]);
}

Nanos RunningParts::runningWithin(const RunData& run, std::uint32_t call, Nanos from, Nanos to) const
{
    const CallRecord& c = run.calls[call];
    if (!wasSuspended(c))
        return std::max<Nanos>(0, std::min(to, c.endNs()) - std::max(from, c.startNs));
    Nanos sum = 0;
    for (const TimeSpan& s : of(call))
        sum += std::max<Nanos>(0, std::min(to, s.end) - std::max(from, s.start));
    return sum;
}

} // namespace breadcrumb

namespace breadcrumb {

Nanos RunningParts::selfWithin(const RunData& run, std::uint32_t call, Nanos from, Nanos to) const
{
    std::vector<TimeSpan> pieces;
    std::vector<TimeSpan> own;
    childPieces(run, call, *this, nullptr, pieces);
    placeSelf(run.calls[call], pieces, own);
    Nanos sum = 0;
    for (const TimeSpan& s : own)
        sum += std::max<Nanos>(0, std::min(to, s.end) - std::max(from, s.start));
    return sum;
}

} // namespace breadcrumb
