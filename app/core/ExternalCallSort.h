#pragma once
// Sorts any number of ExportCalls in bounded memory: calls are gathered in a buffer of a fixed size; a
// full buffer is sorted and written to an unnamed temporary file as one sorted run, and reading merges the
// runs (a heap over one small read buffer per run). A run that fits the buffer never touches the disk.
// Memory: bufferCalls * 56 bytes, plus 4096 calls (224 KB) per run while merging.

#include "ExportCall.h"

#include <cstddef>
#include <functional>
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

    void reserve(std::size_t calls);  // the buffer for this many (at most bufferCalls): no regrowing
    void add(const ExportCall& call); // throws TraceError when the temporary file cannot be written
    void finish();                    // after the last add()
    // Every call added, in order; may be called several times.
    void forEach(const std::function<void(const ExportCall&)>& visit) const;

    std::size_t size() const { return m_size; }
    std::size_t spilledRuns() const { return m_runs.size(); }

private:
    void spill();
    void sortBuffer();
    template <typename Less> void merge(Less less, const std::function<void(const ExportCall&)>& visit) const;

    Order m_order;
    std::size_t m_bufferCalls;
    std::vector<ExportCall> m_buffer;
    std::vector<std::pair<std::size_t, std::size_t>> m_runs; // (first call, count) in the file
    int m_fd = -1;
    std::size_t m_size = 0;
};

} // namespace breadcrumb
