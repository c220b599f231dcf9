#pragma once
// The timeline's layout, without a widget (as Qt Creator's TimelineModel is to its TimelineRenderer): one
// lane per thread, each call on a row of its lane, and for a visible time window the items to draw — the
// calls at least a pixel wide, and per row one block for each run of narrower calls merged together. A frame
// costs about the same at any zoom and whatever the calls: the walk skips what lies outside the window,
// descends only into calls wider than a pixel, and jumps over each run of siblings that merge into one
// block (SiblingBreaks, built with the lanes: a byte per call), so its work follows what is drawn.

#include "RunData.h"
#include "RunningParts.h"
#include "SiblingBreaks.h"

#include <cstdint>
#include <memory>
#include <span>
#include <stop_token>
#include <vector>

namespace breadcrumb {

class TimelineLayout
{
public:
    static constexpr int kRowHeight = 18;
    static constexpr int kLaneHeader = 18;
    static constexpr int kLaneGap = 6;
    static constexpr Nanos kMinSpanNs = 1000; // 1 µs across the whole view is as far as zooming goes

    struct Lane
    {
        std::uint32_t thread = 0; // index into RunData::threads
        std::uint32_t maxRow = 0;
        int top = 0;                      // content y of the lane header
        std::vector<std::uint32_t> roots; // root calls of this thread, by start
        bool rootsOverlap = false;        // some roots run side by side
        SiblingBreaks rootBreaks;         // per root, in the order of `roots`
        int height() const { return kLaneHeader + static_cast<int>(maxRow + 1) * kRowHeight; }
    };

    // What is looked at: [start, start + span) ns since origin() across `width` pixels, and the content rows
    // from y = top to bottom (content coordinates: the first lane's header at 0).
    struct View
    {
        Nanos start = 0;
        Nanos span = 1;
        int width = 1;
        int top = 0;
        int bottom = 0;
        double xForTime(Nanos t) const
        {
            return static_cast<double>(t - start) * width / static_cast<double>(span);
        }
        Nanos timeForX(double x) const
        {
            return start + static_cast<Nanos>(x * span / (width > 0 ? width : 1));
        }
    };

    struct Item
    {
        std::int64_t call = -1; // index into RunData::calls; -1 for a block of merged sub-pixel calls
        std::uint32_t lane = 0; // index into lanes()
        std::uint32_t row = 0;
        double x0 = 0; // pixels in the view; x1 - x0 >= 1
        double x1 = 0;
        int y = 0; // content y of the row's top
    };

    // Lanes in order of each thread's first call; rows: a call goes to the first row below its caller's that
    // is free when it starts, so calls running side by side (tasks of one event loop) do not cover each
    // other. setRun() only takes the run and its time span: the lanes and rows (5 bytes per call and a walk
    // over every call, seconds at 10 M calls) are laid out when first asked for, so a viewer whose timeline
    // is never shown neither waits for them nor holds them.
    void setRun(std::shared_ptr<const RunData> run);
    const RunData* run() const { return m_run.get(); }
    const std::shared_ptr<const RunData>& sharedRun() const { return m_run; }
    bool isLaidOut() const { return m_laidOut; } // whether the lanes and rows exist yet
    // Lays out now (what the first use would do) unless `stop` is requested meanwhile, which it checks every
    // 64 Ki calls: false then, and nothing is laid out. A worker's layout that its view dropped (closing
    // the app) so ends in milliseconds, not the seconds of the whole walk (10 s at 50 M calls).
    bool layOutNow(const std::stop_token& stop = {}) const;

    const std::vector<Lane>& lanes() const
    {
        layOut();
        return m_lanes;
    }
    int contentHeight() const
    {
        layOut();
        return m_contentHeight;
    }
    Nanos origin() const { return m_origin; }       // epoch ns of time 0: the run's start or its first call
    Nanos totalSpan() const { return m_totalSpan; } // ns from origin() to the last call's end, at least 1 µs
    std::uint32_t rowOf(std::uint32_t call) const
    {
        layOut();
        return m_rows[call];
    }
    int laneOfThread(std::uint32_t thread) const; // index into lanes(), -1 when it has no lane
    int laneAt(int contentY) const;               // index into lanes(), -1 between or below them
    // Content y of a call's row top, or -1 when its thread has no lane.
    int callY(std::uint32_t call) const;
    // When the suspended calls (coroutines, generators) ran (RunningParts): the rest of their bars is
    // awaiting.
    const RunningParts& runningParts() const
    {
        layOut();
        return m_running;
    }

    // The items to draw for `view`, in drawing order (a call before its children). Clears `out` first.
    void items(const View& view, std::vector<Item>& out) const;
    // The call drawn at (x, contentY) within `slopPx` pixels, or -1.
    std::int64_t callAt(const View& view, double x, int contentY, double slopPx = 2.0) const;

private:
    void layOut() const
    {
        if (!m_laidOut)
            buildLanes({});
    }
    bool buildLanes(const std::stop_token& stop) const;

    std::shared_ptr<const RunData> m_run;
    // Laid out on first use (layOut()): a cache of the run, hence mutable.
    mutable bool m_laidOut = true;
    mutable std::vector<Lane> m_lanes;
    mutable std::vector<int> m_laneOfThread;
    mutable std::vector<std::uint32_t> m_rows;       // per call: its row in its thread's lane
    mutable std::vector<std::uint8_t> m_kidsOverlap; // per call: some of its children run side by side
    mutable SiblingBreaks m_childBreaks;             // per child, in RunData::childSlot() order
    mutable RunningParts m_running;
    mutable int m_contentHeight = 0;
    Nanos m_origin = 0;
    Nanos m_totalSpan = 1;
};

} // namespace breadcrumb
