#pragma once
// Sorts any number of ExportCalls in bounded memory: calls are gathered in a buffer of a fixed size; a
// full buffer is sorted and written to an unnamed temporary file as one sorted run, and reading merges the
// runs (a tree of losers over a block of each run). The last run stays in memory: when every call fits
// the buffer, nothing touches the disk.
//
// The temporary file is written and read with O_DIRECT where its file system takes it: 10 M calls spill
// 560 MB, and on a VM copying that into fresh page-cache pages cost 0.1-1.5 s of kernel CPU from one run
// to the next (the host backing pages the guest had freed), against ~0.01 s written directly. Direct I/O
// waits for the disk instead, so it happens on threads of its own: a spiller sorts and writes a full
// buffer while the caller fills a second one, and two readers fetch blocks ahead of the merge.
// Memory: 2 * bufferCalls * 56 bytes while adding; while merging, the last run and bufferCalls * 56 bytes
// of blocks, or 112 KB a run when there are more runs than that holds (above ~30 M calls by default).

#include "DirectIo.h"
#include "ExportCall.h"
#include "SerialWorker.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace breadcrumb {

class ExternalCallSort
{
public:
    // The exports' orders. Known here rather than passed as a function: the sort and the merge compare
    // ~25 times per call, and a comparator called through a pointer was a sixth of a 10 M-call export.
    enum class Order
    {
        ByStart, // (startNs, callId)
        ByThread // thread, then (startNs, callId)
    };
    static bool byStart(const ExportCall& a, const ExportCall& b)
    {
        return a.startNs != b.startNs ? a.startNs < b.startNs : a.callId < b.callId;
    }
    static bool byThread(const ExportCall& a, const ExportCall& b)
    {
        return a.thread != b.thread ? a.thread < b.thread : byStart(a, b);
    }

    // Where the runs go: $TMPDIR, else /tmp.
    ExternalCallSort(Order order, std::size_t bufferCalls);
    ~ExternalCallSort();
    ExternalCallSort(const ExternalCallSort&) = delete;
    ExternalCallSort& operator=(const ExternalCallSort&) = delete;

    void reserve(std::size_t calls); // the buffer for this many (at most bufferCalls): no regrowing
    void add(const ExportCall& call) // throws TraceError when the temporary file cannot be written
    {
        if (m_fill.size == m_fill.capacity)
            makeRoom();
        m_fill.calls()[m_fill.size++] = call;
        ++m_size;
    }
    void finish(); // after the last add(); throws as add() does
    // Every call added, in order; may be called several times. Throws TraceError when a read fails.
    void forEach(const std::function<void(const ExportCall&)>& visit) const;

    std::size_t size() const { return m_size; }
    std::size_t spilledRuns() const { return m_runs.size(); } // runs in the file: the last one is not

private:
    // Calls in page-aligned memory: what a direct write takes from and a direct read fills.
    struct Block
    {
        directio::AlignedBuffer bytes;
        std::size_t capacity = 0; // calls; the bytes are rounded up to whole 4 KB blocks
        std::size_t size = 0;
        ExportCall* calls() const { return reinterpret_cast<ExportCall*>(bytes.get()); }
        static Block withCapacity(std::size_t calls);
    };
    struct Run
    {
        std::uint64_t offset; // bytes, at a 4 KB boundary
        std::size_t calls;
    };

    void makeRoom();
    void handOff(); // m_fill to the spiller; waits for it to be done with the one before
    int spill();    // on the spiller's thread: sorts m_spilling and writes it as a run; 0 or the errno
    void sortCalls(ExportCall* begin, ExportCall* end) const;
    template <typename Less> void merge(Less less, const std::function<void(const ExportCall&)>& visit) const;

    Order m_order;
    std::size_t m_bufferCalls;
    Block m_fill; // being filled by add()
    std::size_t m_size = 0;
    int m_fd = -1;
    std::vector<Run> m_runs;
    std::uint64_t m_fileEnd = 0;

    // The spiller sorts and writes m_spilling while the caller fills m_fill; it alone touches m_runs and
    // m_fileEnd until it is idle.
    Block m_spilling;
    std::unique_ptr<SerialWorker> m_spiller;
};

} // namespace breadcrumb
