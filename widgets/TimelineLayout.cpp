#include "TimelineLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace breadcrumb {

namespace {

constexpr double kMinBarPx = 1.0; // narrower calls merge into blocks

// The calls (sorted by start) that may show in [from, to], up to the last starting before `to`. Siblings
// usually follow each other, so the slice reaches back only over calls still running at `from`; calls
// that run side by side (`overlap`) can hide a long one further back: then the slice starts at the first.
std::pair<std::size_t, std::size_t> visibleSlice(const RunData& run, std::span<const std::uint32_t> calls,
                                                 Nanos from, Nanos to, bool overlap)
{
    const auto startOf = [&](std::uint32_t c) { return run.calls[c].startNs; };
    const auto end = std::upper_bound(calls.begin(), calls.end(), to,
                                      [&](Nanos t, std::uint32_t c) { return t < startOf(c); });
    if (overlap)
        return {0, static_cast<std::size_t>(end - calls.begin())};
    auto begin =
        std::upper_bound(calls.begin(), end, from, [&](Nanos t, std::uint32_t c) { return t < startOf(c); });
    while (begin != calls.begin() && run.calls[*(begin - 1)].endNs() >= from)
        --begin;
    return {static_cast<std::size_t>(begin - calls.begin()), static_cast<std::size_t>(end - calls.begin())};
}

constexpr Nanos kBreaks = std::numeric_limits<Nanos>::max();

// What SiblingBreaks keeps of a call: the longer of its duration and its gap since the sibling before it
// ended, when both lie on one row; a call on another row than that sibling (siblings running side by side)
// always breaks a block, as does a first sibling.
Nanos breakStrength(const CallRecord& call, std::uint32_t row, Nanos previousEnd, std::uint32_t previousRow)
{
    return row == previousRow ? std::max(call.durationNs, call.startNs - previousEnd) : kBreaks;
}

} // namespace

void TimelineLayout::setRun(std::shared_ptr<const RunData> run)
{
    m_run = std::move(run);
    m_laidOut = true; // until there is a run to lay out
    m_lanes.clear();
    m_laneOfThread.clear();
    m_rows.clear();
    m_kidsOverlap.clear();
    m_childBreaks.clear();
    m_running = RunningParts();
    m_contentHeight = 0;
    m_origin = 0;
    m_totalSpan = 1;
    if (!m_run)
        return;
    const RunData& data = *m_run;
    m_origin = data.run.startNs;
    if (!data.calls.empty())
        m_origin = std::min(m_origin, data.calls.front().startNs);
    m_totalSpan = std::max<Nanos>(kMinSpanNs, data.lastEndNs() - m_origin);
    m_laidOut = false;
}

bool TimelineLayout::layOutNow(const std::stop_token& stop) const
{
    return m_laidOut || buildLanes(stop);
}

bool TimelineLayout::buildLanes(const std::stop_token& stop) const
{
    m_laidOut = true;
    const RunData& data = *m_run;
    const auto abandon = [this] {
        m_laidOut = false;
        m_rows = {};
        m_kidsOverlap = {};
        m_childBreaks.clear();
        return false;
    };
    if (stop.stop_requested())
        return abandon();

    std::vector<Lane> lanes(data.threads.size());
    for (std::size_t t = 0; t < lanes.size(); ++t)
        lanes[t].thread = static_cast<std::uint32_t>(t);
    const auto roots = data.roots();
    for (std::size_t k = 0; k < roots.size(); ++k) {
        if (const std::uint32_t thread = data.calls.thread(roots[k]); thread < lanes.size())
            lanes[thread].roots.push_back(roots[k]);
        if ((k & 0xffff) == 0xffff && stop.stop_requested())
            return abandon();
    }
    // Depth-first in start order: nested and sequential calls land one row below their caller (their depth);
    // calls running side by side go further down instead of covering each other.
    // Each a pass over hundreds of MB at 50 M calls (their pages are touched first here): the stop is looked
    // at after each.
    m_rows.assign(data.calls.size(), 0);
    if (stop.stop_requested())
        return abandon();
    m_kidsOverlap.assign(data.calls.size(), 0);
    if (stop.stop_requested())
        return abandon();
    m_childBreaks.assign(data.childSlots());
    if (stop.stop_requested())
        return abandon();
    constexpr std::uint32_t kNoParent = UINT32_MAX;
    struct Pending
    {
        std::uint32_t call;
        std::uint32_t parent; // kNoParent for roots
        std::int64_t parentRow;
        std::size_t slot; // where the call is among its parent's children: RunData::childSlot()
    };
    std::vector<Pending> stack;
    // The calls from the lane's root down to the one visited, each with the latest end of its children so
    // far and its last child visited: whether a call's children run side by side, and each child's break
    // strength, are known by the time its subtree is walked, with no second pass over every call's children
    // (that pass read each call again from far away in memory: most of this layout's 0.6 s at 10 M calls).
    struct OnPath
    {
        std::uint32_t call;
        Nanos reach = std::numeric_limits<Nanos>::min();
        Nanos lastKidEnd = 0;
        std::uint32_t lastKidRow = UINT32_MAX;
    };
    std::vector<OnPath> path;
    std::size_t visited = 0;
    for (Lane& lane : lanes) {
        lane.rootBreaks.assign(lane.roots.size());
        Nanos rootsReach = std::numeric_limits<Nanos>::min();
        for (const std::uint32_t root : lane.roots) {
            lane.rootsOverlap = lane.rootsOverlap || data.calls.startNs(root) < rootsReach;
            rootsReach = std::max(rootsReach, data.calls[root].endNs());
        }
        std::vector<Nanos> rowEnd; // latest end placed in each row
        stack.clear();
        for (auto it = lane.roots.rbegin(); it != lane.roots.rend(); ++it)
            stack.push_back({*it, kNoParent, -1, 0});
        while (!stack.empty()) {
            const auto [index, parent, parentRow, slot] = stack.back();
            stack.pop_back();
            const CallRecord& call = data.calls[index];
            auto row = static_cast<std::size_t>(parentRow + 1);
            while (row < rowEnd.size() && rowEnd[row] > call.startNs)
                ++row;
            if (row >= rowEnd.size())
                rowEnd.resize(row + 1, std::numeric_limits<Nanos>::min());
            rowEnd[row] = std::max(rowEnd[row], call.endNs());
            m_rows[index] = static_cast<std::uint32_t>(row);
            // Depth first in start order: the parent is on the path, below its finished earlier children.
            if (parent == kNoParent) {
                path.clear();
            } else {
                while (path.back().call != parent)
                    path.pop_back();
                OnPath& up = path.back();
                m_childBreaks.set(
                    slot, breakStrength(call, static_cast<std::uint32_t>(row), up.lastKidEnd, up.lastKidRow));
                if (call.startNs < up.reach)
                    m_kidsOverlap[parent] = 1;
                up.reach = std::max(up.reach, call.endNs());
                up.lastKidEnd = call.endNs();
                up.lastKidRow = static_cast<std::uint32_t>(row);
            }
            path.push_back({index});
            if ((++visited & 0xffff) == 0 && stop.stop_requested())
                return abandon();
            lane.maxRow = std::max(lane.maxRow, static_cast<std::uint32_t>(row));
            const auto kids = data.children(index);
            const std::size_t kidsSlot = data.childSlot(index);
            for (std::size_t k = kids.size(); k-- > 0;)
                stack.push_back({kids[k], index, static_cast<std::int64_t>(row), kidsSlot + k});
        }
        for (std::size_t k = 1; k < lane.roots.size(); ++k) { // now that the roots have their rows
            const CallRecord root = data.calls[lane.roots[k]];
            const std::uint32_t before = lane.roots[k - 1];
            lane.rootBreaks.set(
                k, breakStrength(root, m_rows[lane.roots[k]], data.calls[before].endNs(), m_rows[before]));
        }
        lane.rootBreaks.finish();
    }
    m_childBreaks.finish();
    if (stop.stop_requested())
        return abandon();
    m_running = RunningParts::compute(data); // a pass over every call: after the walk, which may stop first
    // Lanes in order of each thread's first call: the main thread usually comes first.
    std::vector<std::uint32_t> order;
    for (std::size_t t = 0; t < lanes.size(); ++t)
        if (!lanes[t].roots.empty())
            order.push_back(static_cast<std::uint32_t>(t));
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return data.calls[lanes[a].roots.front()].startNs < data.calls[lanes[b].roots.front()].startNs;
    });
    m_laneOfThread.assign(data.threads.size(), -1);
    int y = 0;
    for (const std::uint32_t t : order) {
        Lane lane = std::move(lanes[t]);
        lane.top = y;
        y += lane.height() + kLaneGap;
        m_laneOfThread[t] = static_cast<int>(m_lanes.size());
        m_lanes.push_back(std::move(lane));
    }
    m_contentHeight = y;
    return true;
}

int TimelineLayout::laneOfThread(std::uint32_t thread) const
{
    layOut();
    return thread < m_laneOfThread.size() ? m_laneOfThread[thread] : -1;
}

int TimelineLayout::laneAt(int contentY) const
{
    layOut();
    for (std::size_t i = 0; i < m_lanes.size(); ++i)
        if (contentY >= m_lanes[i].top && contentY < m_lanes[i].top + m_lanes[i].height())
            return static_cast<int>(i);
    return -1;
}

int TimelineLayout::callY(std::uint32_t call) const
{
    if (!m_run || call >= m_run->calls.size())
        return -1;
    const int lane = laneOfThread(m_run->calls[call].thread);
    if (lane < 0)
        return -1;
    return m_lanes[static_cast<std::size_t>(lane)].top + kLaneHeader +
           static_cast<int>(m_rows[call]) * kRowHeight;
}

void TimelineLayout::items(const View& view, std::vector<Item>& out) const
{
    out.clear();
    if (!m_run)
        return;
    layOut();
    const RunData& data = *m_run;
    const Nanos from = view.start + m_origin;
    const Nanos to = view.start + view.span + m_origin;
    const auto x = [&](Nanos epoch) { return view.xForTime(epoch - m_origin); };
    struct Pending
    {
        std::span<const std::uint32_t> calls;
        std::size_t next;
        std::size_t end;
        const SiblingBreaks* breaks; // of `calls`, from slot `slot` on
        std::size_t slot;
    };
    std::vector<Pending> stack;
    std::vector<std::pair<double, double>> blocks; // per row, the block being merged: [x0, x1]
    // A call at least this long may be a pixel wide (rounded down: SiblingBreaks then finds every one).
    const Nanos pixelNs = view.span / std::max(1, view.width);
    for (std::size_t laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        const Lane& lane = m_lanes[laneIndex];
        const int rowsTop = lane.top + kLaneHeader;
        if (lane.top + lane.height() < view.top || lane.top > view.bottom)
            continue;
        blocks.assign(lane.maxRow + 1, {-1.0, -1.0});
        const auto flush = [&](std::uint32_t row) {
            auto& b = blocks[row];
            if (b.first < 0)
                return;
            const int y = rowsTop + static_cast<int>(row) * kRowHeight;
            if (y + kRowHeight >= view.top && y <= view.bottom)
                out.push_back({-1, static_cast<std::uint32_t>(laneIndex), row, b.first,
                               std::max(b.first + 1.0, b.second), y});
            b = {-1.0, -1.0};
        };
        stack.clear();
        {
            const auto [b, e] = visibleSlice(data, lane.roots, from, to, lane.rootsOverlap);
            stack.push_back({std::span<const std::uint32_t>(lane.roots), b, e, &lane.rootBreaks, 0});
        }
        while (!stack.empty()) {
            Pending& top = stack.back();
            if (top.next >= top.end) {
                stack.pop_back();
                continue;
            }
            const std::uint32_t index = top.calls[top.next++];
            const CallRecord& call = data.calls[index];
            const std::uint32_t row = m_rows[index];
            const double x0 = x(call.startNs);
            const double x1 = x(call.endNs());
            const int y = rowsTop + static_cast<int>(row) * kRowHeight;
            if (x1 - x0 < kMinBarPx) {
                auto& b = blocks[row];
                if (b.first >= 0 && x0 <= b.second + 1.0) {
                    b.second = std::max(b.second, x1);
                } else {
                    flush(row);
                    b = {x0, std::max(x1, x0 + 1.0)};
                }
                // The siblings after it that are narrower than a pixel and start less than a pixel after the
                // ones before join this block unseen: SiblingBreaks finds the next one that is not, reading
                // neither these calls nor their children, so a row of millions costs a look-up per block.
                const std::size_t skipTo =
                    top.breaks->next(top.slot + top.next, top.slot + top.end, pixelNs) - top.slot;
                if (skipTo > top.next) { // the block covers the pixel column where the last of them ends
                    b.second =
                        std::max(b.second, std::floor(x(data.calls[top.calls[skipTo - 1]].endNs())) + 1.0);
                    top.next = skipTo;
                }
                continue;
            }
            flush(row);
            if (y > view.bottom)
                continue; // its children are lower still
            if (y + kRowHeight >= view.top)
                out.push_back({index, static_cast<std::uint32_t>(laneIndex), row, x0, x1, y});
            const auto children = data.children(index);
            if (!children.empty()) {
                const auto [b, e] = visibleSlice(data, children, from, to, m_kidsOverlap[index] != 0);
                if (b < e)
                    stack.push_back({children, b, e, &m_childBreaks, data.childSlot(index)});
            }
        }
        for (std::uint32_t r = 0; r <= lane.maxRow; ++r)
            flush(r);
    }
}

std::int64_t TimelineLayout::callAt(const View& view, double x, int contentY, double slopPx) const
{
    if (!m_run)
        return -1;
    layOut();
    const int laneIndex = laneAt(contentY);
    if (laneIndex < 0)
        return -1;
    const Lane& lane = m_lanes[static_cast<std::size_t>(laneIndex)];
    const int rowY = contentY - lane.top - kLaneHeader;
    if (rowY < 0)
        return -1;
    const auto targetRow = static_cast<std::uint32_t>(rowY / kRowHeight);
    const Nanos t = view.timeForX(x) + m_origin;
    const Nanos slop = static_cast<Nanos>(slopPx * view.span / std::max(1, view.width));
    // Down from the thread's roots through the calls at t (several where calls run side by side) to the
    // row: a call covering t wins over one only within the slop.
    struct Level
    {
        std::span<const std::uint32_t> calls;
        bool overlap;
    };
    std::vector<Level> pending{{std::span<const std::uint32_t>(lane.roots), lane.rootsOverlap}};
    std::int64_t nearMiss = -1;
    while (!pending.empty()) {
        const Level level = pending.back();
        pending.pop_back();
        const auto [first, last] = visibleSlice(*m_run, level.calls, t - slop, t + slop, level.overlap);
        for (std::size_t i = first; i < last; ++i) {
            const std::uint32_t index = level.calls[i];
            const CallRecord& c = m_run->calls[index];
            if (c.startNs > t + slop || c.endNs() < t - slop)
                continue;
            if (m_rows[index] == targetRow) {
                if (c.startNs <= t && c.endNs() >= t)
                    return index;
                if (nearMiss < 0)
                    nearMiss = index;
            } else if (m_rows[index] < targetRow) {
                pending.push_back({m_run->children(index), m_kidsOverlap[index] != 0});
            }
        }
    }
    return nearMiss;
}

} // namespace breadcrumb
