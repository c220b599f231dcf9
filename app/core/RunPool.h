#pragma once
// Several runs of one program as one RunData, so that what a page computes from calls (a function's
// percentiles, histogram and call list) covers every run of a pooled comparison side ("before.db:1-5"),
// as the comparison's verdicts do. Functions are matched by (module, qualified name) and threads by name;
// the last run's functions and threads come first with their own indices, so a function picked in that run
// is the same index here.

#include "RunData.h"

#include <memory>
#include <vector>

namespace breadcrumb {

class RunPool
{
public:
    // `runs`: oldest first, none null. The pooled RunInfo is the last run's (its command line), its start
    // the earliest and its end the latest, its call count the sum.
    explicit RunPool(const std::vector<std::shared_ptr<const RunData>>& runs);

    std::shared_ptr<const RunData> data() const { return m_data; }
    // The pooled index of call `call` of the last run, and back (-1: a call of another run).
    std::uint32_t fromLast(std::uint32_t call) const { return m_fromLast.at(call); }
    std::int32_t toLast(std::uint32_t pooledCall) const
    {
        return pooledCall < m_toLast.size() ? m_toLast[pooledCall] : -1;
    }

private:
    std::shared_ptr<const RunData> m_data;
    std::vector<std::uint32_t> m_fromLast;
    std::vector<std::int32_t> m_toLast;
};

} // namespace breadcrumb
