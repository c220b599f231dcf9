#pragma once
// Turns one thread's calls, taken in (start, call_id) order, into strictly nested open/close events with
// non-decreasing times: what speedscope's evented profiles and Perfetto's begin/end slices need. Only the
// open calls are kept (a stack as deep as the thread's calls nest), so a thread of any size streams.
//
// A call opens inside its caller when the caller is still open; the calls above it close first. A root
// closes everything open. A call whose caller has already closed (coroutines that overlap) opens inside
// whatever is still open at its start. Times are clamped so that nothing opens before the previous event
// or outside the call it opens in, and nothing outlives it: for calls that nest properly (every plain
// call), each event is the call's own start or end.

#include "ExportCall.h"

#include <functional>
#include <limits>
#include <vector>

namespace breadcrumb::cli {

class NestedSlices
{
public:
    using Open = std::function<void(const ExportCall& call, Nanos at)>;
    using Close = std::function<void(std::uint32_t function, Nanos at)>;

    // `floor`: no event comes before it (the run's start).
    NestedSlices(Nanos floor, Open open, Close close);

    void add(const ExportCall& call);
    void closeAll(); // the thread is done
    void reset();    // before the next thread: back to the floor, nothing opened yet

    Nanos firstOpen() const { return m_first; } // when the first call of the thread opened, -1 before
    Nanos last() const { return m_cursor; }     // the time of the latest event

private:
    struct Slice
    {
        std::int64_t callId;
        std::uint32_t function;
        Nanos start, end; // as opened, clamped
    };
    void closeTop();

    Nanos m_floor;
    Open m_open;
    Close m_close;
    std::vector<Slice> m_stack;
    Nanos m_cursor;
    Nanos m_first = -1;
};

} // namespace breadcrumb::cli
