#include "UntracedCalls.h"

namespace breadcrumb {

int64_t UntracedCalls::nameId(std::string callee)
{
    for (size_t i = m_names.size(); i-- > 0 && m_names.size() - i <= 64;)
        if (m_names[i] == callee) // recent duplicates (same name, other code object)
            return int64_t(i);
    m_names.push_back(std::move(callee));
    return int64_t(m_names.size() - 1);
}

std::vector<UntracedRow> UntracedCalls::rows() const
{
    std::vector<UntracedRow> rows;
    rows.reserve(m_totals.size());
    for (const auto& [k, totals] : m_totals)
        rows.push_back(
            UntracedRow{int64_t(k >> 24), m_names[size_t(k & 0xffffff)], totals.calls, totals.totalNs});
    return rows;
}

void UntracedCalls::clear()
{
    m_totals.clear();
    m_names.clear();
}

} // namespace breadcrumb
