#include "NestedSlices.h"

#include "ChunkDecoder.h"

#include <algorithm>

namespace breadcrumb::cli {

NestedSlices::NestedSlices(Nanos floor, Open open, Close close)
    : m_floor(floor), m_open(std::move(open)), m_close(std::move(close)), m_cursor(floor)
{
}

void NestedSlices::closeTop()
{
    m_cursor = std::max(m_cursor, m_stack.back().end);
    const std::uint32_t function = m_stack.back().function;
    m_stack.pop_back();
    m_close(function, m_cursor);
}

void NestedSlices::add(const ExportCall& call)
{
    if (call.parentId == ChunkCall::kNullId) {
        closeAll();
    } else {
        auto parent = std::find_if(m_stack.rbegin(), m_stack.rend(),
                                   [&](const Slice& s) { return s.callId == call.parentId; });
        if (parent != m_stack.rend()) {
            while (m_stack.back().callId != call.parentId)
                closeTop();
        } else {
            // the caller is on another thread, not in the run or closed already: nest by time
            while (!m_stack.empty() && m_stack.back().end <= call.startNs)
                closeTop();
        }
    }
    const Nanos lo = m_stack.empty() ? m_floor : m_stack.back().start;
    const Nanos hi = m_stack.empty() ? std::numeric_limits<Nanos>::max() : m_stack.back().end;
    const Nanos start = std::clamp(std::max(call.startNs, m_cursor), lo, std::max(lo, hi));
    const Nanos end = std::clamp(call.endNs(), start, std::max(start, hi));
    m_cursor = start;
    if (m_first < 0)
        m_first = start;
    m_stack.push_back({call.callId, call.function, start, end});
    m_open(call, start);
}

void NestedSlices::closeAll()
{
    while (!m_stack.empty())
        closeTop();
}

void NestedSlices::reset()
{
    m_stack.clear();
    m_cursor = m_floor;
    m_first = -1;
}

} // namespace breadcrumb::cli
